import { endOfBeijingDay, periodEnd, reportDueAt } from './periods.ts';
import { beijingDay } from './working-days.ts';
import { completionPeriod, computeWarning, isReportRequired, type Warning, type WarningInput, type WarningThresholds } from './warning.ts';

// A target's execution state as of an instant — its warning, its report counts and its open orders — and the next instant
// at which the calendar alone changes it. The API keeps one row per target (decision 0021) and recomputes it when it
// expires or something it depends on changes; everything here is pure so the row and a recomputation agree.

export interface ExecutionInput extends Omit<WarningInput, 'reports'> {
  reports: ReadonlyArray<{ periodKey: string; actualPercent: number; late: boolean }>;
  /** Due dates (`YYYY-MM-DD`) of the target's orders that are not closed. */
  openOrderDueDates: readonly string[];
}

export interface ReportCounts {
  /** Periods of the plan whose report has fallen due and is required. */
  due: number;
  submitted: number;
  /** Of the submitted, how many arrived after their due instant. */
  late: number;
}

export interface ExecutionState {
  warning: Warning;
  reports: ReportCounts;
  orders: { open: number; overdue: number };
  /** The values hold for every instant before this one; null: nothing in the calendar changes them any more. */
  validUntil: Date | null;
}

const DAY = 86_400_000;

/**
 * A target's reports as of `now`: the periods of its plan whose report has fallen due and is required (the rule of the
 * warning's overdue days), how many of them were reported, and how many of those late.
 */
export function reportCounts(input: ExecutionInput, now: Date, dueDay: number): ReportCounts {
  const byPeriod = new Map(input.reports.map((r) => [r.periodKey, r]));
  let due = 0;
  let submitted = 0;
  let late = 0;
  const completedIn = completionPeriod(input.reports);
  for (const m of input.milestones) {
    if (reportDueAt(input.year, m.periodKey, dueDay) >= now || !isReportRequired(input.year, m.periodKey, dueDay, input.firstPublishedAt, completedIn)) {
      continue;
    }
    due++;
    const report = byPeriod.get(m.periodKey);
    if (report) {
      submitted++;
      if (report.late) late++;
    }
  }
  return { due, submitted, late };
}

/** An order not closed is overdue from the day after its due date, Beijing time (the rule of the order list's filter). */
export const isOrderDateOverdue = (dueDate: string, now: Date) => dueDate < beijingDay(now);

export function executionState(input: ExecutionInput, now: Date, t: WarningThresholds): ExecutionState {
  return {
    warning: computeWarning(input, now, t),
    reports: reportCounts(input, now, t.dueDay),
    orders: { open: input.openOrderDueDates.length, overdue: input.openOrderDueDates.filter((d) => isOrderDateOverdue(d, now)).length },
    validUntil: executionStateValidUntil(input, now, t),
  };
}

/**
 * The first instant after `now` at which `executionState` may return something else with the same input: a period ends
 * (the plan moves on), a report falls due (1 ms after its due instant it counts as due, and as overdue when missing),
 * a missing report's overdue days tick over, the 工作时限 passes, an open order becomes overdue.
 */
export function executionStateValidUntil(input: ExecutionInput, now: Date, t: WarningThresholds): Date | null {
  const at = now.getTime();
  const instants: number[] = [];
  const reported = new Set(input.reports.map((r) => r.periodKey));
  const completedIn = completionPeriod(input.reports);
  for (const m of input.milestones) {
    instants.push(periodEnd(input.year, m.periodKey).getTime());
    if (!isReportRequired(input.year, m.periodKey, t.dueDay, input.firstPublishedAt, completedIn)) continue;
    const due = reportDueAt(input.year, m.periodKey, t.dueDay).getTime();
    if (due >= at) instants.push(due + 1);
    else if (!reported.has(m.periodKey)) instants.push(due + Math.ceil((at - due) / DAY) * DAY + 1);
  }
  instants.push(endOfBeijingDay(input.deadline).getTime());
  for (const d of input.openOrderDueDates) instants.push(endOfBeijingDay(d).getTime());
  const next = Math.min(...instants.filter((x) => x > at));
  return Number.isFinite(next) ? new Date(next) : null;
}
