import type { SessionUser, SupervisionOrder, Target } from '@jx/contract';

/**
 * Mirrors the server's canSupervise (comment and issue orders): the main leader and the office every target,
 * a department the targets of the types it owns, a deputy its portfolio units or types. The server still decides.
 */
export function canSuperviseTarget(user: SessionUser, target: Pick<Target, 'unitId' | 'targetTypeId'>, typeOwnerUnitId: string | undefined): boolean {
  if (user.roles.includes('LEADER_MAIN') || user.roles.includes('PERF_OFFICE')) return true;
  if (user.roles.includes('FUNC_DEPT') && !!user.unitId && user.unitId === typeOwnerUnitId) return true;
  return user.roles.includes('LEADER_DEPUTY') && (user.portfolioUnitIds.includes(target.unitId) || user.portfolioTargetTypeIds.includes(target.targetTypeId));
}

export type OrderAction = 'respond' | 'close' | 'reject';

/** 回复: the unit admin of the order's unit while it waits for a response; 办结 / 退回: the issuer or the office once answered. */
export function orderActions(user: SessionUser, order: SupervisionOrder): OrderAction[] {
  if (order.status === 'OPEN') return user.roles.includes('UNIT_ADMIN') && user.unitId === order.unitId ? ['respond'] : [];
  if (order.status === 'RESPONDED' && (user.roles.includes('PERF_OFFICE') || order.issuedById === user.id)) return ['close', 'reject'];
  return [];
}
