import { hasAnyRole, type Subject } from './subject.ts';

/**
 * Who may write a target, as yes/no rules both sides run (the server decides; the web offers only what would pass).
 * The read scope is a query (`targetReadWhere` in the API's target policy), written beside its yes/no twin there.
 */

/** Where a target hangs: its unit, its type and the type's owning department. */
export interface TargetPlace {
  unitId: string;
  targetTypeId: string;
  ownerUnitId: string;
}

const ownsType = (s: Subject, ownerUnitId: string) => hasAnyRole(s, 'FUNC_DEPT') && !!s.unitId && s.unitId === ownerUnitId;

/** Create, edit, submit, revise: the unit for itself, the department for the types it owns, the office for all. */
export const canDraftTarget = (s: Subject, t: Pick<TargetPlace, 'unitId' | 'ownerUnitId'>) =>
  hasAnyRole(s, 'PERF_OFFICE') || ownsType(s, t.ownerUnitId) || (hasAnyRole(s, 'UNIT_ADMIN') && s.unitId === t.unitId);

/** Approve and return: the department for the types it owns, the office for all. */
export const canReviewTarget = (s: Subject, t: Pick<TargetPlace, 'ownerUnitId'>) => hasAnyRole(s, 'PERF_OFFICE') || ownsType(s, t.ownerUnitId);

/** Publish: the performance office. */
export const canPublishTargets = (s: Subject) => hasAnyRole(s, 'PERF_OFFICE');

/** Bulk assignment (下达) of a type: its owning department, the office for all. */
export const canAssignType = (s: Subject, ownerUnitId: string) => hasAnyRole(s, 'PERF_OFFICE') || ownsType(s, ownerUnitId);

/** Comment and supervise (点评 / 督办): the main leader and the office all targets; a department its types; a deputy its portfolio. */
export const canSuperviseTarget = (s: Subject, t: TargetPlace) =>
  hasAnyRole(s, 'LEADER_MAIN', 'PERF_OFFICE') ||
  ownsType(s, t.ownerUnitId) ||
  (hasAnyRole(s, 'LEADER_DEPUTY') && (s.portfolioUnitIds.includes(t.unitId) || s.portfolioTargetTypeIds.includes(t.targetTypeId)));

/** What the read rule needs of a target: its place, and whom it is decomposed to (working copy and published versions). */
export interface TargetReadFacts extends TargetPlace {
  responsiblePersonIds: readonly string[];
  publishedResponsiblePersonIds: readonly string[];
}

/**
 * Read (the yes/no twin of the API's `targetReadWhere`, which a test keeps equal): the main leader and the office all;
 * a department the types it owns; a deputy its portfolio; a unit admin its unit; a 责任人 (UNIT_STAFF) the targets of
 * its unit decomposed to its person, in the working copy or a published version (decision 0007). Roles combine.
 */
export function canReadTarget(s: Subject, t: TargetReadFacts): boolean {
  if (hasAnyRole(s, 'LEADER_MAIN', 'PERF_OFFICE')) return true;
  if (ownsType(s, t.ownerUnitId)) return true;
  if (hasAnyRole(s, 'LEADER_DEPUTY') && (s.portfolioUnitIds.includes(t.unitId) || s.portfolioTargetTypeIds.includes(t.targetTypeId))) return true;
  if (hasAnyRole(s, 'UNIT_ADMIN')) return !!s.unitId && s.unitId === t.unitId;
  if (hasAnyRole(s, 'UNIT_STAFF') && s.unitId === t.unitId && s.personId) {
    return t.responsiblePersonIds.includes(s.personId) || t.publishedResponsiblePersonIds.includes(s.personId);
  }
  return false;
}
