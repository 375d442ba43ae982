import type { PrismaClient } from '@jx/db';

/**
 * The `indicators` node of 年终 by hand in one query, for every assessed unit of the categories: a leaf scores
 * Σ score / Σ 分值 × 100 over the unit's published targets of its category's target types that have a record in force;
 * each inner indicator is the weighted mean of its present children (weights renormalised over them); the root the same
 * over the first level. The benchmark's yardstick for the engine's gather + compute + store.
 */
export async function sqlIndicatorSums(db: PrismaClient, q: { yearId: string; periodId: string; categoryIds: string[] }) {
  return db.$queryRaw<{ unitId: string; score: number }[]>`
    WITH leaf AS (
      SELECT tg."unitId", tg."indicatorId" AS id, sum(r.score) / sum(tg."maxScore") * 100 AS score
      FROM "AssessedUnit" au
      JOIN "CategoryTargetType" ct ON ct."categoryId" = au."categoryId"
      JOIN "Target" tg ON tg."unitId" = au."unitId" AND tg."yearId" = au."yearId" AND tg."targetTypeId" = ct."targetTypeId"
      JOIN "AssessmentRecord" r ON r."targetId" = tg.id AND r."periodId" = ${q.periodId}::uuid AND r.status IN ('SUBMITTED', 'ARCHIVED')
      WHERE au."yearId" = ${q.yearId}::uuid AND au."categoryId" = ANY(${q.categoryIds}::uuid[]) AND tg."publishedRevisionNo" IS NOT NULL
      GROUP BY tg."unitId", tg."indicatorId"
    ), l2 AS (
      SELECT leaf."unitId", i."parentId" AS id, sum(leaf.score * i."weightBp") / sum(i."weightBp") AS score
      FROM leaf JOIN "Indicator" i ON i.id = leaf.id GROUP BY leaf."unitId", i."parentId"
    ), l1 AS (
      SELECT l2."unitId", i."parentId" AS id, sum(l2.score * i."weightBp") / sum(i."weightBp") AS score
      FROM l2 JOIN "Indicator" i ON i.id = l2.id GROUP BY l2."unitId", i."parentId"
    )
    SELECT l1."unitId", (sum(l1.score * i."weightBp") / sum(i."weightBp"))::float8 AS score
    FROM l1 JOIN "Indicator" i ON i.id = l1.id GROUP BY l1."unitId"`;
}
