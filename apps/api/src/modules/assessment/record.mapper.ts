import type { AssessmentRecord } from '@jx/contract';
import type { Prisma } from '@jx/db';

export const recordInclude = {
  deductions: { orderBy: { sortOrder: 'asc' } },
  _count: { select: { revisions: true } },
  process: { select: { status: true, period: { select: { name: true } }, targetType: { select: { name: true } } } },
  assessorUnit: { select: { name: true } },
} as const satisfies Prisma.AssessmentRecordInclude;
export type RecordRow = Prisma.AssessmentRecordGetPayload<{ include: typeof recordInclude }>;

const deductionsOf = (r: RecordRow) => r.deductions.map((d) => ({ reason: d.reason, points: d.points.toFixed(2) }));

export const toRecordDto = (r: RecordRow): AssessmentRecord => ({
  id: r.id,
  targetId: r.targetId,
  periodId: r.periodId,
  processId: r.processId,
  assessorUnitId: r.assessorUnitId,
  score: r.score?.toFixed(2) ?? null,
  opinion: r.opinion,
  deductions: deductionsOf(r),
  status: r.status,
  returnReason: r.returnReason,
  voidReason: r.voidReason,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  revisionCount: r._count.revisions,
  version: r.version,
});

/** What the audit log and a revision keep of a record. */
export const auditableRecord = (r: RecordRow) => ({
  status: r.status,
  score: r.score?.toFixed(2) ?? null,
  opinion: r.opinion,
  deductions: deductionsOf(r),
  returnReason: r.returnReason,
  voidReason: r.voidReason,
});
