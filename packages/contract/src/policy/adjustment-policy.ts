import type { AdjustmentStatus } from '../routes/adjustments.ts';
import { EVIDENCE_OPEN_STATUSES } from '../routes/adjustments.ts';
import { hasAnyRole, type Subject } from './subject.ts';

/**
 * The 加减分 policy. Reading: the office and the leaders read every line; a department (FUNC_DEPT) the lines its unit
 * filed. The server writes the same rule as a Prisma `where` (apps/api adjustment.policy.ts).
 */
export const readsAllAdjustments = (s: Subject) => hasAnyRole(s, 'PERF_OFFICE', 'LEADER_MAIN', 'LEADER_DEPUTY');

export const canReadAdjustment = (s: Subject, a: { filedByUnitId: string }) =>
  readsAllAdjustments(s) || (hasAnyRole(s, 'FUNC_DEPT') && !!s.unitId && s.unitId === a.filedByUnitId);

/** Evidence is added by the filing unit (a department or the office), while the line waits for the decision. */
export const isFilerOf = (s: Subject, a: { filedByUnitId: string }) => hasAnyRole(s, 'FUNC_DEPT', 'PERF_OFFICE') && !!s.unitId && s.unitId === a.filedByUnitId;

export const canAttachEvidence = (s: Subject, a: { filedByUnitId: string; status: AdjustmentStatus }) =>
  isFilerOf(s, a) && EVIDENCE_OPEN_STATUSES.includes(a.status);
