import type { StatisticsGroup, StatisticsRow } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { tallyRows, type TallyRow } from '../execution/state/tally-rows.ts';
import { addSums, addTally, emptyTally, finish, UNCATEGORISED, type Tally } from './tally.ts';
import { statisticsGroupsSql } from './statistics-sql.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';

export interface StatisticsQuery {
  yearId: string;
  groupBy: StatisticsGroup;
  targetTypeId?: string;
  categoryId?: string;
}

export interface Statistics {
  groupBy: StatisticsGroup;
  rows: StatisticsRow[];
  totals: StatisticsRow;
}

type Label = { name: string; order: number };

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
 * in force, their reports due so far, and the open supervision orders, from the maintained tallies (decision 0022): a few
 * hundred rows whatever the number of targets, summed and named by PostgreSQL in one statement. The actor's target scope
 * is one more AND condition of the query, never a filter applied afterwards. A group appears when it has a target or an
 * open order in scope.
 */
export async function executionStatistics(db: Db, actor: Actor, q: StatisticsQuery, now: Date): Promise<Statistics> {
  if (!(await db.year.count({ where: { id: q.yearId } }))) throw new NotFoundError('year');
  await refreshStaleStates(db, now);
  const grouped = await statisticsGroupsSql(db, actor, q.yearId, q.groupBy, { targetTypeId: q.targetTypeId, categoryId: q.categoryId });
  if (!grouped) return statisticsFromTallyRows(db, actor, q, now);
  const totals = emptyTally(null, '合计');
  for (const g of grouped) addTally(totals, g);
  const order = (g: (typeof grouped)[number]) => g.order ?? Number.MAX_SAFE_INTEGER;
  const rows = grouped.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'zh-CN'));
  return { groupBy: q.groupBy, rows: rows.map(finish), totals: finish(totals) };
}

/** The same statistics summed in Node from `tallyRows` (a 责任人's, whose scope is their targets, not units and types). */
export async function statisticsFromTallyRows(db: Db, actor: Actor, q: StatisticsQuery, now: Date): Promise<Statistics> {
  // A target counts when it has a plan in force or an open order.
  const key = q.groupBy === 'targetType' ? 'targetTypeId' : 'unitId';
  const unitId = q.categoryId
    ? (await db.assessedUnit.findMany({ where: { yearId: q.yearId, categoryId: q.categoryId }, select: { unitId: true } })).map((a) => a.unitId)
    : undefined;
  const filter = { yearId: q.yearId, targetTypeId: q.targetTypeId, unitId };
  const rows = (await tallyRows(db, actor, filter, now, [key])).filter((r) => r.level !== 'NONE' || r.ordersOpen > 0);
  const groupId = (r: TallyRow) => r[key]!;
  const { labels, groupOf } = await labelsOf(db, q.yearId, q.groupBy, [...new Set(rows.map(groupId))]);

  const tallies = new Map<string | null, Tally>();
  const totals = emptyTally(null, '合计');
  for (const r of rows) {
    addSums(totals, r);
    const key = groupOf.get(groupId(r)) ?? null;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally(key, labels.get(key)?.name ?? '')));
    addSums(t, r);
  }
  const order = (t: Tally) => labels.get(t.id)?.order ?? Number.MAX_SAFE_INTEGER;
  const groups = [...tallies.values()].sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'zh-CN'));
  return { groupBy: q.groupBy, rows: groups.map(finish), totals: finish(totals) };
}
