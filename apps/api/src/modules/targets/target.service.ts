import type { z } from 'zod';
import { canStartFrom, TARGET_TRANSITIONS, type createTarget, type listTargets, type TargetSnapshot, type updateTarget } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { InvalidStateError, t as msg, ValidationError, VersionConflictError } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertAllowed, canDraft, findReadableTarget, targetReadWhere } from './target.policy.ts';
import { auditableTarget, diffSnapshots, snapshotOf, targetDetailInclude, toTargetDetailDto, toTargetDto } from './target.mapper.ts';
import { checkClosedPeriods, checkFrame, checkUnit, throwIfAny } from './target.validate.ts';
import { contentData, insertTargets, replaceChildren } from './target.write.ts';
import { targetTotal } from './target-total.ts';
import { targetListLabels } from './target-list-labels.ts';
import { targetPageSql } from './target-page-sql.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import type { FieldIssue } from '@jx/contract';

type ListQuery = z.output<NonNullable<typeof listTargets.query>>;
type CreateBody = z.output<NonNullable<typeof createTarget.body>>;
type UpdateBody = z.output<NonNullable<typeof updateTarget.body>>;

export const loadTarget = (db: Db | Tx, id: string) => db.target.findUnique({ where: { id }, include: targetDetailInclude });

/** A target the actor may read, with everything its page shows. */
export const readableTarget = (db: Db | Tx, actor: Actor, id: string) => findReadableTarget(db, actor, id, { include: targetDetailInclude });

export function createTargetService(db: Db) {
  return {
    /** A page of the list with each target's names and warning level, in one statement when the scope allows (targetPageSql). */
    async list(actor: Actor, q: ListQuery, now: Date) {
      // The warning levels read below are as of now.
      await refreshStaleStates(db, now);
      return (await targetPageSql(db, actor, q)) ?? this.listThroughPolicy(actor, q);
    },

    /** The same page read through the target policy: the page, its total, then one statement for the labels. */
    async listThroughPolicy(actor: Actor, q: ListQuery) {
      // The scope is one more AND condition: a filter can narrow it but never widen it.
      const where: Prisma.TargetWhereInput = {
        AND: [
          targetReadWhere(actor),
          q.yearId ? { yearId: q.yearId } : {},
          q.unitId ? { unitId: q.unitId } : {},
          q.targetTypeId ? { targetTypeId: q.targetTypeId } : {},
          q.indicatorId ? { indicatorId: q.indicatorId } : {},
          q.specialTaskId ? { specialTaskId: q.specialTaskId } : {},
          q.status ? { status: q.status } : {},
          q.origin ? { origin: q.origin } : {},
          q.q ? { OR: [{ title: { contains: q.q } }, { content: { contains: q.q } }] } : {},
        ],
      };
      const orderBy: Prisma.TargetOrderByWithRelationInput = q.sort === 'unitName' ? { unit: { name: q.order } } : { [q.sort]: q.order };
      const [rows, total] = await Promise.all([
        db.target.findMany({ where, orderBy: [orderBy, { id: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
        targetTotal(db, actor, q, where),
      ]);
      const labels = await targetListLabels(
        db,
        rows.map((t) => t.id),
      );
      // A target deleted between the two statements is left out rather than failing the page.
      const items = rows.flatMap((t) => {
        const label = labels.get(t.id);
        if (!label) return [];
        const { warningLevel, ...names } = label;
        return [{ ...toTargetDto({ ...t, ...names }), warningLevel }];
      });
      return { items, total };
    },

    async get(actor: Actor, id: string) {
      return toTargetDetailDto(await readableTarget(db, actor, id));
    },

    async diff(actor: Actor, id: string, from: number, to: number) {
      const t = await readableTarget(db, actor, id);
      const pick = (no: number, field: string) => {
        const r = t.revisions.find((x) => x.revisionNo === no);
        if (!r) throw ValidationError.field(field, msg('targets.revisionNotFound', { revisionNo: no }));
        return r.snapshot as TargetSnapshot;
      };
      return { from, to, changes: diffSnapshots(pick(from, 'from'), pick(to, 'to')) };
    },

    create(ctx: RequestContext, body: CreateBody) {
      return db.$transaction(async (tx) => {
        const type = await tx.targetType.findUnique({ where: { id: body.targetTypeId } });
        if (!type) throw ValidationError.field('targetTypeId', msg('common.notFound', { entity: 'targetType' }));
        assertAllowed(canDraft(ctx.actor, { unitId: body.unitId, targetType: type }), msg('targets.draftForbidden'));
        if (type.code === 'SPECIAL') throw ValidationError.field('targetTypeId', msg('targets.specialViaTask'));
        const issues: FieldIssue[] = [];
        const frame = await checkFrame(tx, { ...body }, '', issues);
        if (frame) await checkUnit(tx, frame, body.unitId, body.responsibles, '', 'targetTypeId', issues);
        throwIfAny(issues);
        const declared = ctx.actor.roles.includes('UNIT_ADMIN') && ctx.actor.unitId === body.unitId;
        const [id] = await insertTargets(tx, [{ ...body, origin: declared ? 'DECLARED' : 'ASSIGNED', createdById: ctx.actor.accountId }]);
        const after = (await loadTarget(tx, id!))!;
        await recordAudit(tx, ctx, { action: 'targets.create', objectType: 'Target', objectId: id, before: null, after: auditableTarget(after) });
        return toTargetDetailDto(after);
      });
    },

    /** Only a DRAFT or RETURNED target is edited; a published one first needs a revision (targets.revise). */
    update(ctx: RequestContext, id: string, body: UpdateBody) {
      return db.$transaction(async (tx) => {
        const before = await readableTarget(tx, ctx.actor, id);
        assertAllowed(canDraft(ctx.actor, before), msg('targets.editForbidden'));
        if (!canStartFrom(TARGET_TRANSITIONS, 'edit', before.status)) throw new InvalidStateError(msg('targets.notEditable'));
        if (before.version !== body.version) throw new VersionConflictError('target');
        const issues: FieldIssue[] = [];
        const frame = await checkFrame(tx, { ...body, yearId: before.yearId, targetTypeId: before.targetTypeId }, '', issues);
        if (frame) await checkUnit(tx, frame, before.unitId, body.responsibles, '', 'targetTypeId', issues);
        const inForce = before.revisions.find((r) => r.revisionNo === before.publishedRevisionNo);
        if (inForce && frame) checkClosedPeriods((inForce.snapshot as TargetSnapshot).milestones, body.milestones, frame.year.year, ctx.now, issues);
        throwIfAny(issues);

        assertUpdated(
          await tx.target.updateMany({ where: { id, version: body.version }, data: { ...contentData(body), version: { increment: 1 } } }),
          'target',
        );
        await replaceChildren(tx, id, body);
        const after = (await loadTarget(tx, id))!;
        // The revision in progress always holds the working copy, so it can be compared with the one in force.
        if (before.publishedRevisionNo !== null) {
          await tx.targetRevision.updateMany({
            where: { targetId: id, revisionNo: before.publishedRevisionNo + 1 },
            data: { snapshot: snapshotOf(after) as unknown as Prisma.InputJsonValue },
          });
        }
        await recordAudit(tx, ctx, {
          action: 'targets.update',
          objectType: 'Target',
          objectId: id,
          before: auditableTarget(before),
          after: auditableTarget(after),
        });
        return toTargetDetailDto(after);
      });
    },
  };
}
