import { pendingReports, periodStart, reportDueAt, type PendingReportItem } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { readableScopeSql } from '../../statistics/readable-scope-sql.ts';

interface PlanRow {
  id: string;
  title: string;
  unitName: string;
  metricTarget: string | null;
  metricUnit: string | null;
  year: number;
  milestones: { periodKey: string; plannedPercent: number }[];
  reports: { periodKey: string; actualPercent: number }[];
  firstPublishedAt: Date | null;
}

/**
 * 本期待报送 of a unit's administrator (its unit's targets) or staff (the targets they are responsible for): every
 * started period of a plan in force without its report, overdue first, then by due instant and title. One statement
 * reads each readable published target's plan in force (the published snapshot while a revision is under review), its
 * reported periods and its first publication; the periods are then found by the same pure rule as the report counts.
 */
export async function listPendingReports(
  db: Db,
  actor: Actor,
  yearId: string,
  now: Date,
  dueDay: number,
): Promise<{ items: PendingReportItem[]; until: number }> {
  const scope = await readableScopeSql(db, actor, 't', 'id');
  const plans = await db.$queryRaw<PlanRow[]>`
    SELECT t."id", u."name" AS "unitName", y."year",
           CASE WHEN r."snapshot" IS NULL THEN t."title" ELSE r."snapshot"->>'title' END AS "title",
           CASE WHEN r."snapshot" IS NULL THEN trim_scale(t."metricTarget")::text ELSE r."snapshot"->>'metricTarget' END AS "metricTarget",
           CASE WHEN r."snapshot" IS NULL THEN t."metricUnit" ELSE r."snapshot"->>'metricUnit' END AS "metricUnit",
           CASE WHEN r."snapshot" IS NULL
             THEN coalesce((SELECT json_agg(json_build_object('periodKey', m."period", 'plannedPercent', m."plannedPercent"))
                            FROM "TargetMilestone" m WHERE m."targetId" = t."id"), '[]'::json)
             ELSE coalesce((SELECT json_agg(json_build_object('periodKey', e->>'period', 'plannedPercent', (e->>'plannedPercent')::int))
                            FROM jsonb_array_elements(r."snapshot"->'milestones') e), '[]'::json)
           END AS "milestones",
           coalesce((SELECT json_agg(json_build_object('periodKey', p."periodKey", 'actualPercent', p."actualPercent"))
                     FROM "ProgressReport" p WHERE p."targetId" = t."id"), '[]'::json) AS "reports",
           (SELECT min(v."publishedAt") FROM "TargetRevision" v WHERE v."targetId" = t."id" AND v."publishedAt" IS NOT NULL) AS "firstPublishedAt"
    FROM "Target" t
    JOIN "Unit" u ON u."id" = t."unitId"
    JOIN "Year" y ON y."id" = t."yearId"
    LEFT JOIN "TargetRevision" r ON t."status" <> 'PUBLISHED' AND r."targetId" = t."id" AND r."revisionNo" = t."publishedRevisionNo"
    WHERE t."yearId" = ${yearId}::uuid AND t."publishedRevisionNo" IS NOT NULL AND ${scope}`;
  const items = plans.flatMap((p) =>
    pendingReports({ year: p.year, milestones: p.milestones, reports: p.reports, firstPublishedAt: p.firstPublishedAt }, now, dueDay).map((pending) => ({
      targetId: p.id,
      title: p.title,
      unitName: p.unitName,
      metricTarget: p.metricTarget,
      metricUnit: p.metricUnit,
      periodKey: pending.periodKey,
      plannedPercent: pending.plannedPercent,
      dueAt: pending.dueAt.toISOString(),
      overdue: pending.overdue,
    })),
  );
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) || a.title.localeCompare(b.title, 'zh-CN'));
  return { items, until: nextCalendarChange(plans, now, dueDay) };
}

/** The first instant after `now` at which the calendar alone changes the list: a planned period begins or falls due. */
function nextCalendarChange(plans: PlanRow[], now: Date, dueDay: number): number {
  let until = Number.MAX_SAFE_INTEGER;
  for (const p of plans)
    for (const m of p.milestones)
      for (const at of [periodStart(p.year, m.periodKey), reportDueAt(p.year, m.periodKey, dueDay)]) if (at > now && at.getTime() < until) until = at.getTime();
  return until;
}
