import { Prisma } from '@jx/db';
import type { PublishedPeriod } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';

export type PeriodRow = Omit<PublishedPeriod, 'publishedAt'> & { publishedAt: Date };

export const toPublishedPeriod = (p: PeriodRow): PublishedPeriod => ({
  periodId: p.periodId,
  name: p.name,
  code: p.code,
  kind: p.kind,
  bulletinId: p.bulletinId,
  versionNo: p.versionNo,
  publishedAt: p.publishedAt.toISOString(),
});

/** The columns of a published period, from a current bulletin `b` joined to its period `p`. */
export const PERIOD_COLUMNS = Prisma.sql`p."id" AS "periodId", p."name", p."code", p."kind"::text AS "kind",
  b."id" AS "bulletinId", b."versionNo", b."publishedAt"`;

/** The year's periods whose current bulletin holds a unit in scope, in period order. */
export function publishedPeriods(db: Db, yearId: string, scope: Prisma.Sql): Promise<PeriodRow[]> {
  return db.$queryRaw<PeriodRow[]>`
    SELECT ${PERIOD_COLUMNS}
    FROM "Bulletin" b JOIN "AssessmentPeriod" p ON p."id" = b."periodId"
    WHERE b."yearId" = ${yearId}::uuid AND b."supersededAt" IS NULL
      AND EXISTS (SELECT 1 FROM "BulletinUnit" bu WHERE bu."bulletinId" = b."id" AND ${scope})
    ORDER BY p."sortOrder", p."code"`;
}
