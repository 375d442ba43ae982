import type { z } from 'zod';
import type { createAdjustmentCategory, updateAdjustmentCategory } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ConflictError, InvalidStateError, NotFoundError, VersionConflictError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { auditableCategory, toCategoryDto } from './adjustment.mapper.ts';

type CreateBody = z.output<NonNullable<typeof createAdjustmentCategory.body>>;
type UpdateBody = z.output<NonNullable<typeof updateAdjustmentCategory.body>>;

/**
 * 加减分类别 as data, kept by the office per year: code (unique in the year), name, kind, default points, in use or
 * not. A category that lines already use keeps its kind (a deduction cannot turn into a bonus under them) and its code
 * (the scoring engine matches lines to a model's category caps by code); its name, default points (lines keep the
 * points they were filed with) and whether it is offered may change.
 */
export function createAdjustmentCategoryService(db: Db) {
  const usageOf = async (tx: Db | Tx, ids: string[]) =>
    new Map(
      (await tx.adjustment.groupBy({ by: ['categoryId'], where: { categoryId: { in: ids } }, _count: { _all: true } })).map((g) => [
        g.categoryId,
        g._count._all,
      ]),
    );

  async function one(tx: Db | Tx, id: string) {
    const c = await tx.adjustmentCategory.findUniqueOrThrow({ where: { id } });
    return toCategoryDto(c, (await usageOf(tx, [id])).get(id) ?? 0);
  }

  async function assertCodeFree(tx: Tx, yearId: string, code: string, exceptId?: string) {
    const taken = await tx.adjustmentCategory.findFirst({ where: { yearId, code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
    if (!taken) return;
    const year = await tx.year.findUniqueOrThrow({ where: { id: yearId }, select: { name: true } });
    throw new ConflictError(t('adjustments.codeTaken', { yearName: year.name, code }));
  }

  return {
    async list(yearId: string) {
      const rows = await db.adjustmentCategory.findMany({ where: { yearId }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
      const usage = await usageOf(
        db,
        rows.map((c) => c.id),
      );
      return rows.map((c) => toCategoryDto(c, usage.get(c.id) ?? 0));
    },

    create(ctx: RequestContext, body: CreateBody) {
      return db.$transaction(async (tx) => {
        if (!(await tx.year.count({ where: { id: body.yearId } }))) throw new NotFoundError('year');
        await assertCodeFree(tx, body.yearId, body.code);
        const last = await tx.adjustmentCategory.aggregate({ where: { yearId: body.yearId }, _max: { sortOrder: true } });
        const c = await tx.adjustmentCategory.create({
          data: {
            yearId: body.yearId,
            code: body.code,
            name: body.name,
            kind: body.kind,
            defaultPoints: body.kind === 'VETO' ? null : (body.defaultPoints ?? null),
            active: body.active,
            sortOrder: (last._max.sortOrder ?? 0) + 10,
          },
        });
        await recordAudit(tx, ctx, {
          action: 'adjustmentCategories.create',
          objectType: 'AdjustmentCategory',
          objectId: c.id,
          before: null,
          after: auditableCategory(c),
        });
        return toCategoryDto(c, 0);
      });
    },

    update(ctx: RequestContext, id: string, body: UpdateBody) {
      return db.$transaction(async (tx) => {
        const before = await tx.adjustmentCategory.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('adjustmentCategory');
        if (before.version !== body.version) throw new VersionConflictError('adjustmentCategory');
        await assertCodeFree(tx, before.yearId, body.code, id);
        if (body.kind !== before.kind || body.code !== before.code) {
          const count = await tx.adjustment.count({ where: { categoryId: id } });
          if (count && body.kind !== before.kind) throw new InvalidStateError(t('adjustments.kindInUse', { categoryName: before.name, count }));
          if (count) throw new InvalidStateError(t('adjustments.codeInUse', { categoryName: before.name, count }));
        }
        const data = {
          code: body.code,
          name: body.name,
          kind: body.kind,
          defaultPoints: body.kind === 'VETO' ? null : (body.defaultPoints ?? null),
          active: body.active,
        };
        assertUpdated(
          await tx.adjustmentCategory.updateMany({ where: { id, version: body.version }, data: { ...data, version: { increment: 1 } } }),
          'adjustmentCategory',
        );
        const after = await tx.adjustmentCategory.findUniqueOrThrow({ where: { id } });
        await recordAudit(tx, ctx, {
          action: 'adjustmentCategories.update',
          objectType: 'AdjustmentCategory',
          objectId: id,
          before: auditableCategory(before),
          after: auditableCategory(after),
        });
        return one(tx, id);
      });
    },
  };
}
