import type { z } from 'zod';
import { ADJUSTMENT_TRANSITIONS, type AdjustmentStatus, type exportAdjustments, type fileAdjustment, type listAdjustments } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { runTransition } from '../../lib/workflow/run-transition.ts';
import { except, notify } from '../notifications/notify.ts';
import { adjustmentInclude as include, auditableAdjustment as auditable, toAdjustmentDto, type AdjustmentRow as Row } from './adjustment.mapper.ts';
import { adjustmentReadWhere } from './adjustment.policy.ts';

type FileBody = z.output<NonNullable<typeof fileAdjustment.body>>;
type ListQuery = z.output<NonNullable<typeof listAdjustments.query>>;
type Filters = z.output<NonNullable<typeof exportAdjustments.query>>;

/** The list's order: the chosen column, then newest first, then id (a stable page boundary). */
function orderOf(q: Pick<Filters, 'sort' | 'order'>): Prisma.AdjustmentOrderByWithRelationInput[] {
  const o = q.order;
  const first: Prisma.AdjustmentOrderByWithRelationInput | null =
    q.sort === 'unitName'
      ? { assessedUnit: { unit: { name: o } } }
      : q.sort === 'points'
        ? { points: { sort: o, nulls: 'last' } }
        : q.sort === 'status'
          ? { status: o }
          : null;
  return [...(first ? [first] : []), { createdAt: first ? 'desc' : o }, { id: 'asc' }];
}

/** 加减分: filed by a department or the office, approved or rejected by the office. */
export function createAdjustmentService(db: Db) {
  const unitNames = async (tx: Db | Tx, ids: string[]) =>
    new Map((await tx.unit.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const dtos = async (tx: Db | Tx, rows: Row[]) => {
    const names = await unitNames(
      tx,
      rows.map((r) => r.filedByUnitId),
    );
    return rows.map((r) => toAdjustmentDto(r, names.get(r.filedByUnitId) ?? ''));
  };
  const dto = async (tx: Db | Tx, a: Row) => (await dtos(tx, [a]))[0]!;
  const load = async (tx: Db | Tx, id: string) => {
    const a = await tx.adjustment.findUnique({ where: { id }, include });
    if (!a) throw new NotFoundError('adjustment');
    return a;
  };

  const whereOf = (actor: Actor, q: Filters): Prisma.AdjustmentWhereInput => ({
    AND: [
      adjustmentReadWhere(actor),
      { assessedUnit: { yearId: q.yearId } },
      q.status ? { status: q.status } : {},
      q.assessedUnitId ? { assessedUnitId: q.assessedUnitId } : {},
      q.kind ? { kind: q.kind } : {},
      q.categoryId ? { categoryId: q.categoryId } : {},
    ],
  });

  async function decide(ctx: RequestContext, id: string, version: number, name: 'approve' | 'reject', reason?: string) {
    const after = await runTransition<Row, AdjustmentStatus>(db, ctx, version, {
      entity: 'adjustment',
      objectType: 'Adjustment',
      action: `adjustments.${name}`,
      transition: ADJUSTMENT_TRANSITIONS[name],
      load: (tx) => load(tx, id),
      status: (a) => a.status,
      allowed: () => hasRole(ctx.actor, 'PERF_OFFICE'),
      denied: t('common.forbidden'),
      wrongState: (a) => t('adjustments.notAllowedInStatus', { adjustmentStatus: a.status, adjustmentAction: name }),
      update: (tx, _a, guard) =>
        tx.adjustment.updateMany({
          where: { id, ...guard },
          data: {
            status: ADJUSTMENT_TRANSITIONS[name].to!,
            decidedById: ctx.actor.accountId,
            decidedAt: ctx.now,
            decisionReason: reason ?? null,
            version: { increment: 1 },
          },
        }),
      reload: (tx) => load(tx, id),
      auditable,
      reason: reason ?? null,
      async notify(tx, _before, a) {
        await notify(tx, except([a.filedById], ctx.actor.accountId), {
          kind: name === 'approve' ? 'ADJUSTMENT_APPROVED' : 'ADJUSTMENT_REJECTED',
          title: `${name === 'approve' ? '加减分已审核通过' : '加减分被驳回'}：${a.assessedUnit.unit.name}·${a.category.name}`,
          body: reason,
          link: '/assessment/adjustments',
        });
      },
    });
    return dto(db, after);
  }

  return {
    async list(actor: Actor, q: ListQuery) {
      const where = whereOf(actor, q);
      const [rows, total] = await Promise.all([
        db.adjustment.findMany({ where, include, relationLoadStrategy: 'query', orderBy: orderOf(q), skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
        db.adjustment.count({ where }),
      ]);
      return { items: await dtos(db, rows), total };
    },

    /** Every line the list would show with these filters (the export), at most `limit` (the caller checks `total`). */
    async all(actor: Actor, q: Filters, limit: number) {
      const where = whereOf(actor, q);
      const [rows, total] = await Promise.all([db.adjustment.findMany({ where, include, orderBy: orderOf(q), take: limit }), db.adjustment.count({ where })]);
      return { items: await dtos(db, rows), total };
    },

    /** One line as the caller may read it (after its evidence changed). */
    one: async (id: string) => dto(db, await load(db, id)),

    file(ctx: RequestContext, body: FileBody) {
      return db.$transaction(async (tx) => {
        const unit = await tx.assessedUnit.findUnique({ where: { id: body.assessedUnitId } });
        if (!unit) throw new NotFoundError('assessedUnit');
        const category = await tx.adjustmentCategory.findUnique({ where: { id: body.categoryId } });
        if (!category) throw new NotFoundError('adjustmentCategory');
        if (category.yearId !== unit.yearId) throw ValidationError.field('categoryId', t('adjustments.categoryOfOtherYear'));
        if (!category.active) throw ValidationError.field('categoryId', t('adjustments.categoryInactive', { categoryName: category.name }));
        if (category.kind === 'VETO' && body.points) throw ValidationError.field('points', t('adjustments.vetoHasNoPoints'));
        const points = category.kind === 'VETO' ? null : (body.points ?? category.defaultPoints?.toFixed(2) ?? null);
        if (category.kind !== 'VETO' && (!points || Number(points) <= 0)) throw ValidationError.field('points', t('adjustments.pointsRequired'));
        const a = await tx.adjustment.create({
          data: {
            assessedUnitId: unit.id,
            categoryId: category.id,
            kind: category.kind,
            points,
            reason: body.reason,
            filedByUnitId: ctx.actor.unitId ?? unit.unitId,
            filedById: ctx.actor.accountId,
            createdAt: ctx.now,
          },
          include,
        });
        await recordAudit(tx, ctx, { action: 'adjustments.file', objectType: 'Adjustment', objectId: a.id, before: null, after: auditable(a) });
        return dto(tx, a);
      });
    },

    approve: (ctx: RequestContext, id: string, version: number) => decide(ctx, id, version, 'approve'),
    reject: (ctx: RequestContext, id: string, version: number, reason: string) => decide(ctx, id, version, 'reject', reason),
  };
}
