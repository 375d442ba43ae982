import type { Prisma } from '@jx/db';
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
 * The radar of one unit in one bulletin: its first-level indicators, read from every `indicators` node of the receipt
 * at whatever depth the model puts it (a category group → section → indicators, or an indicator per branch), in the
 * model's order (an indicator scored by several nodes, 半年 and 本期, is their mean), else the root's parts; each 0–100
 * against the mean of the units of its category. One statement.
 */
async function radarAxes(db: Db, bulletinId: string, categoryId: string, unitId: string, seesMean: boolean): Promise<RadarAxis[]> {
  // `.**` walks the tree depth first, so the ordinality follows the model. Strict mode: an array met on the way is
  // not unwrapped into a second match; a node without `kind` is simply not one.
  const rows = await db.$queryRaw<{ key: string; label: string; score: number | null; mean: number | null }[]>`
    WITH units AS (
      SELECT bu."unitId", bu."receipt" FROM "BulletinUnit" bu WHERE bu."bulletinId" = ${bulletinId}::uuid AND bu."categoryId" = ${categoryId}::uuid
    ), indicators AS (
      SELECT u."unitId", i.item->>'indicatorId' AS "key", i.item->>'name' AS "label", (i.item->>'score')::numeric AS "score", i.ord
      FROM units u CROSS JOIN LATERAL jsonb_path_query(u."receipt", 'strict $.tree.** ? (@.kind == "indicators").indicators[*]') WITH ORDINALITY AS i(item, ord)
    ), parts AS (
      SELECT u."unitId", p.part->>'path' AS "key", p.part->>'label' AS "label", (p.part->>'score')::numeric AS "score", p.ord
      FROM units u CROSS JOIN LATERAL jsonb_path_query(u."receipt", '$.tree.children[*].node') WITH ORDINALITY AS p(part, ord)
      WHERE NOT EXISTS (SELECT 1 FROM indicators)
    ), axes AS (SELECT * FROM indicators UNION ALL SELECT * FROM parts)
    SELECT a."key", min(a."label") AS "label",
      round(avg(a."score") FILTER (WHERE a."unitId" = ${unitId}::uuid), 2)::float AS "score",
      round(avg(a."score"), 2)::float AS "mean"
    FROM axes a
    GROUP BY a."key"
    ORDER BY min(a.ord)`;
  return rows.map((r) => ({ key: r.key, label: r.label, score: r.score, categoryMean: seesMean ? r.mean : null }));
}
