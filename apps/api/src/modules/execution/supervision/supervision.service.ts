import type { z } from 'zod';
import {
  canDecideOrder,
  canRespondOrder,
  ORDER_TRANSITIONS,
  type Comment,
  type createComment,
  type createOrder,
  type listOrders,
  type OrderAction,
  type SupervisionStatus,
} from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../../lib/db.ts';
import type { Actor, RequestContext } from '../../../lib/context.ts';
import { ForbiddenError, InvalidStateError, t as msg, ValidationError, type ErrorText } from '../../../lib/errors.ts';
import { runTransition } from '../../../lib/workflow/run-transition.ts';
import { formatDate, parseDate } from '../../../lib/dates.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import { except, notify, unitAdminIds } from '../../notifications/notify.ts';
import { canSupervise, findReadableTarget, placeOf } from '../../targets/target.policy.ts';
import { orderPageSql } from './order-page-sql.ts';
import { orderPagePolicy } from './order-page-policy.ts';
import { accountNames as names, beijingToday, toOrderDto } from './order.mapper.ts';
import { findReadableOrder, orderInclude, type OrderRow } from './order.policy.ts';
import { endOfBeijingDay } from '@jx/contract';

type CommentBody = z.output<NonNullable<typeof createComment.body>>;
type OrderBody = z.output<NonNullable<typeof createOrder.body>>;
type OrderQuery = z.output<NonNullable<typeof listOrders.query>>;

const readableTarget = (db: Db | Tx, actor: Actor, id: string) =>
  findReadableTarget(db, actor, id, { include: { targetType: { select: { ownerUnitId: true } } } });

const auditableOrder = (o: OrderRow) => ({
  status: o.status,
  instruction: o.instruction,
  dueDate: formatDate(o.dueDate),
  response: o.response,
  closeNote: o.closeNote,
  targetId: o.targetId,
  reportId: o.reportId,
});

/** Where a 督办 message leads: the target's page at its 督办 section. */
const orderLink = (targetId: string) => `/targets/${targetId}#supervision`;

async function checkReport(tx: Tx, targetId: string, reportId: string | null | undefined) {
  if (reportId && !(await tx.progressReport.count({ where: { id: reportId, targetId } })))
    throw ValidationError.field('reportId', msg('supervision.reportNotOfTarget'));
}

