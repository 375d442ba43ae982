import type { ProgressReport, SessionUser, TargetDetail } from '@jx/contract';

/** Whether the user's own person (人员) is one of `responsibles`; an account without a person is nobody's. */
export function isResponsible(user: Pick<SessionUser, 'personId'>, responsibles: readonly { personId: string }[]): boolean {
  return user.personId !== null && responsibles.some((p) => p.personId === user.personId);
}

/** The plan in force (decision 0007): the published snapshot while a revision is in progress, else the working copy. */
export function planInForce(target: TargetDetail) {
  return target.published ?? target;
}

/**
 * Mirrors the server's rule for 报送: the unit admin of the target's unit, or a staff member of that unit who is a
 * responsible person in the plan in force; the target must have a plan in force. The server still decides.
 */
export function canReportOn(user: SessionUser, target: TargetDetail): boolean {
  if (target.publishedRevisionNo === null || user.unitId !== target.unitId) return false;
  if (user.roles.includes('UNIT_ADMIN')) return true;
  return user.roles.includes('UNIT_STAFF') && isResponsible(user, planInForce(target).responsibles);
}

/** 修改: the reporter, or the unit admin of the target's unit. */
export function canEditReport(user: SessionUser, report: Pick<ProgressReport, 'unitId' | 'reportedById'>): boolean {
  if (user.unitId !== report.unitId) return false;
  return user.roles.includes('UNIT_ADMIN') || (user.roles.includes('UNIT_STAFF') && report.reportedById === user.id);
}

/** Who may upload 工作文档 for a target: the office, the unit admin of its unit, its responsible persons (working copy). */
export function canUploadDocuments(user: SessionUser, target: Pick<TargetDetail, 'unitId' | 'responsibles'>): boolean {
  if (user.roles.includes('PERF_OFFICE')) return true;
  if (user.unitId !== target.unitId) return false;
  return user.roles.includes('UNIT_ADMIN') || (user.roles.includes('UNIT_STAFF') && isResponsible(user, target.responsibles));
}
