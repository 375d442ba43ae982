import { Prisma } from '@jx/db';
import type { TrendMonth } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { readableScopeSql } from './readable-scope-sql.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import { beijingToday } from '../execution/supervision/order.mapper.ts';

export interface TrendQuery {
  yearId: string;
  unitId?: string;
  targetTypeId?: string;
}

/** The month a period ends in: M05 → 5, Q2 → 6. */
const endMonth = (column: string) => Prisma.raw(`CASE WHEN left(${column}, 1) = 'Q' THEN substr(${column}, 2)::int * 3 ELSE substr(${column}, 2)::int END`);

/** How many months of the year have begun by `now` in Beijing: 12 for a past year, 0 for a future one. */
export async function monthsBegun(db: Db, yearId: string, now: Date): Promise<number> {
  const year = await db.year.findUnique({ where: { id: yearId }, select: { year: true } });
  const today = beijingToday(now);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  if (!year || year.year > y) return 0;
  return year.year < y ? 12 : m;
}

const oneDecimal = (sum: number, n: number) => Math.round((sum * 10) / n) / 10;

/**
 * The year's monthly trend of planned against actual cumulative completion over the targets in force in the actor's
 * scope. Each target's plan and reports are cumulative percents that hold until the next period; PostgreSQL sums each
 * milestone's and report's step over the previous one per end month, so a month's average is the running sum of those
 * steps over the targets (twelve rows leave the database). The months begun by `now` (Beijing) end the actual line:
 * later months have none yet. The plan is the target's current milestones.
 */
export async function trendSql(db: Db, actor: Actor, q: TrendQuery, now: Date): Promise<{ targets: number; months: TrendMonth[] }> {
  const [currentMonth] = await Promise.all([monthsBegun(db, q.yearId, now), refreshStaleStates(db, now)]);
  const conditions = [
    Prisma.sql`s."inForce"`,
    Prisma.sql`s."yearId" = ${q.yearId}::uuid`,
    await readableScopeSql(db, actor, 's'),
    ...(q.unitId ? [Prisma.sql`s."unitId" = ${q.unitId}::uuid`] : []),
    ...(q.targetTypeId ? [Prisma.sql`s."targetTypeId" = ${q.targetTypeId}::uuid`] : []),
  ];
  const rows = await db.$queryRaw<{ month: number; targets: number; planned: number; actual: number }[]>`
    WITH t AS (SELECT s."targetId" FROM "TargetState" s WHERE ${Prisma.join(conditions, ' AND ')}),
    plan AS (
      SELECT ${endMonth('m."period"')} AS month,
             m."plannedPercent" - coalesce(lag(m."plannedPercent") OVER (PARTITION BY m."targetId" ORDER BY ${endMonth('m."period"')}), 0) AS step
      FROM "TargetMilestone" m JOIN t ON t."targetId" = m."targetId"
    ),
    actual AS (
      SELECT ${endMonth('r."periodKey"')} AS month,
             r."actualPercent" - coalesce(lag(r."actualPercent") OVER (PARTITION BY r."targetId" ORDER BY ${endMonth('r."periodKey"')}), 0) AS step
      FROM "ProgressReport" r JOIN t ON t."targetId" = r."targetId"
    )
    SELECT g.month::int AS month, (SELECT count(*) FROM t)::int AS targets,
           coalesce(p.sum, 0)::float8 AS planned, coalesce(a.sum, 0)::float8 AS actual
    FROM generate_series(1, 12) AS g(month)
    LEFT JOIN (SELECT month, sum(step) FROM plan GROUP BY month) p ON p.month = g.month
    LEFT JOIN (SELECT month, sum(step) FROM actual GROUP BY month) a ON a.month = g.month
    ORDER BY g.month`;
  const targets = rows[0]?.targets ?? 0;
  let planned = 0;
  let actual = 0;
  const months = rows.map((r) => {
    planned += r.planned;
    actual += r.actual;
    return {
      month: r.month,
      plannedPercent: targets ? oneDecimal(planned, targets) : null,
      actualPercent: targets && r.month <= currentMonth ? oneDecimal(actual, targets) : null,
    };
  });
  return { targets, months };
}
