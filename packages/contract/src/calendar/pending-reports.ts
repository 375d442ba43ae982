import { periodStart, reportDueAt } from './periods.ts';
import { completionPeriod, isReportRequired, type WarningInput } from './warning.ts';

export interface PendingReport {
  periodKey: string;
  /** Planned cumulative percent of the period's milestone. */
  plannedPercent: number;
  /** The instant the report becomes late. */
  dueAt: Date;
  /** The due instant has passed: 逾期未报. */
  overdue: boolean;
}

/**
 * 本期待报送 of one target as of `now`: the periods of its plan (those with a milestone) that have started — the
 * current one may be reported while it runs — are required (not fallen due before the first publication, see
 * `isReportRequired`) and have no report yet; overdue once their due instant has passed (the rule `reportCounts`
 * counts as due). Oldest first.
 */
export function pendingReports(input: Pick<WarningInput, 'year' | 'milestones' | 'reports' | 'firstPublishedAt'>, now: Date, dueDay: number): PendingReport[] {
  const reported = new Set(input.reports.map((r) => r.periodKey));
  const completedIn = completionPeriod(input.reports);
  return input.milestones
    .filter((m) => periodStart(input.year, m.periodKey) <= now && !reported.has(m.periodKey))
    .filter((m) => isReportRequired(input.year, m.periodKey, dueDay, input.firstPublishedAt, completedIn))
    .map((m) => {
      const dueAt = reportDueAt(input.year, m.periodKey, dueDay);
      return { periodKey: m.periodKey, plannedPercent: m.plannedPercent, dueAt, overdue: dueAt < now };
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
