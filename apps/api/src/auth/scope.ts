import type { Role } from '@jx/contract';
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
