import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';

/**
 * What a caller reads of published bulletins (decision 0019, "Who sees what"), across years:
 * - `categoryIds`: the categories whose ranking it reads ('all' for the main leader and the office);
 * - `receiptUnitIds`: the units whose receipts it opens ('all' likewise);
 * - `ownCategoryIds`: categories it reads as a unit (others' scores and grades only when the bulletin says so);
 * - `seesRaters`: rater identities in receipts (the office only).
 */
export interface BulletinScope {
  categoryIds: 'all' | Set<string>;
  receiptUnitIds: 'all' | Set<string>;
  ownCategoryIds: Set<string>;
  seesRaters: boolean;
}

export async function bulletinScope(db: Db, actor: Actor): Promise<BulletinScope> {
  const seesRaters = hasRole(actor, 'PERF_OFFICE');
  if (hasRole(actor, 'PERF_OFFICE', 'LEADER_MAIN')) return { categoryIds: 'all', receiptUnitIds: 'all', ownCategoryIds: new Set(), seesRaters };
  const categories = new Set<string>();
  const receipts = new Set<string>();
  const own = new Set<string>();
  if (hasRole(actor, 'LEADER_DEPUTY')) {
    const rows = await db.assessmentCategory.findMany({
      where: {
        OR: [
          { assessedUnits: { some: { unitId: { in: actor.portfolioUnitIds } } } },
          { targetTypes: { some: { targetTypeId: { in: actor.portfolioTargetTypeIds } } } },
        ],
      },
      select: { id: true },
    });
    rows.forEach((r) => categories.add(r.id));
    actor.portfolioUnitIds.forEach((u) => receipts.add(u));
  }
  if (hasRole(actor, 'FUNC_DEPT') && actor.unitId) {
    const rows = await db.assessmentCategory.findMany({
      where: { targetTypes: { some: { targetType: { ownerUnitId: actor.unitId } } } },
      select: { id: true, assessedUnits: { select: { unitId: true } } },
    });
    rows.forEach((r) => {
      categories.add(r.id);
      r.assessedUnits.forEach((a) => receipts.add(a.unitId));
    });
  }
  if (hasRole(actor, 'UNIT_ADMIN') && actor.unitId) {
    const rows = await db.assessedUnit.findMany({ where: { unitId: actor.unitId }, select: { categoryId: true } });
    rows.forEach((r) => {
      if (!categories.has(r.categoryId)) own.add(r.categoryId);
      categories.add(r.categoryId);
    });
    receipts.add(actor.unitId);
  }
  return { categoryIds: categories, receiptUnitIds: receipts, ownCategoryIds: own, seesRaters };
}

export const readsCategory = (s: BulletinScope, categoryId: string) => s.categoryIds === 'all' || s.categoryIds.has(categoryId);
export const readsReceipt = (s: BulletinScope, unitId: string) => s.receiptUnitIds === 'all' || s.receiptUnitIds.has(unitId);
