import { ACTIVITY_EVENT_LIMIT, ACTIVITY_LOGIN_LIMIT, type DepartmentActivity } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { loginInWindow, recordLate, type AuditedPeriod, type WindowDates } from './audit-window.ts';

type Activity = DepartmentActivity;

/** The department's accounts' login attempts within the window, newest first. */
function loginsOf(db: Db, departmentId: string, window: WindowDates | null) {
  return db.$queryRaw<{ at: Date; username: string; outcome: string; ip: string | null; reason: string }[]>`
    SELECT le.at, le.username, le.outcome::text AS outcome, le.ip, le.reason
    FROM "LoginEvent" le
    JOIN "Account" ac ON ac.username = le.username
    WHERE ac."unitId" = ${departmentId}::uuid AND ${loginInWindow(window)}
    ORDER BY le.at DESC, le.id
    LIMIT ${ACTIVITY_LOGIN_LIMIT}`;
}

function recordsOf(db: Db, departmentId: string, periodId: string) {
  return db.$queryRaw<
    {
      recordId: string;
      targetId: string;
      targetTitle: string;
      unitName: string;
      status: string;
      score: Prisma.Decimal | null;
      createdAt: Date;
      submittedAt: Date | null;
      updatedAt: Date;
      late: boolean;
      processStatus: string;
      version: number;
    }[]
  >`
    SELECT r.id AS "recordId", r."targetId", tg.title AS "targetTitle", u.name AS "unitName", r.status::text AS status, r.score,
           r."createdAt", r."submittedAt", r."updatedAt", ${recordLate} AS late, p.status::text AS "processStatus", r.version
    FROM "AssessmentRecord" r
    JOIN "AssessmentProcess" p ON p.id = r."processId"
    JOIN "Target" tg ON tg.id = r."targetId"
    JOIN "Unit" u ON u.id = tg."unitId"
    WHERE r."periodId" = ${periodId}::uuid AND r."assessorUnitId" = ${departmentId}::uuid
    ORDER BY u."sortOrder", u.name, tg.title, r.id`;
}

/**
 * The audit events on the department's records of the period: those on each record, and an Excel import's one event
 * per period unfolded into its records. The save that created a record reads `records.create`.
 */
function eventsOf(db: Db, departmentId: string, periodId: string) {
  return db.$queryRaw<{ at: Date; actorName: string; action: string; recordId: string; targetTitle: string; reason: string | null }[]>`
    WITH recs AS (
      SELECT r.id, tg.title FROM "AssessmentRecord" r JOIN "Target" tg ON tg.id = r."targetId"
      WHERE r."periodId" = ${periodId}::uuid AND r."assessorUnitId" = ${departmentId}::uuid
    ), e AS (
      SELECT ae.seq, ae.at, ae."actorId", ae."actorUsername", ae.reason, recs.id AS "recordId", recs.title AS "targetTitle",
             CASE WHEN ae.action = 'records.save' AND ae.before IS NULL THEN 'records.create' ELSE ae.action END AS action
      FROM "AuditEvent" ae JOIN recs ON ae."objectType" = 'AssessmentRecord' AND ae."objectId" = recs.id::text
      WHERE ae.outcome = 'SUCCESS'
      UNION ALL
      SELECT ae.seq, ae.at, ae."actorId", ae."actorUsername", ae.reason, recs.id, recs.title, ae.action
      FROM "AuditEvent" ae
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(ae.after -> 'records') = 'array' THEN ae.after -> 'records' ELSE '[]'::jsonb END) AS item
      JOIN recs ON recs.id::text = item ->> 'id'
      WHERE ae."objectType" = 'AssessmentPeriod' AND ae."objectId" = ${periodId} AND ae.action = 'records.import' AND ae.outcome = 'SUCCESS'
    )
    SELECT e.at, coalesce(ac."displayName", e."actorUsername", '') AS "actorName", e.action, e."recordId", e."targetTitle", e.reason
    FROM e LEFT JOIN "Account" ac ON ac.id = e."actorId"
    ORDER BY e.at DESC, e.seq DESC, e."recordId"
    LIMIT ${ACTIVITY_EVENT_LIMIT}`;
}

/** One department's logins, records and the audit events on them, for one period. */
export async function departmentActivity(db: Db, period: AuditedPeriod, departmentId: string, window: WindowDates | null): Promise<Activity> {
  if (!(await db.unit.findUnique({ where: { id: departmentId }, select: { id: true } }))) throw new NotFoundError('unit');
  const [logins, records, events] = await Promise.all([
    loginsOf(db, departmentId, window),
    recordsOf(db, departmentId, period.id),
    eventsOf(db, departmentId, period.id),
  ]);
  return {
    logins: logins.map((l) => ({ ...l, at: l.at.toISOString() })),
    records: records.map((r) => ({
      ...r,
      score: r.score === null ? null : Number(r.score),
      createdAt: r.createdAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}
