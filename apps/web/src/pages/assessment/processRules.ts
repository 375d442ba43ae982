import { z } from 'zod';
import {
  actionsFrom,
  ApiError,
  canStartFrom,
  closeAssessmentProcess,
  type createAssessmentPeriod,
  openAssessmentProcess,
  PROCESS_TRANSITIONS,
  resetAssessmentProcess,
  STANDARD_PERIODS,
  UnsubmittedRecordSchema,
  type AssessmentPeriod,
  type AssessmentPeriodKind,
  type AssessmentProcess,
  type BodyOf,
  type ProcessAction,
  type ProcessStatus,
  type Role,
  type UnsubmittedRecord,
} from '@jx/contract';
import { canCall } from '../../auth/access';

export const PROCESS_STATUS_COLORS: Record<ProcessStatus, string> = { NOT_STARTED: 'default', OPEN: 'processing', CLOSED: 'success' };
export const PERIOD_KIND_COLORS: Record<AssessmentPeriodKind, string> = { QUARTER: 'blue', HALF_YEAR: 'cyan', ANNUAL: 'geekblue', SPECIAL: 'purple' };

const ACTION_ROUTES = { open: openAssessmentProcess, close: closeAssessmentProcess, reset: resetAssessmentProcess } as const;

/** The actions on a process the roles may call and its status allows (PROCESS_TRANSITIONS, the table the server runs). */
export function processActions(process: Pick<AssessmentProcess, 'status'>, roles: readonly Role[]): ProcessAction[] {
  return actionsFrom(PROCESS_TRANSITIONS, process.status).filter((a) => canCall(ACTION_ROUTES[a], roles));
}

/** The processes of a period that 全部开启 / 全部关闭 would act on, in the period's order. */
export function eligibleProcesses(period: Pick<AssessmentPeriod, 'processes'>, action: 'open' | 'close'): AssessmentProcess[] {
  return period.processes.filter((p) => canStartFrom(PROCESS_TRANSITIONS, action, p.status));
}

/** A period is deleted only while none of its processes was ever opened (the server refuses otherwise). */
export function periodDeletable(period: Pick<AssessmentPeriod, 'processes'>): boolean {
  return period.processes.every((p) => p.status === 'NOT_STARTED' && !p.openedAt);
}

/** How many processes of the period are in each status. */
export function statusCounts(period: Pick<AssessmentPeriod, 'processes'>): Record<ProcessStatus, number> {
  const counts: Record<ProcessStatus, number> = { NOT_STARTED: 0, OPEN: 0, CLOSED: 0 };
  for (const p of period.processes) counts[p.status] += 1;
  return counts;
}

/** Records submitted of expected, as a whole percent (0 when nothing is expected). */
export const completenessPercent = (c: { submitted: number; expected: number }) => (c.expected > 0 ? Math.floor((c.submitted * 100) / c.expected) : 0);

/** The standard period codes (Q1..Q4, H1, ANNUAL) the year has already. */
export const takenCodes = (periods: readonly Pick<AssessmentPeriod, 'code'>[]) => new Set(periods.map((p) => p.code));

export type StandardCode = NonNullable<BodyOf<typeof createAssessmentPeriod>['code']>;
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const satisfies readonly StandardCode[];

/** A standard period's code for a kind: 半年 and 年终 have one each; 平时 has the quarter chosen; 专项 none. */
export function standardCode(kind: AssessmentPeriodKind, quarter: string | undefined): StandardCode | undefined {
  if (kind === 'HALF_YEAR') return 'H1';
  if (kind === 'ANNUAL') return 'ANNUAL';
  if (kind === 'QUARTER') return QUARTERS.find((q) => q === quarter);
  return undefined;
}

/** The name a standard period gets unless the office types another. */
export const standardName = (code: string | undefined) => STANDARD_PERIODS.find((p) => p.code === code)?.name;
export const isStandardName = (name: string | undefined) => !!name && STANDARD_PERIODS.some((p) => p.name === name);

const RefusedClose = z.object({ records: z.array(UnsubmittedRecordSchema) });

/** The unsubmitted records a refused 关闭 lists (409 CONFLICT with `details.records`), else null. */
export function unsubmittedOf(error: unknown): UnsubmittedRecord[] | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'CONFLICT') return null;
  const parsed = RefusedClose.safeParse(error.details);
  return parsed.success ? parsed.data.records : null;
}
