import type { Actor } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { ForbiddenError, type ErrorText } from '../../lib/errors.ts';

/** Where a target hangs, for the write checks: its unit and its type's owning department. */
export interface TargetPlace {
  unitId: string;
  targetType: { ownerUnitId: string };
}

const ownsType = (actor: Actor, t: TargetPlace) => hasRole(actor, 'FUNC_DEPT') && !!actor.unitId && actor.unitId === t.targetType.ownerUnitId;

/** Create, edit, submit, revise: the unit for itself, the department for the types it owns, the office for all. */
export function canDraft(actor: Actor, t: TargetPlace): boolean {
  return hasRole(actor, 'PERF_OFFICE') || ownsType(actor, t) || (hasRole(actor, 'UNIT_ADMIN') && actor.unitId === t.unitId);
}
/** Approve and return: the department for the types it owns, the office for all. */
export function canReview(actor: Actor, t: TargetPlace): boolean {
  return hasRole(actor, 'PERF_OFFICE') || ownsType(actor, t);
}
export function canPublish(actor: Actor): boolean {
  return hasRole(actor, 'PERF_OFFICE');
}
/** Bulk assignment: the department for its own types, the office for all. */
export function canAssign(actor: Actor, ownerUnitId: string): boolean {
  return hasRole(actor, 'PERF_OFFICE') || ownsType(actor, { unitId: '', targetType: { ownerUnitId } });
}

export function assertAllowed(ok: boolean, text: ErrorText) {
  if (!ok) throw new ForbiddenError(text);
}
