import { formatPeriodKey, formatWeightBp, type FieldChange, type Target as TargetDto, type TargetDetail, type TargetSnapshot } from '@jx/contract';
import type { Prisma } from '@jx/db';
import { formatDate } from '../../lib/dates.ts';

/** Include this in every target query whose rows become list DTOs. */
export const targetInclude = {
  unit: { select: { name: true } },
  targetType: { select: { name: true, ownerUnitId: true, reportingRhythm: true, code: true } },
  indicator: { select: { name: true } },
} as const satisfies Prisma.TargetInclude;

/** …and this for the detail: milestones, responsibles and the revision list. */
export const targetDetailInclude = {
  ...targetInclude,
  milestones: { orderBy: { period: 'asc' } },
  responsibles: { include: { person: { select: { name: true } } }, orderBy: [{ shareBp: 'desc' }, { personId: 'asc' }] },
  revisions: { orderBy: { revisionNo: 'asc' } },
} as const satisfies Prisma.TargetInclude;

export type TargetRow = Prisma.TargetGetPayload<{ include: typeof targetInclude }>;
export type TargetDetailRow = Prisma.TargetGetPayload<{ include: typeof targetDetailInclude }>;

export const formatScore = (d: Prisma.Decimal) => d.toFixed(2);
export const formatMetric = (d: Prisma.Decimal | null) => (d === null ? null : d.toString());

export const toTargetDto = (t: TargetRow): TargetDto => ({
  id: t.id,
  yearId: t.yearId,
  unitId: t.unitId,
  unitName: t.unit.name,
  targetTypeId: t.targetTypeId,
  targetTypeName: t.targetType.name,
  indicatorId: t.indicatorId,
  indicatorName: t.indicator.name,
  title: t.title,
  deadline: formatDate(t.deadline),
  maxScore: formatScore(t.maxScore),
  metricUnit: t.metricUnit,
  metricTarget: formatMetric(t.metricTarget),
  origin: t.origin,
  specialTaskId: t.specialTaskId,
  status: t.status,
  returnReason: t.returnReason,
  publishedRevisionNo: t.publishedRevisionNo,
  version: t.version,
  updatedAt: t.updatedAt.toISOString(),
});

/** The working copy as a revision keeps it. */
export function snapshotOf(t: TargetDetailRow): TargetSnapshot {
  return {
    title: t.title,
    content: t.content,
    measures: t.measures,
    deadline: formatDate(t.deadline),
    expectedResult: t.expectedResult,
    maxScore: formatScore(t.maxScore),
    metricUnit: t.metricUnit,
    metricTarget: formatMetric(t.metricTarget),
    indicatorId: t.indicatorId,
    indicatorName: t.indicator.name,
    milestones: t.milestones.map((m) => ({ period: m.period, plannedPercent: m.plannedPercent })),
    responsibles: t.responsibles.map((r) => ({ personId: r.personId, personName: r.person.name, shareBp: r.shareBp, share: formatWeightBp(r.shareBp) })),
  };
}

export function toTargetDetailDto(t: TargetDetailRow): TargetDetail {
  const current = snapshotOf(t);
  const inForce = t.revisions.find((r) => r.revisionNo === t.publishedRevisionNo);
  return {
    ...toTargetDto(t),
    content: t.content,
    measures: t.measures,
    expectedResult: t.expectedResult,
    reportingRhythm: t.targetType.reportingRhythm,
    milestones: current.milestones,
    responsibles: current.responsibles,
    revisions: t.revisions.map((r) => ({
      revisionNo: r.revisionNo,
      status: r.status,
      reason: r.reason,
      createdAt: r.createdAt.toISOString(),
      publishedAt: r.publishedAt?.toISOString() ?? null,
    })),
    published: inForce ? (inForce.snapshot as TargetSnapshot) : null,
  };
}

/** What the audit log keeps of a target: its state and its content. */
export const auditableTarget = (t: TargetDetailRow) => ({
  status: t.status,
  returnReason: t.returnReason,
  publishedRevisionNo: t.publishedRevisionNo,
  unitId: t.unitId,
  targetTypeId: t.targetTypeId,
  ...snapshotOf(t),
});

const FIELD_LABELS: Record<string, string> = {
  title: '目标名称',
  content: '工作内容',
  measures: '工作措施',
  deadline: '工作时限',
  expectedResult: '预期效果',
  maxScore: '分值',
  metricUnit: '计量单位',
  metricTarget: '目标值',
  indicatorName: '所属指标',
};

/** Field by field: scalar fields, then each milestone period, then each responsible person's share. */
export function diffSnapshots(a: TargetSnapshot, b: TargetSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(FIELD_LABELS)) {
    const before = (a as Record<string, unknown>)[field] as string | null;
    const after = (b as Record<string, unknown>)[field] as string | null;
    if (before !== after) changes.push({ field, label, before, after });
  }
  const plan = (s: TargetSnapshot) => new Map(s.milestones.map((m) => [m.period, `${m.plannedPercent}%`]));
  const [pa, pb] = [plan(a), plan(b)];
  for (const period of [...new Set([...pa.keys(), ...pb.keys()])].sort()) {
    const before = pa.get(period) ?? null;
    const after = pb.get(period) ?? null;
    if (before !== after) changes.push({ field: `milestones.${period}`, label: `里程碑 ${formatPeriodKey(period)}`, before, after });
  }
  const shares = (s: TargetSnapshot) => new Map(s.responsibles.map((r) => [r.personId, r]));
  const [ra, rb] = [shares(a), shares(b)];
  for (const personId of [...new Set([...ra.keys(), ...rb.keys()])]) {
    const before = ra.get(personId);
    const after = rb.get(personId);
    const name = (after ?? before)!.personName;
    const bs = before ? `${before.share}%` : null;
    const as = after ? `${after.share}%` : null;
    if (bs !== as) changes.push({ field: `responsibles.${personId}`, label: `责任人 ${name}`, before: bs, after: as });
  }
  return changes;
}
