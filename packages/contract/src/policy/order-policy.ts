import { hasAnyRole, type Subject } from './subject.ts';
import { canSuperviseTarget, type TargetPlace } from './target-policy.ts';

/** 回复: the unit admin of the order's unit. */
export const canRespondOrder = (s: Subject, order: { unitId: string }) => hasAnyRole(s, 'UNIT_ADMIN') && s.unitId === order.unitId;

/**
 * 办结 / 退回: the office, or the issuer while they may still supervise the target. Without the target (a row of a list
 * that does not carry its type's department) only the issuer is checked; the server always checks both.
 */
export const canDecideOrder = (s: Subject, order: { issuedById: string }, target?: TargetPlace) =>
  hasAnyRole(s, 'PERF_OFFICE') || (order.issuedById === s.accountId && (!target || canSuperviseTarget(s, target)));
