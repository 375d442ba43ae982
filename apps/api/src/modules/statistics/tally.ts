import { isReportRequired, reportDueAt, type StatisticsRow, type Warning, type WarningLevel } from '@jx/contract';
import { formatDate } from '../../lib/dates.ts';
import type { PlanInForce } from '../execution/warnings/warning.service.ts';

/** A group's running sums; `finish` turns them into a row. */
export interface Tally {
  id: string | null;
  name: string;
  targets: number;
  levels: Record<WarningLevel, number>;
  plannedSum: number;
  actualSum: number;
  reportsDue: number;
  reportsSubmitted: number;
  reportsLate: number;
  ordersOpen: number;
  ordersOverdue: number;
}

export function emptyTally(id: string | null, name: string): Tally {
  return {
    id,
    name,
    targets: 0,
    levels: { GREEN: 0, YELLOW: 0, RED: 0 },
    plannedSum: 0,
    actualSum: 0,
    reportsDue: 0,
    reportsSubmitted: 0,
    reportsLate: 0,
    ordersOpen: 0,
    ordersOverdue: 0,
  };
}

/**
 * A target's reports as of `now`: the periods of its plan whose report has fallen due and is required (the rule of the
 * warning's overdue days), how many of them were reported, and how many of those late.
 */
export function reportCounts(input: PlanInForce['input'], now: Date, dueDay: number) {
  const byPeriod = new Map(input.reports.map((r) => [r.periodKey, r]));
  let due = 0;
  let submitted = 0;
  let late = 0;
  for (const m of input.milestones) {
    if (reportDueAt(input.year, m.periodKey, dueDay) >= now || !isReportRequired(input.year, m.periodKey, dueDay, input.firstPublishedAt)) continue;
    due++;
    const report = byPeriod.get(m.periodKey);
    if (report) {
      submitted++;
      if (report.late) late++;
    }
  }
  return { due, submitted, late };
}

export function addTarget(t: Tally, w: Pick<Warning, 'level' | 'plannedPercent' | 'actualPercent'>, reports: ReturnType<typeof reportCounts>) {
  t.targets++;
  t.levels[w.level]++;
  t.plannedSum += w.plannedPercent;
  t.actualSum += w.actualPercent;
  t.reportsDue += reports.due;
  t.reportsSubmitted += reports.submitted;
  t.reportsLate += reports.late;
}

/** Today's date in Beijing (`YYYY-MM-DD`). */
const beijingToday = (now: Date) => formatDate(new Date(now.getTime() + 8 * 3_600_000));

/** An order not closed; overdue when due before today, Beijing time (the rule of orders.list's `overdue` filter). */
export function addOpenOrder(t: Tally, dueDate: Date, now: Date) {
  t.ordersOpen++;
  if (formatDate(dueDate) < beijingToday(now)) t.ordersOverdue++;
}

/** Sums two tallies into the first (the totals row). */
export function merge(into: Tally, t: Tally) {
  into.targets += t.targets;
  for (const lv of ['GREEN', 'YELLOW', 'RED'] as const) into.levels[lv] += t.levels[lv];
  into.plannedSum += t.plannedSum;
  into.actualSum += t.actualSum;
  into.reportsDue += t.reportsDue;
  into.reportsSubmitted += t.reportsSubmitted;
  into.reportsLate += t.reportsLate;
  into.ordersOpen += t.ordersOpen;
  into.ordersOverdue += t.ordersOverdue;
}

const average = (sum: number, n: number) => (n ? Math.round((sum / n) * 10) / 10 : null);

export function finish(t: Tally): StatisticsRow {
  return {
    id: t.id,
    name: t.name,
    targets: t.targets,
    green: t.levels.GREEN,
    yellow: t.levels.YELLOW,
    red: t.levels.RED,
    avgPlannedPercent: average(t.plannedSum, t.targets),
    avgActualPercent: average(t.actualSum, t.targets),
    reportsDue: t.reportsDue,
    reportsSubmitted: t.reportsSubmitted,
    reportsLate: t.reportsLate,
    reportsOverdue: t.reportsDue - t.reportsSubmitted,
    ordersOpen: t.ordersOpen,
    ordersOverdue: t.ordersOverdue,
  };
}
