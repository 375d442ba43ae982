import type { StatisticsRow, WarningLevel } from '@jx/contract';
import type { TallyRow } from '../execution/state/tally-rows.ts';

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

/** Adds one tally row (a unit, type and level; NONE: targets without a plan in force) to a group. */
export function addSums(t: Tally, s: TallyRow) {
  if (s.level !== 'NONE') {
    t.targets += s.targets;
    t.levels[s.level] += s.targets;
  }
  t.plannedSum += s.plannedSum;
  t.actualSum += s.actualSum;
  t.reportsDue += s.reportsDue;
  t.reportsSubmitted += s.reportsSubmitted;
  t.reportsLate += s.reportsLate;
  t.ordersOpen += s.ordersOpen;
  t.ordersOverdue += s.ordersOverdue;
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
