import type { AssessmentPeriod, AssessmentProcess } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { ProcessTally } from './assessors.ts';

export const processInclude = { targetType: { select: { name: true, sortOrder: true } } } as const satisfies Prisma.AssessmentProcessInclude;
export type ProcessRow = Prisma.AssessmentProcessGetPayload<{ include: typeof processInclude }>;

export const periodInclude = {
  processes: { include: processInclude, orderBy: [{ targetType: { sortOrder: 'asc' } }, { id: 'asc' }] },
} as const satisfies Prisma.AssessmentPeriodInclude;
export type PeriodRow = Prisma.AssessmentPeriodGetPayload<{ include: typeof periodInclude }>;

/** The tallies of a process with its departments' names, departments in name order. */
export function toProcessDto(p: ProcessRow, tallies: readonly ProcessTally[], unitNames: ReadonlyMap<string, string>): AssessmentProcess {
  return {
    id: p.id,
    periodId: p.periodId,
    targetTypeId: p.targetTypeId,
    targetTypeName: p.targetType.name,
    status: p.status,
    openedAt: p.openedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    resetCount: p.resetCount,
    lastResetReason: p.lastResetReason,
    completeness: tallies
      .filter((t) => t.processId === p.id)
      .map((t) => ({ assessorUnitId: t.assessorUnitId, assessorUnitName: unitNames.get(t.assessorUnitId) ?? '', submitted: t.submitted, expected: t.expected }))
      .sort((a, b) => a.assessorUnitName.localeCompare(b.assessorUnitName, 'zh-CN')),
    version: p.version,
  };
}

export function toPeriodDto(p: PeriodRow, tallies: readonly ProcessTally[], unitNames: ReadonlyMap<string, string>): AssessmentPeriod {
  return {
    id: p.id,
    yearId: p.yearId,
    kind: p.kind,
    code: p.code,
    name: p.name,
    specialTaskId: p.specialTaskId,
    targetTypeId: p.targetTypeId,
    sortOrder: p.sortOrder,
    processes: p.processes.map((x) => toProcessDto(x, tallies, unitNames)),
    version: p.version,
  };
}

export const auditablePeriod = (p: { code: string; name: string; kind: string; specialTaskId: string | null; targetTypeId: string | null }) => ({
  code: p.code,
  name: p.name,
  kind: p.kind,
  specialTaskId: p.specialTaskId,
  targetTypeId: p.targetTypeId,
});
export const auditableProcess = (p: { status: string; openedAt: Date | null; closedAt: Date | null; resetCount: number; lastResetReason: string | null }) => ({
  status: p.status,
  openedAt: p.openedAt?.toISOString() ?? null,
  closedAt: p.closedAt?.toISOString() ?? null,
  resetCount: p.resetCount,
  lastResetReason: p.lastResetReason,
});
