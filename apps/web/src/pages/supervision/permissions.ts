import {
  actionsFrom,
  canDecideOrder,
  canRespondOrder,
  canSuperviseTarget,
  ORDER_TRANSITIONS,
  subjectOf,
  type OrderAction,
  type SessionUser,
  type SupervisionOrder,
  type Target,
} from '@jx/contract';

export type { OrderAction };

/**
 * Whether the user may comment on and issue orders for the target (the contract's rule, which the server runs too).
 * The page knows the type's owning department from the type list; unknown, no department owns it.
 */
export function canSuperviseTargetAs(user: SessionUser, target: Pick<Target, 'unitId' | 'targetTypeId'>, typeOwnerUnitId: string | undefined): boolean {
  return canSuperviseTarget(subjectOf(user), { unitId: target.unitId, targetTypeId: target.targetTypeId, ownerUnitId: typeOwnerUnitId ?? '' });
}

/** The actions the order's state allows (ORDER_TRANSITIONS) that the user may take (the order policy); the server still decides. */
export function orderActions(user: SessionUser, order: SupervisionOrder): OrderAction[] {
  const subject = subjectOf(user);
  return actionsFrom(ORDER_TRANSITIONS, order.status).filter((a) => (a === 'respond' ? canRespondOrder(subject, order) : canDecideOrder(subject, order)));
}

/** 催办: an order still waiting for the unit's answer, by its issuer or the office (the server decides too). */
export function canUrgeOrder(user: SessionUser, order: SupervisionOrder): boolean {
  return order.status === 'OPEN' && canDecideOrder(subjectOf(user), order);
}
