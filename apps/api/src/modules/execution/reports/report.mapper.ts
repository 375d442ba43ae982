import type { ProgressReport as ProgressReportDto } from '@jx/contract';
import type { Prisma } from '@jx/db';

/** Include this in every report query whose rows become DTOs. */
export const reportInclude = {
  target: { select: { title: true, unitId: true, unit: { select: { name: true } } } },
} as const satisfies Prisma.ProgressReportInclude;

export type ReportRow = Prisma.ProgressReportGetPayload<{ include: typeof reportInclude }>;

export const toReportDto = (r: ReportRow, reporterNames: ReadonlyMap<string, string>): ProgressReportDto => ({
  id: r.id,
  targetId: r.targetId,
  targetTitle: r.target.title,
  unitId: r.target.unitId,
  unitName: r.target.unit.name,
  periodKey: r.periodKey,
  actualPercent: r.actualPercent,
  actualValue: r.actualValue === null ? null : r.actualValue.toString(),
  narrative: r.narrative,
  problems: r.problems,
  nextSteps: r.nextSteps,
  reportedById: r.reportedById,
  reportedByName: reporterNames.get(r.reportedById) ?? '',
  submittedAt: r.submittedAt.toISOString(),
  late: r.late,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

/** What the audit log keeps of a report. */
export const auditableReport = (r: ReportRow) => ({
  targetId: r.targetId,
  periodKey: r.periodKey,
  actualPercent: r.actualPercent,
  actualValue: r.actualValue === null ? null : r.actualValue.toString(),
  narrative: r.narrative,
  problems: r.problems,
  nextSteps: r.nextSteps,
  late: r.late,
});
