import { completionPeriod, isAfterCompletion, isReportRequired, periodEndMonth, periodKeys, periodStart, reportDueAt, type ProgressReport } from '@jx/contract';

/**
 * 已报 (on time), 迟报 (reported after the due day), 未报 (started, not yet due), 逾期未报 (due day passed, no report),
 * 未开始 (the period has not started: nobody can report yet), 发布前 (fell due before the target's first publication:
 * not required, though it may still be reported), 已完成 (after the period whose report said 100 %: not required either,
 * decision 0027).
 */
export type PeriodStatus = 'ON_TIME' | 'LATE' | 'PENDING' | 'OVERDUE' | 'NOT_STARTED' | 'BEFORE_PUBLICATION' | 'COMPLETED';

export interface PeriodRow {
  periodKey: string;
  /** Planned cumulative percent at the end of the period (the latest milestone up to it); null before the first. */
  plannedPercent: number | null;
  report: ProgressReport | undefined;
  status: PeriodStatus;
  /** Whether a report may be submitted for it now (the period has started). */
  started: boolean;
  /** Whether it counts as 应报: started, not fallen due before the first publication, not after completion. */
  required: boolean;
}

/** Planned cumulative percent as of the end of a period: the latest milestone up to it (null before the first). */
export function plannedAt(milestones: readonly { period: string; plannedPercent: number }[], key: string): number | null {
  const end = periodEndMonth(key);
  let best: { month: number; percent: number } | null = null;
  for (const m of milestones) {
    const month = periodEndMonth(m.period);
    if (month <= end && (!best || month >= best.month)) best = { month, percent: m.plannedPercent };
  }
  return best?.percent ?? null;
}

/** When the target was first published (its plan came into force): the earliest revision publication, if any. */
export function firstPublishedAt(revisions: readonly { publishedAt: string | null }[]): Date | null {
  const times = revisions.flatMap((r) => (r.publishedAt ? [Date.parse(r.publishedAt)] : []));
  return times.length ? new Date(Math.min(...times)) : null;
}

/**
 * One row per reporting period of the target's rhythm: the plan, the report and its status as of `now`.
 * Like the warning centre, a missing report counts as overdue only for a period that has a milestone, and a period that
 * fell due before the first publication is not required (nobody could report on a target that did not exist yet).
 */
export function periodRows(opts: {
  year: number;
  rhythm: 'MONTHLY' | 'QUARTERLY';
  milestones: readonly { period: string; plannedPercent: number }[];
  reports: readonly ProgressReport[];
  now: Date;
  dueDay: number;
  firstPublishedAt: Date | null;
}): PeriodRow[] {
  const byPeriod = new Map(opts.reports.map((r) => [r.periodKey, r]));
  const completedIn = completionPeriod(opts.reports);
  return periodKeys(opts.rhythm).map((key) => {
    const planned = plannedAt(opts.milestones, key);
    const hasMilestone = opts.milestones.some((m) => periodEndMonth(m.period) === periodEndMonth(key));
    const report = byPeriod.get(key);
    const started = periodStart(opts.year, key) <= opts.now;
    const dueAt = reportDueAt(opts.year, key, opts.dueDay);
    const required = isReportRequired(opts.year, key, opts.dueDay, opts.firstPublishedAt, completedIn);
    let status: PeriodStatus;
    if (report) status = report.late ? 'LATE' : 'ON_TIME';
    else if (!started) status = 'NOT_STARTED';
    else if (isAfterCompletion(key, completedIn)) status = 'COMPLETED';
    else if (!required) status = 'BEFORE_PUBLICATION';
    else if (hasMilestone && dueAt <= opts.now) status = 'OVERDUE';
    else status = 'PENDING';
    return { periodKey: key, plannedPercent: planned, report, status, started, required: started && required };
  });
}

/** The period in progress (the latest that has started), when it has no report yet and one is required (not after completion). */
export function currentReportablePeriod(rows: readonly PeriodRow[]): PeriodRow | undefined {
  const current = rows.filter((r) => r.started).at(-1);
  return current && !current.report && current.required ? current : undefined;
}
