import type { StatisticsRow, WarningLevel } from '@jx/contract';
import type { TallyRow } from '../execution/state/tally-rows.ts';

export const UNCATEGORISED = '未分类';

/** The columns of a tally row a group adds up. */
const SUMMED = ['plannedSum', 'actualSum', 'reportsDue', 'reportsSubmitted', 'reportsLate', 'ordersOpen', 'ordersOverdue'] as const;

/** A group's running sums; `finish` turns them into a row. */
export interface Tally extends Record<(typeof SUMMED)[number], number> {
  id: string | null;
  name: string;
  targets: number;
  levels: Record<WarningLevel, number>;
}

export function emptyTally(id: string | null, name: string): Tally {
  return {
    id,
    name,
    targets: 0,
    levels: { GREEN: 0, YELLOW: 0, RED: 0 },
    ...(Object.fromEntries(SUMMED.map((k) => [k, 0])) as Record<(typeof SUMMED)[number], number>),
  };
}

/** Adds one tally row (a unit, type and level; NONE: targets without a plan in force) to a group or the totals. */
export function addSums(t: Tally, s: TallyRow) {
  if (s.level !== 'NONE') {
    t.targets += s.targets;
    t.levels[s.level] += s.targets;
  }
  for (const k of SUMMED) t[k] += s[k];
}

/** Adds a whole group to the totals. */
export function addTally(t: Tally, g: Tally) {
  t.targets += g.targets;
  for (const level of ['GREEN', 'YELLOW', 'RED'] as const) t.levels[level] += g.levels[level];
  for (const k of SUMMED) t[k] += g[k];
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
