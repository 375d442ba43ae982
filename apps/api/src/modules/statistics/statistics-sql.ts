import { Prisma } from '@jx/db';
import type { StatisticsGroup } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { columnScopeSql } from '../execution/state/state-scope-sql.ts';
import { UNCATEGORISED, type Tally } from './tally.ts';
import { analysisFilterSql, type AnalysisFilter } from './filter-sql.ts';

interface Row {
  id: string | null;
  name: string | null;
  order: number | null;
  targets: number;
  green: number;
  yellow: number;
  red: number;
  plannedSum: number;
  actualSum: number;
  reportsDue: number;
  reportsSubmitted: number;
  reportsLate: number;
  ordersOpen: number;
  ordersOverdue: number;
}

/** A group's sums with its order key (null: 未分类, last). */
export type OrderedTally = Tally & { order: number | null };

/** What a group is in SQL: its id on a tally row `s`, and the join and columns that name and order it. */
const GROUPS: Record<StatisticsGroup, { id: Prisma.Sql; from?: Prisma.Sql; join: Prisma.Sql; name: Prisma.Sql; order: Prisma.Sql }> = {
  unit: {
    id: Prisma.sql`s."unitId"`,
    join: Prisma.sql`JOIN "Unit" x ON x."id" = g."id"`,
    name: Prisma.sql`x."name"`,
    order: Prisma.sql`row_number() OVER (ORDER BY x."sortOrder", x."code")::int`,
  },
  targetType: {
    id: Prisma.sql`s."targetTypeId"`,
    join: Prisma.sql`JOIN "TargetType" x ON x."id" = g."id"`,
    name: Prisma.sql`x."name"`,
    order: Prisma.sql`x."sortOrder"`,
  },
  category: {
    id: Prisma.sql`au."categoryId"`,
    from: Prisma.sql`LEFT JOIN "AssessedUnit" au ON au."yearId" = s."yearId" AND au."unitId" = s."unitId"`,
    join: Prisma.sql`LEFT JOIN "AssessmentCategory" x ON x."id" = g."id"`,
    name: Prisma.sql`x."name"`,
    order: Prisma.sql`x."sortOrder"`,
  },
};

/**
 * 统计分析's groups of a year summed by PostgreSQL in one statement over the maintained tallies, in the actor's scope
 * (`columnScope` in SQL), named and given their order key: the same sums `tallyRows` and `addSums` make in Node. Tally
 * rows count when they have a target with a plan in force or an open order. Null for a 责任人 (no column scope).
 * The category group of a unit not assessed this year is null (未分类).
 */
export async function statisticsGroupsSql(
  db: Db,
  actor: Actor,
  yearId: string,
  groupBy: StatisticsGroup,
  filter: Omit<AnalysisFilter, 'yearId' | 'unitId'> = {},
): Promise<OrderedTally[] | null> {
  const scope = columnScopeSql(actor, 's');
  if (!scope) return null;
  const conditions = analysisFilterSql('s', { ...filter, yearId });
  const filters = conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  const g = GROUPS[groupBy];
  const sum = (column: string, filter = '') => Prisma.raw(`coalesce(sum(s."${column}")${filter ? ` FILTER (WHERE ${filter})` : ''}, 0)::int`);
  const rows = await db.$queryRaw<Row[]>`
    SELECT g."id"::text AS "id", ${g.name} AS "name", ${g.order} AS "order", g."targets", g."green", g."yellow", g."red",
           g."plannedSum", g."actualSum", g."reportsDue", g."reportsSubmitted", g."reportsLate", g."ordersOpen", g."ordersOverdue"
    FROM (SELECT ${g.id} AS "id",
                 ${sum('targets', `s."level" <> 'NONE'`)} AS "targets",
                 ${sum('targets', `s."level" = 'GREEN'`)} AS "green",
                 ${sum('targets', `s."level" = 'YELLOW'`)} AS "yellow",
                 ${sum('targets', `s."level" = 'RED'`)} AS "red",
                 ${sum('plannedSum')} AS "plannedSum", ${sum('actualSum')} AS "actualSum",
                 ${sum('reportsDue')} AS "reportsDue", ${sum('reportsSubmitted')} AS "reportsSubmitted",
                 ${sum('reportsLate')} AS "reportsLate", ${sum('ordersOpen')} AS "ordersOpen", ${sum('ordersOverdue')} AS "ordersOverdue"
          FROM "TargetStateTally" s ${g.from ?? Prisma.empty}
          WHERE s."yearId" = ${yearId}::uuid AND ${scope}${filters} AND s."targets" > 0 AND (s."level" <> 'NONE' OR s."ordersOpen" > 0)
          GROUP BY 1) g
    ${g.join}`;
  return rows.map((r) => ({
    id: r.id,
    name: r.id === null ? UNCATEGORISED : (r.name ?? ''),
    order: r.order,
    targets: r.targets,
    levels: { GREEN: r.green, YELLOW: r.yellow, RED: r.red },
    plannedSum: r.plannedSum,
    actualSum: r.actualSum,
    reportsDue: r.reportsDue,
    reportsSubmitted: r.reportsSubmitted,
    reportsLate: r.reportsLate,
    ordersOpen: r.ordersOpen,
    ordersOverdue: r.ordersOverdue,
  }));
}
