import { computeWarning, type StatisticsGroup, type StatisticsRow } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { targetReadWhere } from '../targets/target.policy.ts';
import type { SettingsStore } from '../settings/settings.store.ts';
import { plansInForce, warningThresholds } from '../execution/warnings/warning.service.ts';
import { addOpenOrder, addTarget, emptyTally, finish, merge, reportCounts, type Tally } from './tally.ts';

export interface StatisticsQuery {
  yearId: string;
  groupBy: StatisticsGroup;
}

export interface Statistics {
  groupBy: StatisticsGroup;
  rows: StatisticsRow[];
  totals: StatisticsRow;
}

/** Where a target falls: its unit and type (the category follows from the unit). */
type Placement = { unitId: string; targetTypeId: string };

/** A group's id, name and place in the table, for every group a target or an order of the scope falls in. */
interface Grouping {
  keyOf(p: Placement): string | null;
  labels: Map<string | null, { name: string; order: number }>;
}

const UNCATEGORISED = '未分类';

async function grouping(db: Db, yearId: string, groupBy: StatisticsGroup, placements: readonly Placement[]): Promise<Grouping> {
  const unitIds = [...new Set(placements.map((p) => p.unitId))];
  if (groupBy === 'targetType') {
    const types = await db.targetType.findMany({
      where: { id: { in: [...new Set(placements.map((p) => p.targetTypeId))] } },
      select: { id: true, name: true, sortOrder: true },
    });
    return { keyOf: (p) => p.targetTypeId, labels: new Map(types.map((x) => [x.id, { name: x.name, order: x.sortOrder }])) };
  }
  if (groupBy === 'unit') {
    const units = await db.unit.findMany({
      where: { id: { in: unitIds } },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    });
    return { keyOf: (p) => p.unitId, labels: new Map(units.map((x, i) => [x.id, { name: x.name, order: i }])) };
  }
  // 考核类别: through the year's 考核对象; a unit that is not one of them falls under 未分类, listed last.
  const assessed = await db.assessedUnit.findMany({
    where: { yearId, unitId: { in: unitIds } },
    select: { unitId: true, category: { select: { id: true, name: true, sortOrder: true } } },
  });
  const categoryOf = new Map(assessed.map((a) => [a.unitId, a.category.id]));
  const labels = new Map<string | null, { name: string; order: number }>(
    assessed.map((a) => [a.category.id, { name: a.category.name, order: a.category.sortOrder }]),
  );
  labels.set(null, { name: UNCATEGORISED, order: Number.MAX_SAFE_INTEGER });
  return { keyOf: (p) => categoryOf.get(p.unitId) ?? null, labels };
}

/**
 * 统计分析 of a year: per unit, target type or category, the warning levels and plan vs actual of the targets with a plan
 * in force, their reports due so far, and the open supervision orders. The scope is the warning centre's: the actor's
 * target scope is one more AND condition of each query (targets, and orders through their target), never a filter
 * applied afterwards. A group appears when it has a target or an open order in scope.
 */
export async function executionStatistics(db: Db, settings: SettingsStore, actor: Actor, q: StatisticsQuery, now: Date): Promise<Statistics> {
  if (!(await db.year.count({ where: { id: q.yearId } }))) throw new NotFoundError('year');
  const where: Prisma.TargetWhereInput = { AND: [targetReadWhere(actor), { yearId: q.yearId }] };
  const [thresholds, plans, orders] = await Promise.all([
    warningThresholds(settings),
    plansInForce(db, where),
    db.supervisionOrder.findMany({
      where: { target: where, status: { not: 'CLOSED' } },
      select: { dueDate: true, target: { select: { unitId: true, targetTypeId: true } } },
    }),
  ]);
  const g = await grouping(db, q.yearId, q.groupBy, [...plans.map((p) => p.target), ...orders.map((o) => o.target)]);

  const tallies = new Map<string | null, Tally>();
  const tallyOf = (p: Placement) => {
    const key = g.keyOf(p);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally(key, g.labels.get(key)?.name ?? '')));
    return t;
  };
  for (const { target, input } of plans) addTarget(tallyOf(target), computeWarning(input, now, thresholds), reportCounts(input, now, thresholds.dueDay));
  for (const o of orders) addOpenOrder(tallyOf(o.target), o.dueDate, now);

  const order = (t: Tally) => g.labels.get(t.id)?.order ?? Number.MAX_SAFE_INTEGER;
  const groups = [...tallies.values()].sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'zh-CN'));
  const totals = emptyTally(null, '合计');
  for (const t of groups) merge(totals, t);
  return { groupBy: q.groupBy, rows: groups.map(finish), totals: finish(totals) };
}
