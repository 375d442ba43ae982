import { actionsFrom, RECORD_TRANSITIONS, type AssessmentPeriod, type DepartmentActivity, type RecordStatus } from '@jx/contract';
import { zhCN } from '../../locales/zh-CN';
import type { MessageKey, TFunction } from '../../locales';

export type ActivityRecord = DepartmentActivity['records'][number];
/** What the office does on a record from the data audit: through the record routes, as the transition table allows. */
export type AuditAction = 'submit' | 'return' | 'void';
const AUDIT_ACTIONS: readonly AuditAction[] = ['submit', 'return', 'void'];
export const REASON_ACTIONS: readonly AuditAction[] = ['return', 'void'];

/** The audit actions the record's state allows, in the order 提交, 退档, 作废. */
export function auditActions(r: Pick<ActivityRecord, 'status'>): AuditAction[] {
  const allowed = actionsFrom(RECORD_TRANSITIONS, r.status as RecordStatus);
  return AUDIT_ACTIONS.filter((a) => allowed.includes(a));
}

/** Submitting needs the record's process open (the office's archive and return do not). */
export const blockedBecauseClosed = (r: Pick<ActivityRecord, 'processStatus'>, action: AuditAction) => action === 'submit' && r.processStatus !== 'OPEN';

/** The period to show first: the last one (in the year's order) whose assessment has started, else the first. */
export function defaultAuditPeriod(periods: readonly AssessmentPeriod[]): string | undefined {
  const started = periods.filter((p) => p.processes.some((x) => x.status !== 'NOT_STARTED'));
  return (started[started.length - 1] ?? periods[0])?.id;
}

/** `records.submit` → 提交; the save that created a record (`records.create`) → 新建; anything else as it is. */
export function eventActionLabel(t: TFunction, action: string): string {
  const name = action.startsWith('records.') ? action.slice('records.'.length) : '';
  return name in zhCN.dataAudit.eventActions ? t(`dataAudit.eventActions.${name}` as MessageKey) : action;
}

/** A login log reason (BAD_PASSWORD …) in words, as the 登录日志 shows it; an unknown one as its code. */
export function loginReasonLabel(t: TFunction, reason: string): string {
  return reason in zhCN.audit.logins.reasons ? t(`audit.logins.reasons.${reason}` as MessageKey) : reason;
}