export function createSupervisionService(db: Db) {
  async function orderDto(tx: Db | Tx, o: OrderRow, now: Date) {
    return toOrderDto(o, await names(tx, [o.issuedById]), now);
  }

  /** One transition of an order (runTransition); the order is read within the scope of its target. */
  async function transition(
    ctx: RequestContext,
    id: string,
    version: number,
    spec: {
      action: string;
      name: OrderAction;
      allowed: (o: OrderRow) => boolean;
      denied: ErrorText;
      data: Prisma.SupervisionOrderUpdateManyMutationInput;
      reason?: string;
      notice: { kind: 'ORDER_RESPONDED' | 'ORDER_CLOSED' | 'ORDER_REJECTED'; title: string; toIssuer?: boolean };
    },
  ) {
    const after = await runTransition<OrderRow, SupervisionStatus>(db, ctx, version, {
      entity: 'supervisionOrder',
      objectType: 'SupervisionOrder',
      action: spec.action,
      transition: ORDER_TRANSITIONS[spec.name],
      load: (tx) => findReadableOrder(tx, ctx.actor, id),
      status: (o) => o.status,
      allowed: spec.allowed,
      denied: spec.denied,
      wrongState: (o) => msg('supervision.notAllowedInStatus', { supervisionStatus: o.status, supervisionAction: spec.name }),
      update: (tx, _o, guard) =>
        tx.supervisionOrder.updateMany({
          where: { id, ...guard },
          data: { ...spec.data, status: ORDER_TRANSITIONS[spec.name].to!, version: { increment: 1 } },
        }),
      reload: async (tx) => (await tx.supervisionOrder.findUnique({ where: { id }, include: orderInclude }))!,
      auditable: auditableOrder,
      reason: spec.reason ?? null,
      async notify(tx, _before, after) {
        const to = spec.notice.toIssuer ? [after.issuedById] : await unitAdminIds(tx, after.target.unitId);
        await notify(tx, except(to, ctx.actor.accountId), {
          kind: spec.notice.kind,
          title: `${spec.notice.title}：${after.target.title}`,
          body: (spec.notice.kind === 'ORDER_RESPONDED' ? after.response : after.closeNote) ?? undefined,
          link: orderLink(after.targetId),
        });
      },
    });
    return orderDto(db, after, ctx.now);
  }
  const issuerOrOffice = (a: Actor) => (o: OrderRow) => canDecideOrder(a, o, placeOf(o.target));

  return {
    async listComments(actor: Actor, targetId: string): Promise<Comment[]> {
      await readableTarget(db, actor, targetId);
      const rows = await db.comment.findMany({ where: { targetId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      const who = await names(
        db,
        rows.map((c) => c.authorId),
      );
      return rows.map((c) => ({
        id: c.id,
        targetId: c.targetId,
        reportId: c.reportId,
        authorId: c.authorId,
        authorName: who.get(c.authorId) ?? '',
        body: c.body,
        createdAt: c.createdAt.toISOString(),
      }));
    },

    createComment(ctx: RequestContext, targetId: string, body: CommentBody): Promise<Comment> {
      return db.$transaction(async (tx) => {
        const t = await readableTarget(tx, ctx.actor, targetId);
        if (!canSupervise(ctx.actor, t)) throw new ForbiddenError(msg('supervision.commentForbidden'));
        await checkReport(tx, targetId, body.reportId);
        const c = await tx.comment.create({
          data: { targetId, reportId: body.reportId ?? null, authorId: ctx.actor.accountId, body: body.body, createdAt: ctx.now },
        });
        await recordAudit(tx, ctx, {
          action: 'comments.create',
          objectType: 'Comment',
          objectId: c.id,
          before: null,
          after: { targetId, reportId: c.reportId, body: c.body },
        });
        await notify(tx, except(await unitAdminIds(tx, t.unitId), ctx.actor.accountId), {
          kind: 'COMMENT',
          title: `${ctx.actor.displayName}点评了目标：${t.title}`,
          body: c.body,
          link: `/targets/${targetId}`,
        });
        return {
          id: c.id,
          targetId,
          reportId: c.reportId,
          authorId: c.authorId,
          authorName: ctx.actor.displayName,
          body: c.body,
          createdAt: c.createdAt.toISOString(),
        };
      });
    },

    /** One page in the caller's scope, and the counts per status and overdue over the scope and the other filters. */
    async listOrders(actor: Actor, q: OrderQuery, now: Date) {
      // One statement when the scope is a matter of units and types; a 责任人's through the target policy.
      const page = await orderPageSql(db, actor, q, beijingToday(now));
      if (page) return page;
      return orderPagePolicy(db, actor, q, now);
    },

    createOrder(ctx: RequestContext, targetId: string, body: OrderBody) {
      return db.$transaction(async (tx) => {
        const t = await readableTarget(tx, ctx.actor, targetId);
        if (!canSupervise(ctx.actor, t)) throw new ForbiddenError(msg('supervision.issueForbidden'));
        if (t.publishedRevisionNo === null) throw new InvalidStateError(msg('supervision.targetNotPublished'));
        await checkReport(tx, targetId, body.reportId);
        if (endOfBeijingDay(body.dueDate) <= ctx.now) throw ValidationError.field('dueDate', msg('supervision.dueDateInPast'));
        const o = await tx.supervisionOrder.create({
          data: {
            targetId,
            reportId: body.reportId ?? null,
            issuedById: ctx.actor.accountId,
            instruction: body.instruction,
            dueDate: parseDate(body.dueDate),
            createdAt: ctx.now,
          },
          include: orderInclude,
        });
        await recordAudit(tx, ctx, { action: 'orders.create', objectType: 'SupervisionOrder', objectId: o.id, before: null, after: auditableOrder(o) });
        await notify(tx, except(await unitAdminIds(tx, o.target.unitId), ctx.actor.accountId), {
          kind: 'ORDER_ISSUED',
          title: `收到督办：${o.target.title}`,
          body: o.instruction,
          link: orderLink(targetId),
        });
        return orderDto(tx, o, ctx.now);
      });
    },

    respond: (ctx: RequestContext, id: string, version: number, response: string) =>
      transition(ctx, id, version, {
        action: 'orders.respond',
        name: 'respond',
        allowed: (o) => canRespondOrder(ctx.actor, o.target),
        denied: msg('supervision.respondForbidden'),
        data: { response, respondedById: ctx.actor.accountId, respondedAt: ctx.now },
        notice: { kind: 'ORDER_RESPONDED', title: '督办已回复', toIssuer: true },
      }),

    close: (ctx: RequestContext, id: string, version: number, note: string | null | undefined) =>
      transition(ctx, id, version, {
        action: 'orders.close',
        name: 'close',
        allowed: issuerOrOffice(ctx.actor),
        denied: msg('supervision.closeForbidden'),
        data: { closeNote: note || null, closedById: ctx.actor.accountId, closedAt: ctx.now },
        notice: { kind: 'ORDER_CLOSED', title: '督办已办结' },
      }),

    reject: (ctx: RequestContext, id: string, version: number, note: string) =>
      transition(ctx, id, version, {
        action: 'orders.reject',
        name: 'reject',
        allowed: issuerOrOffice(ctx.actor),
        denied: msg('supervision.rejectForbidden'),
        data: { closeNote: note },
        reason: note,
        notice: { kind: 'ORDER_REJECTED', title: '督办回复被退回' },
      }),
  };
}
