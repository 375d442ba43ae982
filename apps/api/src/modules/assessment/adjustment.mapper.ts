import type { Adjustment, AdjustmentCategory } from '@jx/contract';
import type { AdjustmentCategory as CategoryRow, Prisma } from '@jx/db';
import { fileTypeOfStored } from '../documents/stored-file-types.ts';

export const adjustmentInclude = {
  assessedUnit: { select: { yearId: true, unit: { select: { name: true } } } },
  category: { select: { name: true } },
  documents: { select: { id: true, fileName: true, storedName: true, sizeBytes: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.AdjustmentInclude;
export type AdjustmentRow = Prisma.AdjustmentGetPayload<{ include: typeof adjustmentInclude }>;

export const toAdjustmentDto = (a: AdjustmentRow, filedByUnitName: string): Adjustment => ({
  id: a.id,
  assessedUnitId: a.assessedUnitId,
  unitName: a.assessedUnit.unit.name,
  categoryId: a.categoryId,
  categoryName: a.category.name,
  kind: a.kind,
  points: a.points?.toFixed(2) ?? null,
  reason: a.reason,
  filedByUnitId: a.filedByUnitId,
  filedByUnitName,
  status: a.status,
  decisionReason: a.decisionReason,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  createdAt: a.createdAt.toISOString(),
  evidence: a.documents.map(toEvidenceDto),
  version: a.version,
});

export const auditableAdjustment = (a: AdjustmentRow) => ({
  status: a.status,
  kind: a.kind,
  points: a.points?.toFixed(2) ?? null,
  reason: a.reason,
  decisionReason: a.decisionReason,
});

export const toCategoryDto = (c: CategoryRow, usage: number): AdjustmentCategory => ({
  id: c.id,
  yearId: c.yearId,
  code: c.code,
  name: c.name,
  kind: c.kind,
  defaultPoints: c.defaultPoints?.toFixed(2) ?? null,
  active: c.active,
  usage,
  version: c.version,
});

export const auditableCategory = (c: Pick<CategoryRow, 'code' | 'name' | 'kind' | 'defaultPoints' | 'active'>) => ({
  code: c.code,
  name: c.name,
  kind: c.kind,
  defaultPoints: c.defaultPoints?.toFixed(2) ?? null,
  active: c.active,
});

/** A piece of evidence (佐证材料) as lists show it: of an adjustment or of an appeal. */
export const toEvidenceDto = (d: { id: string; fileName: string; storedName: string; sizeBytes: number; createdAt: Date }) => ({
  documentId: d.id,
  fileName: d.fileName,
  kind: fileTypeOfStored(d.storedName).kind,
  sizeBytes: d.sizeBytes,
  createdAt: d.createdAt.toISOString(),
});
