import { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';

/**
 * The ratings a period expects, one row per (assignment, assessed unit): every unit of the assignment's category in the
 * period's year, except that a PEER never rates its own unit (the unit its account acts for) and a LEADER_DEPUTY rates
 * only the units of its portfolio. With each row, the rater's rating of that unit if there is one (any status; only a
 * SUBMITTED one counts). A SQL fragment, so that the roster's progress, a rater's list and a submit agree, and part 2
 * can read the same rule.
 */
export const expectedRatings = (periodId: string, narrow: Prisma.Sql = Prisma.empty) => Prisma.sql`
  SELECT ra.id AS "assignmentId", ra."raterAccountId", ra."group"::text AS "group", ra."categoryId", ra."indicatorId",
         au.id AS "assessedUnitId", r.id AS "ratingId", r.status::text AS "ratingStatus"
  FROM "RaterAssignment" ra
  JOIN "AssessmentPeriod" pe ON pe.id = ra."periodId"
  JOIN "Account" acc ON acc.id = ra."raterAccountId"
  JOIN "AssessedUnit" au ON au."categoryId" = ra."categoryId" AND au."yearId" = pe."yearId"
  LEFT JOIN "Rating" r ON r."periodId" = ra."periodId" AND r."group" = ra."group" AND r."raterAccountId" = ra."raterAccountId"
    AND r."assessedUnitId" = au.id AND r."indicatorId" IS NOT DISTINCT FROM ra."indicatorId"
  WHERE ra."periodId" = ${periodId}::uuid
    AND NOT (ra."group" = 'PEER' AND au."unitId" IS NOT DISTINCT FROM acc."unitId")
    AND (ra."group" <> 'LEADER_DEPUTY' OR EXISTS (
      SELECT 1 FROM "AccountPortfolioUnit" pu WHERE pu."accountId" = ra."raterAccountId" AND pu."unitId" = au."unitId"))
    ${narrow}`;

export interface ExpectedRating {
  assignmentId: string;
  raterAccountId: string;
  group: string;
  categoryId: string;
  indicatorId: string | null;
  assessedUnitId: string;
  ratingId: string | null;
  ratingStatus: 'DRAFT' | 'SUBMITTED' | null;
}

/** The expected ratings of a period, narrowed to one rater and/or one assignment. */
export function listExpected(db: Db | Tx, periodId: string, by: { raterAccountId?: string; assignmentId?: string } = {}): Promise<ExpectedRating[]> {
  const narrow = Prisma.join(
    [
      Prisma.sql`TRUE`,
      ...(by.raterAccountId ? [Prisma.sql`ra."raterAccountId" = ${by.raterAccountId}::uuid`] : []),
      ...(by.assignmentId ? [Prisma.sql`ra.id = ${by.assignmentId}::uuid`] : []),
    ],
    ' AND ',
  );
  return db.$queryRaw<ExpectedRating[]>`${expectedRatings(periodId, Prisma.sql`AND ${narrow}`)}`;
}

export interface AssignmentProgress {
  expected: number;
  submitted: number;
  drafts: number;
}

/** Expected, submitted and draft counts per assignment of a period (one GROUP BY). */
export async function assignmentProgress(db: Db | Tx, periodId: string): Promise<Map<string, AssignmentProgress>> {
  const rows = await db.$queryRaw<{ assignmentId: string; expected: bigint; submitted: bigint; drafts: bigint }[]>`
    WITH e AS (${expectedRatings(periodId)})
    SELECT e."assignmentId", count(*) AS expected,
           count(*) FILTER (WHERE e."ratingStatus" = 'SUBMITTED') AS submitted,
           count(*) FILTER (WHERE e."ratingStatus" = 'DRAFT') AS drafts
    FROM e GROUP BY e."assignmentId"`;
  return new Map(rows.map((r) => [r.assignmentId, { expected: Number(r.expected), submitted: Number(r.submitted), drafts: Number(r.drafts) }]));
}

/** Whether ratings may be written in the period: at least one of its processes is OPEN. */
export async function periodIsOpen(db: Db | Tx, periodId: string): Promise<boolean> {
  return (await db.assessmentProcess.count({ where: { periodId, status: 'OPEN' } })) > 0;
}
