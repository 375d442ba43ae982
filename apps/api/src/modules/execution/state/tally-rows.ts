import type { WarningLevel } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { refreshStaleStates } from './refresh-states.ts';
import { columnScope, stateReadWhere } from './state-scope.ts';

/** The sums of the targets of one year, unit, type and warning level (NONE: no plan in force). */
export interface TallyRow {
  unitId: string;
  targetTypeId: string;
  level: WarningLevel | 'NONE';
  targets: number;
  plannedSum: number;
  actualSum: number;
  reportsDue: number;
  reportsSubmitted: number;
  reportsLate: number;
  ordersOpen: number;
  ordersOverdue: number;
}

export interface TallyFilter {
  yearId?: string;
  /** One unit, or any of several. */
  unitId?: string | readonly string[];
  targetTypeId?: string;
}

/**
 * The actor's targets of a year summed per unit, type and level, as of `now`: read from the maintained tallies (a few
 * hundred rows at province scale) when the actor's scope is a matter of units and types, else (责任人) summed by
 * PostgreSQL over the state rows of their targets ('unscoped': every target, for counts that name no target). Rows
 * without targets are left out.
 */
export async function tallyRows(db: Db, actor: Actor | 'unscoped', q: TallyFilter, now: Date): Promise<TallyRow[]> {
  await refreshStaleStates(db, now);
  const filter = {
    ...(q.yearId && { yearId: q.yearId }),
    ...(q.unitId && { unitId: typeof q.unitId === 'string' ? q.unitId : { in: [...q.unitId] } }),
    ...(q.targetTypeId && { targetTypeId: q.targetTypeId }),
  };
  const scope = actor === 'unscoped' ? {} : columnScope(actor);
  if (scope || actor === 'unscoped') {
    const rows = await db.targetStateTally.findMany({ where: { AND: [filter, scope ?? {}], targets: { gt: 0 } } });
    return rows.map((r) => ({ ...r, level: r.level as TallyRow['level'] }));
  }
  const groups = await db.targetState.groupBy({
    by: ['unitId', 'targetTypeId', 'level'],
    where: { AND: [filter, stateReadWhere(actor)] },
    _count: { _all: true },
    _sum: { plannedPercent: true, actualPercent: true, reportsDue: true, reportsSubmitted: true, reportsLate: true, ordersOpen: true, ordersOverdue: true },
  });
  return groups.map((g) => ({
    unitId: g.unitId,
    targetTypeId: g.targetTypeId,
    level: g.level ?? 'NONE',
    targets: g._count._all,
    plannedSum: g._sum.plannedPercent ?? 0,
    actualSum: g._sum.actualPercent ?? 0,
    reportsDue: g._sum.reportsDue ?? 0,
    reportsSubmitted: g._sum.reportsSubmitted ?? 0,
    reportsLate: g._sum.reportsLate ?? 0,
    ordersOpen: g._sum.ordersOpen ?? 0,
    ordersOverdue: g._sum.ordersOverdue ?? 0,
  }));
}

/** Targets with a plan in force per warning level. */
export function countByLevel(rows: readonly TallyRow[]): Record<WarningLevel, number> {
  const counts: Record<WarningLevel, number> = { GREEN: 0, YELLOW: 0, RED: 0 };
  for (const r of rows) if (r.level !== 'NONE') counts[r.level] += r.targets;
  return counts;
}
