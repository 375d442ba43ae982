import type { TargetSnapshot, WarningInput, WarningThresholds } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../../lib/db.ts';
import { formatDate } from '../../../lib/dates.ts';
import type { SettingsStore } from '../../settings/settings.store.ts';

export async function warningThresholds(settings: Pick<SettingsStore, 'all'>): Promise<WarningThresholds> {
  const s = await settings.all();
  return {
    yellowLagPoints: s['warning.yellowLagPoints'],
    redLagPoints: s['warning.redLagPoints'],
    overdueRedDays: s['warning.overdueRedDays'],
    dueDay: s['report.dueDay'],
  };
}

const warningTargetSelect = {
  id: true,
  title: true,
  yearId: true,
  unitId: true,
  targetTypeId: true,
  deadline: true,
  status: true,
  publishedRevisionNo: true,
  year: { select: { year: true } },
  unit: { select: { name: true } },
  targetType: { select: { name: true, reportingRhythm: true } },
  milestones: { select: { period: true, plannedPercent: true } },
} as const satisfies Prisma.TargetSelect;

/** A target with a plan in force and what its warning is computed from. */
export interface PlanInForce {
  target: { id: string; title: string; yearId: string; unitId: string; unitName: string; targetTypeId: string; targetTypeName: string };
  input: Omit<WarningInput, 'reports'> & { reports: ReadonlyArray<{ periodKey: string; actualPercent: number; late: boolean }> };
}

/**
 * Every target matching `where` that has a plan in force (published at least once), with the plan, its reports and its
 * first publication: what `computeWarning` needs.
 * The plan in force is the working copy while PUBLISHED, else the snapshot of revision `publishedRevisionNo`
 * (decision 0007). Four queries whatever the number of targets: targets with milestones, revisions in force, reports, first publications.
 */
export async function plansInForce(db: Db | Tx, where: Prisma.TargetWhereInput): Promise<PlanInForce[]> {
  const targets = await db.target.findMany({
    where: { AND: [where, { publishedRevisionNo: { not: null } }] },
    select: warningTargetSelect,
    orderBy: { id: 'asc' },
  });
  if (!targets.length) return [];
  const ids = targets.map((x) => x.id);
  const revising = targets.filter((x) => x.status !== 'PUBLISHED');
  // One after the other: inside a transaction the queries share one connection.
  const revisions = revising.length
    ? await db.targetRevision.findMany({
        where: { OR: revising.map((x) => ({ targetId: x.id, revisionNo: x.publishedRevisionNo! })) },
        select: { targetId: true, snapshot: true },
      })
    : [];
  const reports = await db.progressReport.findMany({
    where: { targetId: { in: ids } },
    select: { targetId: true, periodKey: true, actualPercent: true, late: true },
  });
  const firstPublications = await db.targetRevision.groupBy({
    by: ['targetId'],
    where: { targetId: { in: ids }, publishedAt: { not: null } },
    _min: { publishedAt: true },
  });
  const firstPublishedAt = new Map(firstPublications.map((r) => [r.targetId, r._min.publishedAt]));
  const snapshotOf = new Map(revisions.map((r) => [r.targetId, r.snapshot as unknown as TargetSnapshot]));
  const reportsOf = new Map<string, { periodKey: string; actualPercent: number; late: boolean }[]>();
  for (const r of reports) reportsOf.set(r.targetId, [...(reportsOf.get(r.targetId) ?? []), r]);

  return targets.map((x) => {
    const snap = x.status === 'PUBLISHED' ? null : snapshotOf.get(x.id);
    return {
      target: {
        id: x.id,
        title: snap ? snap.title : x.title,
        yearId: x.yearId,
        unitId: x.unitId,
        unitName: x.unit.name,
        targetTypeId: x.targetTypeId,
        targetTypeName: x.targetType.name,
      },
      input: {
        year: x.year.year,
        rhythm: x.targetType.reportingRhythm,
        deadline: snap ? snap.deadline : formatDate(x.deadline),
        milestones: (snap ? snap.milestones : x.milestones).map((m) => ({ periodKey: m.period, plannedPercent: m.plannedPercent })),
        reports: reportsOf.get(x.id) ?? [],
        firstPublishedAt: firstPublishedAt.get(x.id) ?? null,
      },
    };
  });
}
