import {
  actionsFrom,
  archiveRecord,
  canStartFrom,
  RECORD_TRANSITIONS,
  returnRecord,
  reviseRecord,
  submitRecord,
  voidRecord,
  type RecordAction,
  type RecordStatus,
  type Role,
  type ScoringRow,
} from '@jx/contract';
import { canCall } from '../../auth/access';

export type RowAction = Exclude<RecordAction, 'save'>;
export type RowStatus = RecordStatus | 'NONE';

/** What a row's inputs hold: the score as typed, the opinion, the deduction lines. */
export interface RowDraft {
  score: string | null;
  opinion: string;
  deductions: { reason: string; points: string }[];
}

export const RECORD_STATUS_COLORS: Record<RowStatus, string> = {
  NONE: 'default',
  DRAFT: 'processing',
  SUBMITTED: 'blue',
  ARCHIVED: 'success',
  RETURNED: 'warning',
  VOIDED: 'error',
};

const ACTION_ROUTES = { submit: submitRecord, revise: reviseRecord, archive: archiveRecord, return: returnRecord, void: voidRecord };
/** 修订, 退档 and 作废 ask why. */
export const REASON_ACTIONS: readonly RowAction[] = ['revise', 'return', 'void'];

export const rowKey = (r: Pick<ScoringRow, 'targetId' | 'assessorUnitId'>) => `${r.targetId}:${r.assessorUnitId}`;
export const rowStatus = (r: ScoringRow): RowStatus => r.record?.status ?? 'NONE';

/** A row is typed into while its process is open and its record (if any) may be saved. */
export function rowEditable(r: ScoringRow, canSave: boolean): boolean {
  return canSave && r.processStatus === 'OPEN' && (!r.record || canStartFrom(RECORD_TRANSITIONS, 'save', r.record.status));
}

/** The actions offered on a row's record: the transition table's, those the roles may call; the department's need an open process. */
export function rowActions(r: ScoringRow, roles: readonly Role[]): RowAction[] {
  if (!r.record) return [];
  return actionsFrom(RECORD_TRANSITIONS, r.record.status)
    .filter((a): a is RowAction => a !== 'save')
    .filter((a) => canCall(ACTION_ROUTES[a], roles))
    .filter((a) => a === 'archive' || a === 'return' || r.processStatus === 'OPEN');
}

export function draftOf(r: ScoringRow): RowDraft {
  return {
    score: r.record?.score ?? null,
    opinion: r.record?.opinion ?? '',
    deductions: (r.record?.deductions ?? []).map((d) => ({ reason: d.reason, points: d.points })),
  };
}

const normScore = (s: string | null) => (s === null || s.trim() === '' ? null : Number(s));

/** Whether the inputs differ from the saved record (a score of "8.5" equals "8.50"). */
export function draftChanged(a: RowDraft, b: RowDraft): boolean {
  if (normScore(a.score) !== normScore(b.score)) return true;
  if (a.opinion.trim() !== b.opinion.trim()) return true;
  if (a.deductions.length !== b.deductions.length) return true;
  return a.deductions.some((d, i) => d.reason.trim() !== b.deductions[i]!.reason.trim() || Number(d.points) !== Number(b.deductions[i]!.points));
}

/** The score as the API takes it: at most two decimals, no trailing dot. */
export function scoreText(v: string | null): string | null {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) return null;
  return String(Math.round(n * 100) / 100);
}

export const deductionTotal = (d: RowDraft['deductions']) => Math.round(d.reduce((s, x) => s + (Number(x.points) || 0), 0) * 100) / 100;
