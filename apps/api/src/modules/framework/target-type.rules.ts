import type { Tx } from '../../lib/db.ts';
import { ConflictError, issue, t, ValidationError } from '../../lib/errors.ts';

/** The type special tasks (专项工作) are created under; the code is how the targets and assessment modules find it. */
export const SPECIAL_TYPE_CODE = 'SPECIAL';

/** Code and name each name one type: a clash is a 409 on the field, saying which type has it. */
export async function assertTargetTypeUnique(tx: Tx, id: string | null, fields: { code?: string; name?: string }) {
  const others = { ...(id ? { id: { not: id } } : {}) };
  if (fields.code !== undefined) {
    const taken = await tx.targetType.findFirst({ where: { ...others, code: fields.code }, select: { name: true } });
    if (taken) {
      const text = t('framework.targetTypeCodeTaken', { code: fields.code, name: taken.name });
      throw new ConflictError(text, { issues: [issue('code', text)] });
    }
  }
  if (fields.name !== undefined) {
    const taken = await tx.targetType.findFirst({ where: { ...others, name: fields.name }, select: { id: true } });
    if (taken) {
      const text = t('framework.targetTypeNameTaken', { name: fields.name });
      throw new ConflictError(text, { issues: [issue('name', text)] });
    }
  }
}

/** A type is owned by an active 厅机关处室 (its department drafts, reviews and by default assesses the type's targets). */
export async function assertOwnerDivision(tx: Tx, ownerUnitId: string) {
  const unit = await tx.unit.findUnique({ where: { id: ownerUnitId }, select: { name: true, kind: true, active: true } });
  if (!unit) throw ValidationError.field('ownerUnitId', t('common.notFound', { entity: 'unit' }));
  if (unit.kind !== 'HQ_DIVISION') throw ValidationError.field('ownerUnitId', t('framework.targetTypeOwnerNotDivision', { unitName: unit.name }));
  if (!unit.active) throw ValidationError.field('ownerUnitId', t('framework.targetTypeOwnerInactive', { unitName: unit.name }));
}

/** What refers to a type and keeps it from being deleted (deactivating it is the way out). */
export async function targetTypeUses(tx: Tx, id: string) {
  // One after another: a transaction runs on one connection.
  const categories = await tx.categoryTargetType.count({ where: { targetTypeId: id } });
  const indicators = await tx.indicator.count({ where: { targetTypeId: id } });
  const targets = await tx.target.count({ where: { targetTypeId: id } });
  const periods = await tx.assessmentPeriod.count({ where: { OR: [{ targetTypeId: id }, { processes: { some: { targetTypeId: id } } }] } });
  const accounts = await tx.accountPortfolioTargetType.count({ where: { targetTypeId: id } });
  return { categories, indicators, targets, periods, accounts };
}
