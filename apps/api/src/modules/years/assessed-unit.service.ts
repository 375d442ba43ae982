import type { Db } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { unitScopeWhere } from '../../auth/scope.ts';

const include = { unit: { select: { name: true, kind: true, sortOrder: true } }, category: { select: { name: true } } } as const;

export function createAssessedUnitService(db: Db) {
  const listWhere = (where: object) =>
    db.assessedUnit.findMany({ where, include, orderBy: [{ unit: { sortOrder: 'asc' } }, { unit: { code: 'asc' } }] }).then((rows) =>
      rows.map((a) => ({
        id: a.id,
        yearId: a.yearId,
        unitId: a.unitId,
        unitName: a.unit.name,
        unitKind: a.unit.kind,
        categoryId: a.categoryId,
        categoryName: a.category.name,
        version: a.version,
      })),
    );

  return {
    /** Unit roles see only their own unit's row; a deputy only the portfolio's. */
    list(actor: Actor, yearId: string, categoryId?: string) {
      return listWhere({ yearId, ...(categoryId ? { categoryId } : {}), ...unitScopeWhere(actor) });
    },

    /** Puts units into a category; a unit already in another category of the same year moves. */
    async add(ctx: RequestContext, categoryId: string, unitIds: string[]) {
      const ids = [...new Set(unitIds)];
      await db.$transaction(async (tx) => {
        const category = await tx.assessmentCategory.findUnique({ where: { id: categoryId } });
        if (!category) throw ValidationError.field('categoryId', t('common.notFound', { entity: 'category' }));
        const units = await tx.unit.findMany({ where: { id: { in: ids } } });
        if (units.length !== ids.length) throw ValidationError.field('unitIds', t('assessedUnits.someUnitsNotFound'));
        const inactive = units.find((u) => !u.active);
        if (inactive) throw ValidationError.field('unitIds', t('assessedUnits.unitInactive', { unit: inactive.name }));
        const existing = await tx.assessedUnit.findMany({ where: { yearId: category.yearId, unitId: { in: ids } } });
        for (const e of existing) {
          if (e.categoryId === categoryId) continue;
          await tx.assessedUnit.update({ where: { id: e.id }, data: { categoryId, version: { increment: 1 } } });
          await recordAudit(tx, ctx, {
            action: 'assessedUnits.move',
            objectType: 'AssessedUnit',
            objectId: e.id,
            before: { categoryId: e.categoryId },
            after: { categoryId },
          });
        }
        const fresh = ids.filter((id) => !existing.some((e) => e.unitId === id));
        for (const unitId of fresh) {
          const row = await tx.assessedUnit.create({ data: { yearId: category.yearId, unitId, categoryId } });
          await recordAudit(tx, ctx, {
            action: 'assessedUnits.add',
            objectType: 'AssessedUnit',
            objectId: row.id,
            before: null,
            after: { yearId: row.yearId, unitId, categoryId },
          });
        }
      });
      return listWhere({ categoryId, unitId: { in: ids } });
    },

    remove(ctx: RequestContext, id: string, version: number) {
      return db.$transaction(async (tx) => {
        const before = await tx.assessedUnit.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('assessedUnit');
        assertUpdated(await tx.assessedUnit.deleteMany({ where: { id, version } }), 'assessedUnit');
        await recordAudit(tx, ctx, {
          action: 'assessedUnits.remove',
          objectType: 'AssessedUnit',
          objectId: id,
          before: { yearId: before.yearId, unitId: before.unitId, categoryId: before.categoryId },
          after: null,
        });
        return { ok: true as const };
      });
    },
  };
}
