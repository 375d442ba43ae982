import { randomUUID } from 'node:crypto';
import type { CopyFrameworkResult } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ConflictError, NotFoundError, t, ValidationError } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertFrameworkEditable } from './indicator.service.ts';

/**
 * 复制上年框架: the categories (with their target types), the assessed units and the indicator tree of one year,
 * copied with new ids into a year that has none of them yet. One transaction with one audit event: all or nothing.
 */
export function createCopyFrameworkService(db: Db) {
  return {
    copy(ctx: RequestContext, yearId: string, fromYearId: string): Promise<CopyFrameworkResult> {
      return db.$transaction(
        async (tx) => {
          // Two copies into the same year queue here; the second then finds the year no longer empty.
          const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Year" WHERE id = ${yearId}::uuid FOR UPDATE`;
          if (locked.length === 0) throw new NotFoundError('year');
          if (fromYearId === yearId) throw ValidationError.field('fromYearId', t('framework.copyIntoSameYear'));
          const source = await tx.year.findUnique({ where: { id: fromYearId } });
          if (!source) throw ValidationError.field('fromYearId', t('framework.sourceYearNotFound'));
          const target = await assertFrameworkEditable(tx, yearId, null);

          const hasCategories = await tx.assessmentCategory.count({ where: { yearId } });
          const hasIndicators = await tx.indicator.count({ where: { yearId } });
          const hasAssessed = await tx.assessedUnit.count({ where: { yearId } });
          if (hasCategories + hasIndicators + hasAssessed > 0) {
            throw new ConflictError(t('framework.copyTargetNotEmpty', { year: target.name, categories: hasCategories, indicators: hasIndicators }));
          }

          const categories = await tx.assessmentCategory.findMany({
            where: { yearId: fromYearId },
            include: { targetTypes: true },
            orderBy: { sortOrder: 'asc' },
          });
          const assessed = await tx.assessedUnit.findMany({ where: { yearId: fromYearId }, include: { unit: { select: { active: true } } } });
          const indicators = await tx.indicator.findMany({ where: { yearId: fromYearId }, orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }] });
          if (categories.length === 0 && indicators.length === 0) {
            throw ValidationError.field('fromYearId', t('framework.sourceYearEmpty', { year: source.name }));
          }

          const categoryIds = new Map(categories.map((c) => [c.id, randomUUID()]));
          await tx.assessmentCategory.createMany({
            data: categories.map((c) => ({
              id: categoryIds.get(c.id)!,
              yearId,
              code: c.code,
              name: c.name,
              description: c.description,
              sortOrder: c.sortOrder,
            })),
          });
          const links = categories.flatMap((c) => c.targetTypes.map((link) => ({ categoryId: categoryIds.get(c.id)!, targetTypeId: link.targetTypeId })));
          await tx.categoryTargetType.createMany({ data: links });

          // A unit deactivated since then cannot be an assessed unit (the same rule as adding one by hand).
          const copiedAssessed = assessed.filter((a) => a.unit.active);
          await tx.assessedUnit.createMany({
            data: copiedAssessed.map((a) => ({ yearId, unitId: a.unitId, categoryId: categoryIds.get(a.categoryId)! })),
          });

          // Level by level, so every parent exists before its children point at it.
          const indicatorIds = new Map(indicators.map((i) => [i.id, randomUUID()]));
          for (const level of [1, 2, 3]) {
            const rows = indicators.filter((i) => i.level === level);
            if (!rows.length) continue;
            await tx.indicator.createMany({
              data: rows.map((i) => ({
                id: indicatorIds.get(i.id)!,
                yearId,
                parentId: i.parentId ? indicatorIds.get(i.parentId)! : null,
                level: i.level,
                code: i.code,
                name: i.name,
                description: i.description,
                weightBp: i.weightBp,
                sortOrder: i.sortOrder,
                targetTypeId: i.targetTypeId,
              })),
            });
          }

          const result: CopyFrameworkResult = {
            yearId,
            fromYearId,
            categories: categories.length,
            categoryTargetTypes: links.length,
            assessedUnits: copiedAssessed.length,
            skippedInactiveUnits: assessed.length - copiedAssessed.length,
            indicators: indicators.length,
          };
          await recordAudit(tx, ctx, {
            action: 'years.copyFramework',
            objectType: 'Year',
            objectId: yearId,
            before: null,
            after: { ...result, fromYear: source.year },
            reason: `从${source.name}复制年度目标框架`,
          });
          return result;
        },
        { timeout: 30_000 },
      );
    },
  };
}
