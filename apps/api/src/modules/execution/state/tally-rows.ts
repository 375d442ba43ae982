import type { WarningLevel } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { refreshStaleStates } from './refresh-states.ts';
import { columnScope, stateReadWhere } from './state-scope.ts';

/** The sums of the targets of one warning level (NONE: no plan in force), per unit and/or type when grouped so. */
export interface TallyRow {
  unitId?: string;
  targetTypeId?: string;
  level: WarningLevel | 'NONE';
  targets: number;
  plannedSum: number;
  actualSum: number;
  reportsDue: number;
  reportsSubmitted: number;
  reportsLate: number;
  ordersOpen: number;
  ordersOverdue: number;
  /** Every report of these targets, and the late ones among them. */
  reportCount: number;
  lateReportCount: number;
}

export interface TallyFilter {
  yearId?: string;
  /** One unit, or any of several. */
  unitId?: string | readonly string[];
  targetTypeId?: string;
}

/** The filter on the columns states and tallies share. */
export function tallyFilterWhere(q: TallyFilter) {
  return {
    ...(q.yearId && { yearId: q.yearId }),
    ...(q.unitId && { unitId: typeof q.unitId === 'string' ? q.unitId : { in: [...q.unitId] } }),
    ...(q.targetTypeId && { targetTypeId: q.targetTypeId }),
  };
}

type GroupKey = 'unitId' | 'targetTypeId';
const SUMMED = [
  'plannedSum',
  'actualSum',
  'reportsDue',
  'reportsSubmitted',
  'reportsLate',
  'ordersOpen',
  'ordersOverdue',
  'reportCount',
  'lateReportCount',
] as const;
type Group = Partial<Record<GroupKey, string>> & { level: string | null; _sum: Record<string, number | null>; _count?: { _all: number } };

/**
 * The actor's targets summed by PostgreSQL per level and the given keys, as of `now`: a GROUP BY over the maintained
 * tallies (a few hundred rows at province scale) when the actor's scope is a matter of units and types, else (责任人)
 * over the state rows of their targets ('unscoped': every target, for counts that name no target). Empty groups are
 * left out.
 */
export async function tallyRows(db: Db, actor: Actor | 'unscoped', q: TallyFilter, now: Date, by: readonly GroupKey[] = []): Promise<TallyRow[]> {
  await refreshStaleStates(db, now);
  const filter = tallyFilterWhere(q);
  const scope = actor === 'unscoped' ? {} : columnScope(actor);
  const groups = (scope
    ? await db.targetStateTally.groupBy({
        by: [...by, 'level'],
        where: { AND: [filter, scope], targets: { gt: 0 } },
        _sum: { targets: true, ...Object.fromEntries(SUMMED.map((k) => [k, true])) },
      } as never)
    : await db.targetState.groupBy({
        by: [...by, 'level'],
        where: { AND: [filter, stateReadWhere(actor as Actor)] },
        _count: { _all: true },
        _sum: {
          plannedPercent: true,
          actualPercent: true,
          reportsDue: true,
          reportsSubmitted: true,
          reportsLate: true,
          ordersOpen: true,
          ordersOverdue: true,
          reportCount: true,
          lateReportCount: true,
        },
      } as never)) as unknown as Group[];
  return groups.map((g) => {
    const sum = (k: string) => Number(g._sum[k] ?? 0);
    return {
      ...(g.unitId && { unitId: g.unitId }),
      ...(g.targetTypeId && { targetTypeId: g.targetTypeId }),
      level: (g.level ?? 'NONE') as TallyRow['level'],
      targets: g._count ? g._count._all : sum('targets'),
      plannedSum: g._count ? sum('plannedPercent') : sum('plannedSum'),
      actualSum: g._count ? sum('actualPercent') : sum('actualSum'),
      reportsDue: sum('reportsDue'),
      reportsSubmitted: sum('reportsSubmitted'),
      reportsLate: sum('reportsLate'),
      ordersOpen: sum('ordersOpen'),
      ordersOverdue: sum('ordersOverdue'),
      reportCount: sum('reportCount'),
      lateReportCount: sum('lateReportCount'),
    };
  });
}

/** Targets with a plan in force per warning level. */
export function countByLevel(rows: readonly TallyRow[]): Record<WarningLevel, number> {
  const counts: Record<WarningLevel, number> = { GREEN: 0, YELLOW: 0, RED: 0 };
  for (const r of rows) if (r.level !== 'NONE') counts[r.level] += r.targets;
  return counts;
}
