import type { Role } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Actor } from '../lib/context.ts';
import { ForbiddenError, t } from '../lib/errors.ts';

const ALL_UNITS: readonly Role[] = ['LEADER_MAIN', 'PERF_OFFICE', 'SYS_ADMIN', 'FUNC_DEPT'];

/**
 * The units whose data the actor may read: `null` means every unit. Roles combine as a union.
 * LEADER_DEPUTY: the 分管单位 (or every unit when the portfolio is by target type only);
 * UNIT_ADMIN / UNIT_STAFF: their own unit.
 */
export function readableUnitIds(actor: Actor): string[] | null {
  if (actor.roles.some((r) => ALL_UNITS.includes(r))) return null;
  const ids = new Set<string>();
  if (actor.roles.includes('LEADER_DEPUTY')) {
    if (actor.portfolioUnitIds.length === 0) return null;
    actor.portfolioUnitIds.forEach((id) => ids.add(id));
  }
  if ((actor.roles.includes('UNIT_ADMIN') || actor.roles.includes('UNIT_STAFF')) && actor.unitId) ids.add(actor.unitId);
  return [...ids];
}

/** A Prisma `where` fragment limiting rows to readable units, to put inside the query itself. */
export function unitScopeWhere(actor: Actor): { unitId?: { in: string[] } } {
  const ids = readableUnitIds(actor);
  return ids === null ? {} : { unitId: { in: ids } };
}

export function assertUnitReadable(actor: Actor, unitId: string | null) {
  const ids = readableUnitIds(actor);
  if (ids !== null && (!unitId || !ids.includes(unitId))) throw new ForbiddenError(t('common.otherUnitsData'));
}

/**
 * A Prisma `where` fragment for the targets (年度目标) the actor may read, to put inside the query itself.
 * LEADER_MAIN and PERF_OFFICE: all; FUNC_DEPT: the target types its department owns, across all units;
 * LEADER_DEPUTY: its 分管单位 or 分管目标类型; UNIT_ADMIN: its own unit; UNIT_STAFF (责任人): the targets of its unit
 * decomposed to its person (责任分解), and with them their reports, documents and orders (decision 0007). Roles combine
 * as a union; a role with nothing in scope matches no row.
 */
export function targetScopeWhere(actor: Actor): Prisma.TargetWhereInput {
  if (actor.roles.some((r) => r === 'LEADER_MAIN' || r === 'PERF_OFFICE')) return {};
  const or: Prisma.TargetWhereInput[] = [];
  if (actor.roles.includes('FUNC_DEPT') && actor.unitId) or.push({ targetType: { ownerUnitId: actor.unitId } });
  if (actor.roles.includes('LEADER_DEPUTY')) {
    if (actor.portfolioUnitIds.length) or.push({ unitId: { in: actor.portfolioUnitIds } });
    if (actor.portfolioTargetTypeIds.length) or.push({ targetTypeId: { in: actor.portfolioTargetTypeIds } });
  }
  if (actor.roles.includes('UNIT_ADMIN') && actor.unitId) or.push({ unitId: actor.unitId });
  else if (actor.roles.includes('UNIT_STAFF') && actor.unitId && actor.personId) {
    // Decomposed to them in the working copy, or in a published version (while a revision that drops them is under
    // review, the plan in force still has them: they report on it).
    const personId = actor.personId;
    or.push({
      unitId: actor.unitId,
      OR: [
        { responsibles: { some: { personId } } },
        { revisions: { some: { status: 'PUBLISHED', snapshot: { path: ['responsibles'], array_contains: [{ personId }] } } } },
      ],
    });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}
