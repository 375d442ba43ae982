import { completionPeriod, isAfterCompletion, type TargetSnapshot } from '@jx/contract';
import type { Db } from '../../lib/db.ts';

/** A period of an ACTIVE year whose report falls due within the reminder window (or already has). */
export interface CandidatePeriod {
  yearId: string;
  period: string;
  dueAt: Date;
}

/** A period of a target with a plan in force that is still unreported, with the plan's title and responsible persons. */
export interface UnreportedPeriod {
  targetId: string;
  title: string;
  unitId: string;
  personIds: string[];
  period: string;
  dueAt: Date;
}

// Prisma's DateTime columns are `timestamp(3)` holding UTC; the due instants are passed the same way so the comparison
// does not depend on the session's time zone.
const utcTimestamp = (d: Date) => d.toISOString().slice(0, -1);

/**
 * The candidate periods of these PUBLISHED targets that are milestones of the target, have no report, and fell due after the
 * target's first publication and do not come after a report that said 100 % (`isReportRequired`, decision 0027), found by
 * PostgreSQL: one statement, rows only for what is unreported. A target's keys are all M01..M12 or all Q1..Q4, so
 * comparing them as text orders them as `isAfterCompletion` does.
 */
export async function unreportedPeriods(db: Db, candidates: CandidatePeriod[], targetIds: string[]): Promise<UnreportedPeriod[]> {
  const rows = await db.$queryRaw<(Omit<UnreportedPeriod, 'dueAt'> & { dueAt: string })[]>`
    SELECT t."id"::text AS "targetId", t."title", t."unitId"::text AS "unitId", c.period, c.due_at::text AS "dueAt",
           coalesce((SELECT array_agg(r."personId"::text) FROM "TargetResponsible" r WHERE r."targetId" = t."id"), '{}') AS "personIds"
    FROM unnest(${candidates.map((c) => c.yearId)}::uuid[], ${candidates.map((c) => c.period)}::text[],
                ${candidates.map((c) => utcTimestamp(c.dueAt))}::timestamp(3)[]) AS c(year_id, period, due_at)
    JOIN "Target" t ON t."yearId" = c.year_id AND t."id" = ANY(${targetIds}::uuid[]) AND t."status" = 'PUBLISHED' AND t."publishedRevisionNo" IS NOT NULL
    JOIN "TargetMilestone" m ON m."targetId" = t."id" AND m."period" = c.period
    WHERE NOT EXISTS (SELECT 1 FROM "ProgressReport" p WHERE p."targetId" = t."id" AND p."periodKey" = c.period)
      AND NOT EXISTS (SELECT 1 FROM "ProgressReport" d WHERE d."targetId" = t."id" AND d."actualPercent" >= 100 AND d."periodKey" < c.period)
      AND coalesce((SELECT min(tr."publishedAt") FROM "TargetRevision" tr WHERE tr."targetId" = t."id"), c.due_at) <= c.due_at`;
  return rows.map((r) => ({ ...r, dueAt: new Date(`${r.dueAt.replace(' ', 'T')}Z`) }));
}

/**
 * The same for targets under revision (few at any time): their plan in force is the snapshot of the published revision
 * (decision 0007), so periods, title and responsible persons come from it.
 */
export async function unreportedUnderRevision(db: Db, candidates: CandidatePeriod[]): Promise<UnreportedPeriod[]> {
  const yearIds = [...new Set(candidates.map((c) => c.yearId))];
  const revising = await db.target.findMany({
    where: { yearId: { in: yearIds }, status: { not: 'PUBLISHED' }, publishedRevisionNo: { not: null } },
    select: { id: true, yearId: true, unitId: true, publishedRevisionNo: true },
  });
  if (!revising.length) return [];
  const ids = revising.map((t) => t.id);
  const [inForce, firstPublications, reports] = await Promise.all([
    db.targetRevision.findMany({
      where: { OR: revising.map((t) => ({ targetId: t.id, revisionNo: t.publishedRevisionNo! })) },
      select: { targetId: true, snapshot: true },
    }),
    db.targetRevision.groupBy({ by: ['targetId'], where: { targetId: { in: ids }, publishedAt: { not: null } }, _min: { publishedAt: true } }),
    db.progressReport.findMany({ where: { targetId: { in: ids } }, select: { targetId: true, periodKey: true, actualPercent: true } }),
  ]);
  const snapshotOf = new Map(inForce.map((r) => [r.targetId, r.snapshot as unknown as TargetSnapshot]));
  const firstPublishedAt = new Map(firstPublications.map((r) => [r.targetId, r._min.publishedAt]));
  const reported = new Set(reports.map((r) => `${r.targetId}:${r.periodKey}`));
  return revising.flatMap((t) => {
    const snap = snapshotOf.get(t.id);
    if (!snap) return [];
    const periods = new Set(snap.milestones.map((m) => m.period));
    const first = firstPublishedAt.get(t.id);
    const completedIn = completionPeriod(reports.filter((r) => r.targetId === t.id));
    return candidates
      .filter((c) => c.yearId === t.yearId && periods.has(c.period) && !reported.has(`${t.id}:${c.period}`))
      .filter((c) => (!first || c.dueAt >= first) && !isAfterCompletion(c.period, completedIn))
      .map((c) => ({
        targetId: t.id,
        title: snap.title,
        unitId: t.unitId,
        personIds: snap.responsibles.map((r) => r.personId),
        period: c.period,
        dueAt: c.dueAt,
      }));
  });
}
