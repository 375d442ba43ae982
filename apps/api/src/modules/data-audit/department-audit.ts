import type { DepartmentAudit } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import { assessorPairs } from '../assessment/assessors.ts';
import { loginInWindow, recordLate, type AuditedPeriod, type WindowDates } from './audit-window.ts';

interface Row {
  departmentId: string;
  departmentName: string;
  logins: bigint;
  failedLogins: bigint;
  lastLoginAt: Date | null;
  draft: bigint;
  submitted: bigint;
  archived: bigint;
  returned: bigint;
  voided: bigint;
  expected: bigint;
  late: bigint;
  closedAt: Date | null;
}

/**
 * One row per assessing department of the period's year (and any other department holding a record of the period): its
 * logins within the window, its records by state, what it is expected to record in the period, what is late, and the
 * latest close of the processes it records in. Everything is counted by PostgreSQL, grouped per department.
 */
export async function departmentAudit(db: Db, period: AuditedPeriod, window: WindowDates | null): Promise<DepartmentAudit[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH a AS (${assessorPairs(period.yearId)}),
    departments AS (
      SELECT "unitId" FROM a
      UNION SELECT "assessorUnitId" FROM "AssessmentRecord" WHERE "periodId" = ${period.id}::uuid
    ),
    expected AS (
      SELECT a."unitId", count(*) AS expected,
             count(*) FILTER (WHERE p.status = 'CLOSED' AND r.id IS NULL) AS missing,
             max(p."closedAt") FILTER (WHERE p.status = 'CLOSED') AS "closedAt"
      FROM a
      JOIN "AssessmentProcess" p ON p."periodId" = ${period.id}::uuid AND p."targetTypeId" = a."targetTypeId"
      LEFT JOIN "AssessmentRecord" r ON r."periodId" = p."periodId" AND r."targetId" = a."targetId" AND r."assessorUnitId" = a."unitId"
      WHERE ${period.specialTaskId}::uuid IS NULL OR a."specialTaskId" = ${period.specialTaskId}::uuid
      GROUP BY a."unitId"
    ),
    records AS (
      SELECT r."assessorUnitId" AS "unitId",
             count(*) FILTER (WHERE r.status = 'DRAFT') AS draft,
             count(*) FILTER (WHERE r.status = 'SUBMITTED') AS submitted,
             count(*) FILTER (WHERE r.status = 'ARCHIVED') AS archived,
             count(*) FILTER (WHERE r.status = 'RETURNED') AS returned,
             count(*) FILTER (WHERE r.status = 'VOIDED') AS voided,
             count(*) FILTER (WHERE ${recordLate}) AS late
      FROM "AssessmentRecord" r
      JOIN "AssessmentProcess" p ON p.id = r."processId"
      WHERE r."periodId" = ${period.id}::uuid
      GROUP BY r."assessorUnitId"
    ),
    logins AS (
      SELECT ac."unitId",
             count(*) FILTER (WHERE le.outcome = 'SUCCESS') AS logins,
             count(*) FILTER (WHERE le.outcome = 'FAILURE') AS failed,
             max(le.at) FILTER (WHERE le.outcome = 'SUCCESS') AS "lastLoginAt"
      FROM "LoginEvent" le
      JOIN "Account" ac ON ac.username = le.username
      WHERE ${loginInWindow(window)} AND ac."unitId" IN (SELECT "unitId" FROM departments)
      GROUP BY ac."unitId"
    )
    SELECT u.id AS "departmentId", u.name AS "departmentName",
           coalesce(l.logins, 0) AS logins, coalesce(l.failed, 0) AS "failedLogins", l."lastLoginAt",
           coalesce(rc.draft, 0) AS draft, coalesce(rc.submitted, 0) AS submitted, coalesce(rc.archived, 0) AS archived,
           coalesce(rc.returned, 0) AS returned, coalesce(rc.voided, 0) AS voided,
           coalesce(e.expected, 0) AS expected, coalesce(rc.late, 0) + coalesce(e.missing, 0) AS late, e."closedAt"
    FROM departments d
    JOIN "Unit" u ON u.id = d."unitId"
    LEFT JOIN expected e ON e."unitId" = d."unitId"
    LEFT JOIN records rc ON rc."unitId" = d."unitId"
    LEFT JOIN logins l ON l."unitId" = d."unitId"
    ORDER BY u."sortOrder", u.name, u.id`;
  return rows.map((r) => ({
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    logins: Number(r.logins),
    failedLogins: Number(r.failedLogins),
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    records: { draft: Number(r.draft), submitted: Number(r.submitted), archived: Number(r.archived), returned: Number(r.returned), voided: Number(r.voided) },
    expected: Number(r.expected),
    late: Number(r.late),
    closedAt: r.closedAt?.toISOString() ?? null,
  }));
}
