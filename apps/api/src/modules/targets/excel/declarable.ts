import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { hasRole } from '../../../lib/context.ts';

/** What the actor may declare or draft targets for in one year: the choices of the template's dropdowns. */
export interface Declarable {
  units: { id: string; code: string; name: string; shortName: string | null }[];
  types: { id: string; code: string; name: string; ownerUnitId: string; reportingRhythm: 'MONTHLY' | 'QUARTERLY' }[];
  /** Leaf indicators of the year whose first-level indicator names no type or one of `types`. */
  indicators: { id: string; code: string; name: string }[];
}

/**
 * The same rule as canDraft (target.policy.ts), turned into lists: the office every 考核对象 and every type, a
 * department the units whose category takes one of the types it owns, a unit admin its own unit and its category's
 * types. Special tasks (type SPECIAL) are never declared this way.
 */
export async function declarableFor(db: Db | Tx, actor: Actor, yearId: string): Promise<Declarable> {
  const office = hasRole(actor, 'PERF_OFFICE');
  const typeOr: Prisma.TargetTypeWhereInput[] = [];
  const unitOr: Prisma.AssessedUnitWhereInput[] = [];
  if (hasRole(actor, 'FUNC_DEPT') && actor.unitId) {
    typeOr.push({ ownerUnitId: actor.unitId });
    unitOr.push({ category: { targetTypes: { some: { targetType: { ownerUnitId: actor.unitId } } } } });
  }
  if (hasRole(actor, 'UNIT_ADMIN') && actor.unitId) {
    typeOr.push({ categories: { some: { category: { yearId, assessedUnits: { some: { unitId: actor.unitId } } } } } });
    unitOr.push({ unitId: actor.unitId });
  }
  if (!office && !typeOr.length) return { units: [], types: [], indicators: [] };
  // The office declares for everyone (an `OR: [{}]` would not say so to Prisma).
  const anyOf = <T>(or: T[]) => (office ? {} : { OR: or });

  const [assessed, types] = await Promise.all([
    db.assessedUnit.findMany({
      where: { yearId, ...anyOf(unitOr) },
      select: { unit: { select: { id: true, code: true, name: true, shortName: true, sortOrder: true } } },
      orderBy: [{ unit: { sortOrder: 'asc' } }, { unit: { code: 'asc' } }],
    }),
    db.targetType.findMany({
      where: { active: true, code: { not: 'SPECIAL' }, ...anyOf(typeOr) },
      select: { id: true, code: true, name: true, ownerUnitId: true, reportingRhythm: true },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    }),
  ]);
  const typeIds = types.map((t) => t.id);
  const leaves = await db.indicator.findMany({
    where: { yearId, children: { none: {} } },
    select: { id: true, code: true, name: true, targetTypeId: true, parent: { select: { targetTypeId: true, parent: { select: { targetTypeId: true } } } } },
    orderBy: [{ code: 'asc' }],
  });
  const rootType = (i: (typeof leaves)[number]) => (i.parent ? (i.parent.parent ?? i.parent).targetTypeId : i.targetTypeId);
  const indicators = leaves
    .filter((i) => {
      const t = rootType(i);
      return t === null || typeIds.includes(t);
    })
    .sort((a, b) => compareCodes(a.code, b.code))
    .map(({ id, code, name }) => ({ id, code, name }));
  return { units: assessed.map(({ unit: u }) => ({ id: u.id, code: u.code, name: u.name, shortName: u.shortName })), types, indicators };
}

/** 1.2 before 1.10. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return a.localeCompare(b);
}

export const indicatorLabel = (i: { code: string; name: string }) => `${i.code} ${i.name}`;
