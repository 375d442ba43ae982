import { Prisma } from '@jx/db';
import type { LatestRanking, RankingCategory } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { rankingScopeSql } from './ranking-scope-sql.ts';
import { PERIOD_COLUMNS, publishedPeriods, toPublishedPeriod, type PeriodRow } from './published-periods-sql.ts';

type RowOut = {
  categoryId: string;
  categoryName: string;
  unitCount: number;
  unitId: string;
  unitName: string;
  final: Prisma.Decimal;
  grade: string;
  rank: number;
};

const rowOf = (r: RowOut) => ({ unitId: r.unitId, unitName: r.unitName, final: Number(r.final), grade: r.grade, rank: r.rank });

/** The ranked rows in scope of one bulletin (or of each listed bulletin–category pair), category by category, by rank. */
const ROW_COLUMNS = Prisma.sql`bu."categoryId", c."name" AS "categoryName", u."id" AS "unitId", u."name" AS "unitName", bu."final", bu."grade", bu."rank",
  (SELECT count(*)::int FROM "BulletinUnit" x WHERE x."bulletinId" = bu."bulletinId" AND x."categoryId" = bu."categoryId") AS "unitCount"`;

/**
 * 排名与等次分布 of one period: the rows of its current bulletin in the caller's scope, per category by rank, and the
 * units per grade counted by PostgreSQL (GROUP BY) over the same rows. Without `periodId`, the year's latest published period.
 */
export async function rankingsSql(db: Db, actor: Actor, q: { yearId: string; periodId?: string }) {
  if (!(await db.year.count({ where: { id: q.yearId } }))) throw new NotFoundError('year');
  const scope = rankingScopeSql(actor, 'bu');
  const periods = await publishedPeriods(db, q.yearId, scope);
  const latest = periods.reduce<PeriodRow | null>((a, p) => (!a || p.publishedAt > a.publishedAt ? p : a), null);
  const period = q.periodId ? (periods.find((p) => p.periodId === q.periodId) ?? null) : latest;
  if (!period) return { periods: periods.map(toPublishedPeriod), period: null, categories: [] };

  const [rows, grades] = await Promise.all([
    db.$queryRaw<RowOut[]>`
      SELECT ${ROW_COLUMNS}
      FROM "BulletinUnit" bu
      JOIN "AssessmentCategory" c ON c."id" = bu."categoryId"
      JOIN "Unit" u ON u."id" = bu."unitId"
      WHERE bu."bulletinId" = ${period.bulletinId}::uuid AND ${scope}
      ORDER BY c."sortOrder", c."name", bu."position"`,
    db.$queryRaw<{ categoryId: string; grade: string; count: number }[]>`
      SELECT bu."categoryId", bu."grade", count(*)::int AS "count"
      FROM "BulletinUnit" bu
      WHERE bu."bulletinId" = ${period.bulletinId}::uuid AND ${scope}
      GROUP BY bu."categoryId", bu."grade"
      ORDER BY max(bu."final") DESC, bu."grade"`,
  ]);
  const categories = new Map<string, RankingCategory>();
  for (const r of rows) {
    let c = categories.get(r.categoryId);
    if (!c) categories.set(r.categoryId, (c = { categoryId: r.categoryId, categoryName: r.categoryName, unitCount: r.unitCount, rows: [], grades: [] }));
    c.rows.push(rowOf(r));
  }
  for (const g of grades) categories.get(g.categoryId)?.grades.push({ grade: g.grade, count: g.count });
  return { periods: periods.map(toPublishedPeriod), period: toPublishedPeriod(period), categories: [...categories.values()] };
}

/** 最新排名 for the leader's home: per category of the year, its latest current bulletin and the first three in scope. */
export async function latestRankingsSql(db: Db, actor: Actor, yearId: string): Promise<{ items: LatestRanking[] }> {
  const scope = rankingScopeSql(actor, 'bu');
  const rows = await db.$queryRaw<(RowOut & PeriodRow & { year: number; yearId: string })[]>`
    WITH latest AS (
      SELECT DISTINCT ON (bu."categoryId") bu."categoryId", b."id" AS "bulletinId"
      FROM "BulletinUnit" bu JOIN "Bulletin" b ON b."id" = bu."bulletinId"
      WHERE b."yearId" = ${yearId}::uuid AND b."supersededAt" IS NULL AND ${scope}
      ORDER BY bu."categoryId", b."publishedAt" DESC
    ), ranked AS (
      -- The columns shown, never the receipt: a unit's receipt holds all its targets.
      SELECT bu."bulletinId", bu."categoryId", bu."unitId", bu."position", bu."final", bu."grade", bu."rank",
             row_number() OVER (PARTITION BY bu."categoryId" ORDER BY bu."position") AS n
      FROM "BulletinUnit" bu JOIN latest l ON l."bulletinId" = bu."bulletinId" AND l."categoryId" = bu."categoryId"
      WHERE ${scope}
    )
    SELECT ${ROW_COLUMNS}, ${PERIOD_COLUMNS}, y."year", y."id" AS "yearId"
    FROM ranked bu
    JOIN "Bulletin" b ON b."id" = bu."bulletinId"
    JOIN "AssessmentPeriod" p ON p."id" = b."periodId"
    JOIN "Year" y ON y."id" = b."yearId"
    JOIN "AssessmentCategory" c ON c."id" = bu."categoryId"
    JOIN "Unit" u ON u."id" = bu."unitId"
    WHERE bu.n <= 3
    ORDER BY c."sortOrder", c."name", bu."position"`;
  const items = new Map<string, LatestRanking>();
  for (const r of rows) {
    let item = items.get(r.categoryId);
    if (!item)
      items.set(
        r.categoryId,
        (item = {
          categoryId: r.categoryId,
          categoryName: r.categoryName,
          yearId: r.yearId,
          year: r.year,
          period: toPublishedPeriod(r),
          unitCount: r.unitCount,
          top: [],
        }),
      );
    item.top.push(rowOf(r));
  }
  return { items: [...items.values()] };
}
