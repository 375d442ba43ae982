import type { StatisticsGroup, StatisticsRow } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import { stateReadWhere } from '../execution/state/state-scope.ts';
import { addSums, emptyTally, finish, merge, type GroupSums, type Tally } from './tally.ts';

export interface StatisticsQuery {
  yearId: string;
  groupBy: StatisticsGroup;
}

export interface Statistics {
  groupBy: StatisticsGroup;
  rows: StatisticsRow[];
  totals: StatisticsRow;
}

const UNCATEGORISED = '未分类';

type Label = { name: string; order: number };

/**
 * The year's targets in scope summed by PostgreSQL per unit or target type and warning level, over the maintained
 * execution states (decision 0022): one GROUP BY, whatever the number of targets. A target counts when it has a plan in
 * force or an open order.
 */
async function sumsBy(db: Db, actor: Actor, yearId: string, key: 'unitId' | 'targetTypeId') {
  const where: Prisma.TargetStateWhereInput = { yearId, OR: [{ inForce: true }, { ordersOpen: { gt: 0 } }], AND: [stateReadWhere(actor)] };
  const rows = await db.targetState.groupBy({
    by: [key, 'level'],
    where,
    _count: { _all: true },
    _sum: { plannedPercent: true, actualPercent: true, reportsDue: true, reportsSubmitted: true, reportsLate: true, ordersOpen: true, ordersOverdue: true },
  });
  return rows.map((r) => ({
    groupId: r[key] as string,
    sums: {
      level: r.level,
      count: r._count._all,
      plannedPercent: r._sum.plannedPercent ?? 0,
      actualPercent: r._sum.actualPercent ?? 0,
      reportsDue: r._sum.reportsDue ?? 0,
      reportsSubmitted: r._sum.reportsSubmitted ?? 0,
      reportsLate: r._sum.reportsLate ?? 0,
      ordersOpen: r._sum.ordersOpen ?? 0,
      ordersOverdue: r._sum.ordersOverdue ?? 0,
    } satisfies GroupSums,
  }));
}

/** The groups' names and order: units and types by their own order; 考核类别 through the year's 考核对象, 未分类 last. */
async function labelsOf(db: Db, yearId: string, groupBy: StatisticsGroup, ids: string[]) {
  const labels = new Map<string | null, Label>();
  const groupOf = new Map<string, string | null>(ids.map((id) => [id, id]));
  if (groupBy === 'targetType') {
    const types = await db.targetType.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, sortOrder: true } });
    for (const x of types) labels.set(x.id, { name: x.name, order: x.sortOrder });
  } else if (groupBy === 'unit') {
    const units = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
    units.forEach((x, i) => labels.set(x.id, { name: x.name, order: i }));
  } else {
    const assessed = await db.assessedUnit.findMany({
      where: { yearId, unitId: { in: ids } },
      select: { unitId: true, category: { select: { id: true, name: true, sortOrder: true } } },
    });
    const categoryOf = new Map(assessed.map((a) => [a.unitId, a.category.id]));
    for (const a of assessed) labels.set(a.category.id, { name: a.category.name, order: a.category.sortOrder });
    labels.set(null, { name: UNCATEGORISED, order: Number.MAX_SAFE_INTEGER });
    for (const id of ids) groupOf.set(id, categoryOf.get(id) ?? null);
  }
  return { labels, groupOf };
}

/**
 * 统计分析 of a year: per unit, target type or category, the warning levels and plan vs actual of the targets with a plan
 * in force, their reports due so far, and the open supervision orders. The actor's target scope is one more AND
 * condition of the query, never a filter applied afterwards. A group appears when it has a target or an open order in
 * scope.
 */
export async function executionStatistics(db: Db, actor: Actor, q: StatisticsQuery, now: Date): Promise<Statistics> {
  if (!(await db.year.count({ where: { id: q.yearId } }))) throw new NotFoundError('year');
  await refreshStaleStates(db, now);
  const sums = await sumsBy(db, actor, q.yearId, q.groupBy === 'targetType' ? 'targetTypeId' : 'unitId');
  const { labels, groupOf } = await labelsOf(db, q.yearId, q.groupBy, [...new Set(sums.map((s) => s.groupId))]);

  const tallies = new Map<string | null, Tally>();
  for (const { groupId, sums: s } of sums) {
    const key = groupOf.get(groupId) ?? null;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally(key, labels.get(key)?.name ?? '')));
    addSums(t, s);
  }
  const order = (t: Tally) => labels.get(t.id)?.order ?? Number.MAX_SAFE_INTEGER;
  const groups = [...tallies.values()].sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'zh-CN'));
  const totals = emptyTally(null, '合计');
  for (const t of groups) merge(totals, t);
  return { groupBy: q.groupBy, rows: groups.map(finish), totals: finish(totals) };
}
