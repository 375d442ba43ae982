import type { z } from 'zod';
import type { createCategory, updateCategory } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { InvalidStateError, NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';

const include = { targetTypes: { select: { targetTypeId: true } }, _count: { select: { assessedUnits: true } } } as const;
type CategoryRow = NonNullable<Awaited<ReturnType<typeof loadCategory>>>;
const loadCategory = (db: Db | Tx, id: string) => db.assessmentCategory.findUnique({ where: { id }, include });

const toDto = (c: CategoryRow) => ({
  id: c.id,
  yearId: c.yearId,
  code: c.code,
  name: c.name,
  description: c.description,
  sortOrder: c.sortOrder,
  targetTypeIds: c.targetTypes.map((t) => t.targetTypeId),
  assessedUnitCount: c._count.assessedUnits,
  version: c.version,
});
const auditable = (c: CategoryRow) => ({
  code: c.code,
  name: c.name,
  description: c.description,
  sortOrder: c.sortOrder,
  targetTypeIds: c.targetTypes.map((t) => t.targetTypeId).sort(),
});

async function assertTargetTypes(tx: Tx, ids: string[]) {
  const found = await tx.targetType.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw ValidationError.field('targetTypeIds', t('common.notFound', { entity: 'targetType' }));
}

export function createCategoryService(db: Db) {
  return {
    async list(yearId: string) {
      const rows = await db.assessmentCategory.findMany({ where: { yearId }, include, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
      return rows.map(toDto);
    },
    create(ctx: RequestContext, body: z.output<NonNullable<typeof createCategory.body>>) {
      return db.$transaction(async (tx) => {
        if (!(await tx.year.findUnique({ where: { id: body.yearId } }))) throw ValidationError.field('yearId', t('common.notFound', { entity: 'year' }));
        await assertTargetTypes(tx, body.targetTypeIds);
        const created = await tx.assessmentCategory.create({
          data: {
            yearId: body.yearId,
            code: body.code,
            name: body.name,
            description: body.description ?? null,
            sortOrder: body.sortOrder,
            targetTypes: { create: [...new Set(body.targetTypeIds)].map((targetTypeId) => ({ targetTypeId })) },
          },
        });
        const row = (await loadCategory(tx, created.id))!;
        await recordAudit(tx, ctx, { action: 'categories.create', objectType: 'AssessmentCategory', objectId: row.id, before: null, after: auditable(row) });
        return toDto(row);
      });
    },
    update(ctx: RequestContext, id: string, body: z.output<NonNullable<typeof updateCategory.body>>) {
      return db.$transaction(async (tx) => {
        const before = await loadCategory(tx, id);
        if (!before) throw new NotFoundError('category');
        await assertTargetTypes(tx, body.targetTypeIds);
        assertUpdated(
          await tx.assessmentCategory.updateMany({
            where: { id, version: body.version },
            data: { code: body.code, name: body.name, description: body.description ?? null, sortOrder: body.sortOrder, version: { increment: 1 } },
          }),
          'category',
        );
        await tx.categoryTargetType.deleteMany({ where: { categoryId: id } });
        await tx.categoryTargetType.createMany({ data: [...new Set(body.targetTypeIds)].map((targetTypeId) => ({ categoryId: id, targetTypeId })) });
        const after = (await loadCategory(tx, id))!;
        await recordAudit(tx, ctx, {
          action: 'categories.update',
          objectType: 'AssessmentCategory',
          objectId: id,
          before: auditable(before),
          after: auditable(after),
        });
        return toDto(after);
      });
    },
    remove(ctx: RequestContext, id: string, version: number) {
      return db.$transaction(async (tx) => {
        const before = await loadCategory(tx, id);
        if (!before) throw new NotFoundError('category');
        if (before._count.assessedUnits > 0) throw new InvalidStateError(t('categories.hasAssessedUnits', { count: before._count.assessedUnits }));
        assertUpdated(await tx.assessmentCategory.deleteMany({ where: { id, version } }), 'category');
        await recordAudit(tx, ctx, { action: 'categories.delete', objectType: 'AssessmentCategory', objectId: id, before: auditable(before), after: null });
        return { ok: true as const };
      });
    },
  };
}
