import { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { readableScopeSql } from './readable-scope-sql.ts';
import { beijingToday } from '../execution/supervision/order.mapper.ts';
import { analysisFilterSql, type AnalysisFilter } from './filter-sql.ts';

export type MonthlyQuery = AnalysisFilter;

/** How the monthly sums are grouped: all together, or per unit, target type or 考核类别 (the unit's in the year). */
export type MonthlyGroup = 'all' | 'unit' | 'targetType' | 'category';

/** One group's month: its targets in force, and the sums of the plan's and the reports' steps that end in the month. */
export interface MonthlyStepRow {
  /** The unit, target type or category (null: a unit not assessed in the year); null all together. */
  groupId: string | null;
  month: number;
  targets: number;
  planned: number;
  actual: number;
}

const ALL = '00000000-0000-0000-0000-000000000000';

/** The month a period ends in: M05 → 5, Q2 → 6. */
const endMonth = (column: string) => Prisma.raw(`CASE WHEN left(${column}, 1) = 'Q' THEN substr(${column}, 2)::int * 3 ELSE substr(${column}, 2)::int END`);

/** How many months of the year have begun by `now` in Beijing: 12 for a past year, 0 for a future one. */
export async function monthsBegun(db: Db, yearId: string, now: Date): Promise<number> {
  const year = await db.year.findUnique({ where: { id: yearId }, select: { year: true } });
  return monthsBegunIn(year?.year ?? null, now);
}

/** The same for a year given by its number (null: no such year). */
export function monthsBegunIn(year: number | null, now: Date): number {
  const today = beijingToday(now);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  if (year === null || year > y) return 0;
  return year < y ? 12 : m;
}

/**
 * Monthly plan and actual over the targets in force in the actor's scope, per unit or all together. Each target's plan
 * and reports are cumulative percents that hold until the next period; PostgreSQL sums each milestone's and report's
 * step over the previous one per end month, so a month's average is the running sum of those steps over the group's
 * targets, and only twelve rows per group leave the database. The plan is the target's current milestones.
 */
export async function monthlySteps(db: Db, actor: Actor, q: MonthlyQuery, by: MonthlyGroup): Promise<MonthlyStepRow[]> {
  const conditions = [
    Prisma.sql`s."inForce"`,
    Prisma.sql`s."yearId" = ${q.yearId}::uuid`,
    await readableScopeSql(db, actor, 's'),
    ...analysisFilterSql('s', q),
  ];
  // Every group is a non-NULL uuid (all together a constant, a unit without a category another), so the joins below
  // stay plain equalities (hash joins).
  const group = {
    all: Prisma.sql`${ALL}::uuid`,
    unit: Prisma.sql`s."unitId"`,
    targetType: Prisma.sql`s."targetTypeId"`,
    category: Prisma.sql`coalesce(au."categoryId", ${ALL}::uuid)`,
  }[by];
  const categoryJoin = by === 'category' ? Prisma.sql`LEFT JOIN "AssessedUnit" au ON au."yearId" = s."yearId" AND au."unitId" = s."unitId"` : Prisma.empty;
  return db.$queryRaw<MonthlyStepRow[]>`
    WITH t AS (SELECT s."targetId", ${group} AS g FROM "TargetState" s ${categoryJoin} WHERE ${Prisma.join(conditions, ' AND ')}),
    n AS (SELECT g, count(*)::int AS targets FROM t GROUP BY g),
    plan AS (
      SELECT t.g, ${endMonth('m."period"')} AS month,
             m."plannedPercent" - coalesce(lag(m."plannedPercent") OVER (PARTITION BY m."targetId" ORDER BY ${endMonth('m."period"')}), 0) AS step
      FROM "TargetMilestone" m JOIN t ON t."targetId" = m."targetId"
    ),
    actual AS (
      SELECT t.g, ${endMonth('r."periodKey"')} AS month,
             r."actualPercent" - coalesce(lag(r."actualPercent") OVER (PARTITION BY r."targetId" ORDER BY ${endMonth('r."periodKey"')}), 0) AS step
      FROM "ProgressReport" r JOIN t ON t."targetId" = r."targetId"
    )
    SELECT ${by === 'all' ? Prisma.sql`NULL` : Prisma.sql`nullif(n.g, ${ALL}::uuid)::text`} AS "groupId", gs.month::int AS month, n.targets,
           coalesce(p.sum, 0)::float8 AS planned, coalesce(a.sum, 0)::float8 AS actual
    FROM n CROSS JOIN generate_series(1, 12) AS gs(month)
    LEFT JOIN (SELECT g, month, sum(step) FROM plan GROUP BY g, month) p ON p.g = n.g AND p.month = gs.month
    LEFT JOIN (SELECT g, month, sum(step) FROM actual GROUP BY g, month) a ON a.g = n.g AND a.month = gs.month
    ORDER BY n.g, gs.month`;
}

/** The rows of `monthlySteps` per group, each group's twelve months in order. */
export function monthsByGroup(rows: readonly MonthlyStepRow[]): Map<string | null, MonthlyStepRow[]> {
  const groups = new Map<string | null, MonthlyStepRow[]>();
  for (const r of rows) {
    const months = groups.get(r.groupId);
    if (months) months.push(r);
    else groups.set(r.groupId, [r]);
  }
  return groups;
}

const oneDecimal = (sum: number, n: number) => Math.round((sum * 10) / n) / 10;

/** One group's twelve months as averages of the running sums; actuals only for the months begun. */
export function accumulate(rows: readonly MonthlyStepRow[], monthsBegun: number) {
  let planned = 0;
  let actual = 0;
  return rows.map((r) => {
    planned += r.planned;
    actual += r.actual;
    return {
      month: r.month,
      plannedPercent: oneDecimal(planned, r.targets),
      actualPercent: r.month <= monthsBegun ? oneDecimal(actual, r.targets) : null,
    };
  });
}
