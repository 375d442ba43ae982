import { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';

/**
 * Who assesses which published target of a year (考核部门): the departments named on the target; else those named on
 * its indicator or the nearest ancestor indicator that names any; else those named on its target type; else the type's
 * owning department. One row per (target, department). A SQL fragment, so that counts and lists group by it in
 * PostgreSQL instead of resolving target by target in Node.
 */
export const assessorPairs = (yearId: string) => Prisma.sql`
  WITH t AS (
    SELECT tg.id, tg."targetTypeId", tg."specialTaskId", tg."indicatorId" AS i1, i1."parentId" AS i2, i2."parentId" AS i3
    FROM "Target" tg
    JOIN "Indicator" i1 ON i1.id = tg."indicatorId"
    LEFT JOIN "Indicator" i2 ON i2.id = i1."parentId"
    WHERE tg."yearId" = ${yearId}::uuid AND tg."publishedRevisionNo" IS NOT NULL
  ), candidate AS (
    SELECT t.id AS "targetId", d."unitId", 6 AS rank FROM t JOIN "AssessingDepartment" d ON d."targetId" = t.id
    UNION ALL SELECT t.id, d."unitId", 5 FROM t JOIN "AssessingDepartment" d ON d."indicatorId" = t.i1
    UNION ALL SELECT t.id, d."unitId", 4 FROM t JOIN "AssessingDepartment" d ON d."indicatorId" = t.i2
    UNION ALL SELECT t.id, d."unitId", 3 FROM t JOIN "AssessingDepartment" d ON d."indicatorId" = t.i3
    UNION ALL SELECT t.id, d."unitId", 2 FROM t JOIN "AssessingDepartment" d ON d."targetTypeId" = t."targetTypeId"
    UNION ALL SELECT t.id, tt."ownerUnitId", 1 FROM t JOIN "TargetType" tt ON tt.id = t."targetTypeId"
  ), ranked AS (
    SELECT c.*, max(c.rank) OVER (PARTITION BY c."targetId") AS best FROM candidate c
  )
  SELECT DISTINCT r."targetId", r."unitId", t."targetTypeId", t."specialTaskId"
  FROM ranked r JOIN t ON t.id = r."targetId"
  WHERE r.rank = r.best`;

export interface ProcessTally {
  processId: string;
  assessorUnitId: string;
  submitted: number;
  expected: number;
}

/**
 * Records submitted (or archived) of expected, per process of the year and assessing department. A 专项 that covers a
 * special task expects only that task's targets. With `only`, those processes' only (the others are never counted).
 */
export async function processTallies(db: Db | Tx, yearId: string, only?: string | readonly string[]): Promise<ProcessTally[]> {
  const ids = only === undefined ? null : typeof only === 'string' ? [only] : [...only];
  if (ids && !ids.length) return [];
  const rows = await db.$queryRaw<{ processId: string; assessorUnitId: string; submitted: bigint; expected: bigint }[]>`
    WITH a AS (${assessorPairs(yearId)})
    SELECT p.id AS "processId", a."unitId" AS "assessorUnitId", count(*) AS expected,
           count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'ARCHIVED')) AS submitted
    FROM "AssessmentProcess" p
    JOIN "AssessmentPeriod" pe ON pe.id = p."periodId"
    JOIN a ON a."targetTypeId" = p."targetTypeId" AND (pe."specialTaskId" IS NULL OR a."specialTaskId" = pe."specialTaskId")
    LEFT JOIN "AssessmentRecord" r ON r."periodId" = p."periodId" AND r."targetId" = a."targetId" AND r."assessorUnitId" = a."unitId"
    WHERE pe."yearId" = ${yearId}::uuid ${ids ? Prisma.sql`AND p.id = ANY(${ids}::uuid[])` : Prisma.empty}
    GROUP BY p.id, a."unitId"`;
  return rows.map((r) => ({ processId: r.processId, assessorUnitId: r.assessorUnitId, submitted: Number(r.submitted), expected: Number(r.expected) }));
}
