import { computeWarning, type TargetSnapshot, type TargetWarning, type WarningInput, type WarningLevel, type WarningThresholds } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { targetReadWhere } from '../../targets/target.policy.ts';
import { formatDate } from '../../../lib/dates.ts';
import type { SettingsStore } from '../../settings/settings.store.ts';

export async function warningThresholds(settings: SettingsStore): Promise<WarningThresholds> {
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
  const [revisions, reports, firstPublications] = await Promise.all([
    revising.length
      ? db.targetRevision.findMany({
          where: { OR: revising.map((x) => ({ targetId: x.id, revisionNo: x.publishedRevisionNo! })) },
          select: { targetId: true, snapshot: true },
        })
      : Promise.resolve([]),
    db.progressReport.findMany({ where: { targetId: { in: ids } }, select: { targetId: true, periodKey: true, actualPercent: true, late: true } }),
    db.targetRevision.groupBy({ by: ['targetId'], where: { targetId: { in: ids }, publishedAt: { not: null } }, _min: { publishedAt: true } }),
  ]);
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

/**
 * The warning of every target matching `where` that has a plan in force (published at least once), as of `now`.
 * A period that fell due before the first publication is not overdue (a target published in November is not 300 days
 * late with its January report).
 */
export async function computeWarnings(db: Db | Tx, where: Prisma.TargetWhereInput, now: Date, t: WarningThresholds): Promise<TargetWarning[]> {
  return (await plansInForce(db, where)).map(({ target: x, input }) => ({
    targetId: x.id,
    title: x.title,
    yearId: x.yearId,
    unitId: x.unitId,
    unitName: x.unitName,
    targetTypeId: x.targetTypeId,
    targetTypeName: x.targetTypeName,
    deadline: input.deadline,
    ...computeWarning(input, now, t),
  }));
}

const SEVERITY: Record<WarningLevel, number> = { RED: 0, YELLOW: 1, GREEN: 2 };

/** Most severe first, then the largest lag, the longest overdue, then by title. */
export function byUrgency(a: TargetWarning, b: TargetWarning): number {
  return (
    SEVERITY[a.level] - SEVERITY[b.level] ||
    b.lagPoints - a.lagPoints ||
    b.overdueDays - a.overdueDays ||
    a.title.localeCompare(b.title, 'zh-CN') ||
    a.targetId.localeCompare(b.targetId)
  );
}

export function countByLevel(items: readonly TargetWarning[]): Record<WarningLevel, number> {
  const counts: Record<WarningLevel, number> = { GREEN: 0, YELLOW: 0, RED: 0 };
  for (const w of items) counts[w.level]++;
  return counts;
}

/**
 * The warning centre's rows (warnings.list and warnings.export): the actor's target scope as one more AND condition,
 * so the filters only narrow it; most urgent first. The level filter is the caller's (the counts ignore it).
 */
export async function scopedWarnings(
  db: Db,
  settings: SettingsStore,
  actor: Actor,
  q: { yearId?: string; unitId?: string; targetTypeId?: string },
  now: Date,
): Promise<TargetWarning[]> {
  const where = {
    AND: [
      targetReadWhere(actor),
      q.yearId ? { yearId: q.yearId } : {},
      q.unitId ? { unitId: q.unitId } : {},
      q.targetTypeId ? { targetTypeId: q.targetTypeId } : {},
    ],
  };
  return (await computeWarnings(db, where, now, await warningThresholds(settings))).sort(byUrgency);
}
