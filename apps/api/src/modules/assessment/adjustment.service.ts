import type { z } from 'zod';
import { ADJUSTMENT_TRANSITIONS, type Adjustment, type AdjustmentStatus, type fileAdjustment, type listAdjustments } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { runTransition } from '../../lib/workflow/run-transition.ts';
import { except, notify } from '../notifications/notify.ts';

type FileBody = z.output<NonNullable<typeof fileAdjustment.body>>;
type ListQuery = z.output<NonNullable<typeof listAdjustments.query>>;

const include = {
  assessedUnit: { select: { yearId: true, unit: { select: { name: true } } } },
  category: { select: { name: true } },
} as const satisfies Prisma.AdjustmentInclude;
type Row = Prisma.AdjustmentGetPayload<{ include: typeof include }>;

const toDto = (a: Row, filedBy: string): Adjustment => ({
  id: a.id,
  assessedUnitId: a.assessedUnitId,
  unitName: a.assessedUnit.unit.name,
  categoryId: a.categoryId,
  categoryName: a.category.name,
  kind: a.kind,
  points: a.points?.toFixed(2) ?? null,
  reason: a.reason,
  filedByUnitName: filedBy,
  status: a.status,
  decisionReason: a.decisionReason,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  createdAt: a.createdAt.toISOString(),
  version: a.version,
});
const auditable = (a: Row) => ({ status: a.status, kind: a.kind, points: a.points?.toFixed(2) ?? null, reason: a.reason, decisionReason: a.decisionReason });

/** A department sees the lines it filed; the office and the leaders see all. */
const readWhere = (actor: Actor): Prisma.AdjustmentWhereInput =>
  hasRole(actor, 'PERF_OFFICE', 'LEADER_MAIN', 'LEADER_DEPUTY') ? {} : { filedByUnitId: actor.unitId ?? '00000000-0000-0000-0000-000000000000' };

/** 加减分: filed by a department or the office, approved or rejected by the office. */
export function createAdjustmentService(db: Db) {
  const unitNames = async (tx: Db | Tx, ids: string[]) =>
    new Map((await tx.unit.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const dto = async (tx: Db | Tx, a: Row) => toDto(a, (await unitNames(tx, [a.filedByUnitId])).get(a.filedByUnitId) ?? '');
  const load = async (tx: Db | Tx, id: string) => {
    const a = await tx.adjustment.findUnique({ where: { id }, include });
    if (!a) throw new NotFoundError('adjustment');
    return a;
  };

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
      const where: Prisma.AdjustmentWhereInput = {
        AND: [
          readWhere(actor),
          { assessedUnit: { yearId: q.yearId } },
          q.status ? { status: q.status } : {},
          q.assessedUnitId ? { assessedUnitId: q.assessedUnitId } : {},
        ],
      };
      const [rows, total] = await Promise.all([
        db.adjustment.findMany({ where, include, orderBy: [{ createdAt: q.order }, { id: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
        db.adjustment.count({ where }),
      ]);
      const names = await unitNames(
        db,
        rows.map((r) => r.filedByUnitId),
      );
      return { items: rows.map((r) => toDto(r, names.get(r.filedByUnitId) ?? '')), total };
    },

    async categories(yearId: string) {
      const rows = await db.adjustmentCategory.findMany({ where: { yearId }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
      return rows.map((c) => ({
        id: c.id,
        yearId: c.yearId,
        code: c.code,
        name: c.name,
        kind: c.kind,
        defaultPoints: c.defaultPoints?.toFixed(2) ?? null,
        active: c.active,
        version: c.version,
      }));
    },

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
