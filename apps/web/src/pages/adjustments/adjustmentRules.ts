import {
  actionsFrom,
  ADJUSTMENT_TRANSITIONS,
  approveAdjustment,
  canAttachEvidence,
  canStartFrom,
  EVIDENCE_EXTENSIONS,
  MAX_EVIDENCE_BYTES,
  rejectAdjustment,
  uploadAdjustmentEvidence,
  type Adjustment,
  type AdjustmentAction,
  type AdjustmentKind,
  type AdjustmentStatus,
  type Subject,
} from '@jx/contract';
import { canCall } from '../../auth/access';
import { formatBytes } from '../documents/docxFile';

export const ADJUSTMENT_STATUS_COLORS: Record<AdjustmentStatus, string> = { PENDING: 'processing', APPROVED: 'success', REJECTED: 'error' };
export const ADJUSTMENT_KIND_COLORS: Record<AdjustmentKind, string> = { BONUS: 'green', DEDUCTION: 'orange', VETO: 'red' };

const ACTION_ROUTES = { approve: approveAdjustment, reject: rejectAdjustment } as const;

/** 通过 / 驳回: the actions the roles may call and the line's status allows (ADJUSTMENT_TRANSITIONS, the server's table). */
export function adjustmentActions(a: Pick<Adjustment, 'status'>, subject: Pick<Subject, 'roles'>): AdjustmentAction[] {
  return actionsFrom(ADJUSTMENT_TRANSITIONS, a.status).filter((action) => canCall(ACTION_ROUTES[action], subject.roles));
}

/** Whether anything may still be decided on some line (the 操作 column is shown then). */
export const decidesAny = (subject: Pick<Subject, 'roles'>) =>
  (Object.keys(ACTION_ROUTES) as AdjustmentAction[]).some(
    (a) => canStartFrom(ADJUSTMENT_TRANSITIONS, a, 'PENDING') && canCall(ACTION_ROUTES[a], subject.roles),
  );

/** 上传佐证: the filing unit while the line is pending (the server checks the same rule). */
export const mayAttach = (subject: Subject, a: Pick<Adjustment, 'status' | 'filedByUnitId'>) =>
  canCall(uploadAdjustmentEvidence, subject.roles) && canAttachEvidence(subject, a);

/** Points as they count: `+2.00` for a bonus, `−0.50` for a deduction; null for a veto. */
export function signedPoints(a: Pick<Adjustment, 'kind' | 'points'>): string | null {
  if (a.points === null || a.kind === 'VETO') return null;
  return `${a.kind === 'DEDUCTION' ? '−' : '+'}${a.points}`;
}

/** The accept attribute of the evidence picker. */
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.join(',');

export type EvidenceProblem = { key: 'notAllowed' } | { key: 'empty' } | { key: 'tooLarge'; size: string; max: string };

/** The browser's first check of a chosen file (the server checks the content again), or null when it may go. */
export function evidenceProblem(file: { name: string; size: number }): EvidenceProblem | null {
  const name = file.name.toLowerCase();
  if (!EVIDENCE_EXTENSIONS.some((ext) => name.endsWith(ext))) return { key: 'notAllowed' };
  if (file.size === 0) return { key: 'empty' };
  if (file.size > MAX_EVIDENCE_BYTES) return { key: 'tooLarge', size: formatBytes(file.size), max: formatBytes(MAX_EVIDENCE_BYTES) };
  return null;
}
