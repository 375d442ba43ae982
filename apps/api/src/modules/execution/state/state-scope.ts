import type { Prisma } from '@jx/db';
import type { Actor } from '../../../lib/context.ts';
import { targetReadWhere } from '../../targets/target.policy.ts';

/** A condition on the columns TargetState and TargetStateTally share (unit, target type and the type's department). */
type ColumnScope = Prisma.TargetStateTallyWhereInput & Prisma.TargetStateWhereInput;

/**
 * The target policy (`targetReadWhere`) on the copied unit and type columns: the same union of the same role
 * conditions, so it applies to the per-target states and to their tallies alike. Null for a 责任人 (UNIT_STAFF), whose
 * scope is the targets decomposed to them: only the target rows can say which those are.
 */
export function columnScope(actor: Actor): ColumnScope | null {
  if (actor.roles.some((r) => r === 'LEADER_MAIN' || r === 'PERF_OFFICE')) return {};
  const or: ColumnScope[] = [];
  if (actor.roles.includes('FUNC_DEPT') && actor.unitId) or.push({ targetType: { ownerUnitId: actor.unitId } });
  if (actor.roles.includes('LEADER_DEPUTY')) {
    if (actor.portfolioUnitIds.length) or.push({ unitId: { in: actor.portfolioUnitIds } });
    if (actor.portfolioTargetTypeIds.length) or.push({ targetTypeId: { in: actor.portfolioTargetTypeIds } });
  }
  if (actor.roles.includes('UNIT_ADMIN') && actor.unitId) or.push({ unitId: actor.unitId });
  else if (actor.roles.includes('UNIT_STAFF') && actor.unitId && actor.personId) return null;
  return or.length ? { OR: or } : { unitId: { in: [] } };
}

/** The target policy as a condition on state rows: on the copied columns when it can be, else through the target. */
export function stateReadWhere(actor: Actor): Prisma.TargetStateWhereInput {
  return columnScope(actor) ?? { target: targetReadWhere(actor) };
}
