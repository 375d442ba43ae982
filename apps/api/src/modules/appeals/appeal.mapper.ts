import type { Appeal } from '@jx/contract';
import type { Prisma } from '@jx/db';
import { toEvidenceDto } from '../assessment/adjustment.mapper.ts';

export const appealInclude = {
  bulletin: { select: { title: true, versionNo: true, resultSet: { select: { period: { select: { name: true } } } } } },
  documents: { select: { id: true, fileName: true, storedName: true, sizeBytes: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.AppealInclude;
export type AppealRow = Prisma.AppealGetPayload<{ include: typeof appealInclude }>;

export function toAppealDto(a: AppealRow, names: { units: Map<string, string>; accounts: Map<string, string>; versions: Map<string, number> }): Appeal {
  return {
    id: a.id,
    bulletinId: a.bulletinId,
    bulletinTitle: a.bulletin.title,
    bulletinVersionNo: a.bulletin.versionNo,
    periodName: a.bulletin.resultSet.period.name,
    unitId: a.unitId,
    unitName: names.units.get(a.unitId) ?? '',
    lineKey: a.lineKey,
    lineLabel: a.lineLabel,
    reason: a.reason,
    status: a.status,
    filedByName: names.accounts.get(a.filedById) ?? '',
    createdAt: a.createdAt.toISOString(),
    decidedByName: a.decidedById ? (names.accounts.get(a.decidedById) ?? '') : null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    decisionReason: a.decisionReason,
    resolvedVersionNo: a.resolvedBulletinId ? (names.versions.get(a.resolvedBulletinId) ?? null) : null,
    evidence: a.documents.map(toEvidenceDto),
    version: a.version,
  };
}

export const auditableAppeal = (a: Pick<AppealRow, 'status' | 'lineKey' | 'reason' | 'decisionReason'>) => ({
  status: a.status,
  lineKey: a.lineKey,
  reason: a.reason,
  decisionReason: a.decisionReason,
});
