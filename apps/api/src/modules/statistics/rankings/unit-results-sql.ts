import { Prisma } from '@jx/db';
import type { RadarAxis, UnitPeriodResult } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { hasRole } from '../../../lib/context.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { rankingScopeSql, readsOthersScores } from './ranking-scope-sql.ts';
import { PERIOD_COLUMNS, toPublishedPeriod, type PeriodRow } from './published-periods-sql.ts';

type ResultRow = PeriodRow & {
  year: number;
  yearId: string;
  categoryId: string;
  categoryName: string;
  final: Prisma.Decimal;
  grade: string;
  rank: number;
  unitCount: number;
  categoryMean: Prisma.Decimal | null;
};

/**
 * One unit's results in every current bulletin, oldest year first and in period order: score, grade, rank of its
 * category and the category's mean. A unit's admin reads only its own unit (another: 404) and the mean only where the
 * bulletin shows units each other's scores.
 */
export async function unitResultsSql(db: Db, actor: Actor, unitId: string) {
  const ownOnly = !readsOthersScores(actor);
  if (ownOnly && !(hasRole(actor, 'UNIT_ADMIN') && actor.unitId === unitId)) throw new NotFoundError('unit');
  if (!(await db.unit.count({ where: { id: unitId } }))) throw new NotFoundError('unit');
  const scope = rankingScopeSql(actor, 'bu');
  const rows = await db.$queryRaw<ResultRow[]>`
    SELECT ${PERIOD_COLUMNS}, y."year", y."id" AS "yearId", bu."categoryId", c."name" AS "categoryName", bu."final", bu."grade", bu."rank",
      cat."unitCount",
      CASE WHEN ${!ownOnly} OR (b."snapshot"->>'unitsSeeOthers')::boolean THEN round(cat."mean", 2) END AS "categoryMean"
    FROM "BulletinUnit" bu
    JOIN "Bulletin" b ON b."id" = bu."bulletinId"
    JOIN "AssessmentPeriod" p ON p."id" = b."periodId"
    JOIN "Year" y ON y."id" = b."yearId"
    JOIN "AssessmentCategory" c ON c."id" = bu."categoryId"
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS "unitCount", avg(x."final") AS "mean" FROM "BulletinUnit" x
      WHERE x."bulletinId" = bu."bulletinId" AND x."categoryId" = bu."categoryId"
    ) cat
    WHERE bu."unitId" = ${unitId}::uuid AND b."supersededAt" IS NULL AND ${scope}
    ORDER BY y."year", p."sortOrder", p."code"`;
  const items: UnitPeriodResult[] = rows.map((r) => ({
    year: r.year,
    yearId: r.yearId,
    period: toPublishedPeriod(r),
    categoryId: r.categoryId,
    categoryName: r.categoryName,
    final: Number(r.final),
    grade: r.grade,
    rank: r.rank,
    unitCount: r.unitCount,
    categoryMean: r.categoryMean === null ? null : Number(r.categoryMean),
  }));
  const latest = rows.reduce<ResultRow | null>((a, r) => (!a || r.publishedAt > a.publishedAt ? r : a), null);
  if (!latest) return { items, radar: null };
  const seesMean = !ownOnly || (await unitsSeeOthers(db, latest.bulletinId));
  const axes = await radarAxes(db, latest.bulletinId, latest.categoryId, unitId, seesMean);
  return { items, radar: { periodName: latest.name, year: latest.year, axes } };
}

async function unitsSeeOthers(db: Db, bulletinId: string) {
  const [row] = await db.$queryRaw<{ sees: boolean }[]>`
    SELECT coalesce((b."snapshot"->>'unitsSeeOthers')::boolean, false) AS "sees" FROM "Bulletin" b WHERE b."id" = ${bulletinId}::uuid`;
  return row?.sees ?? false;
}

/**
 * The radar of one unit in one bulletin: its first-level indicators (those of an `indicators` node at the receipt's
 * root or one level below it), or else the root's parts, each 0–100, against the mean of the units of its category.
 */
async function radarAxes(db: Db, bulletinId: string, categoryId: string, unitId: string, seesMean: boolean): Promise<RadarAxis[]> {
  const axesOf = (items: Prisma.Sql, key: Prisma.Sql, label: Prisma.Sql) => db.$queryRaw<
    { key: string; label: string; score: number | null; mean: number | null }[]
  >`
    SELECT ${key} AS "key", min(${label}) AS "label",
      round(avg((i.item->>'score')::numeric) FILTER (WHERE bu."unitId" = ${unitId}::uuid), 2)::float AS "score",
      round(avg((i.item->>'score')::numeric), 2)::float AS "mean"
    FROM "BulletinUnit" bu CROSS JOIN LATERAL (${items}) i
    WHERE bu."bulletinId" = ${bulletinId}::uuid AND bu."categoryId" = ${categoryId}::uuid
    GROUP BY ${key}
    ORDER BY min(i.ord)`;
  let rows = await axesOf(
    Prisma.sql`SELECT item, ord FROM jsonb_path_query(bu."receipt", '$.tree ? (@.kind == "indicators").indicators[*]') WITH ORDINALITY AS t(item, ord)
      UNION ALL
      SELECT item, 1000 + ord FROM jsonb_path_query(bu."receipt", '$.tree.children[*].node ? (@.kind == "indicators").indicators[*]') WITH ORDINALITY AS t(item, ord)`,
    Prisma.sql`i.item->>'indicatorId'`,
    Prisma.sql`i.item->>'name'`,
  );
  if (!rows.length)
    rows = await axesOf(
      Prisma.sql`SELECT item, ord FROM jsonb_path_query(bu."receipt", '$.tree.children[*].node') WITH ORDINALITY AS t(item, ord)`,
      Prisma.sql`i.item->>'path'`,
      Prisma.sql`i.item->>'label'`,
    );
  return rows.map((r) => ({ key: r.key, label: r.label, score: r.score, categoryMean: seesMean ? r.mean : null }));
}
