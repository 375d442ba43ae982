import type { z } from 'zod';
import type { createTargetType, TargetType as TargetTypeDto, updateTargetType } from '@jx/contract';
import type { TargetType } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ForbiddenError, InvalidStateError, NotFoundError, VersionConflictError, t } from '../../lib/errors.ts';
import { hasRole } from '../../lib/context.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertOwnerDivision, assertTargetTypeUnique, SPECIAL_TYPE_CODE, targetTypeUses } from './target-type.rules.ts';

type CreateBody = z.output<NonNullable<typeof createTargetType.body>>;
type UpdateBody = z.output<NonNullable<typeof updateTargetType.body>>;
type TargetTypeRow = TargetType & { ownerUnit: { name: string } };
const include = { ownerUnit: { select: { name: true } } } as const;

export const toTargetTypeDto = (t: TargetTypeRow): TargetTypeDto => ({
  id: t.id,
  code: t.code,
  name: t.name,
  ownerUnitId: t.ownerUnitId,
  ownerUnitName: t.ownerUnit.name,
  sortOrder: t.sortOrder,
  active: t.active,
  reportingRhythm: t.reportingRhythm,
  version: t.version,
});

const EDITABLE = ['code', 'name', 'ownerUnitId', 'reportingRhythm', 'sortOrder', 'active'] as const;
type Editable = Pick<TargetType, (typeof EDITABLE)[number]>;
const auditable = (t: Editable): Editable => ({
  code: t.code,
  name: t.name,
  ownerUnitId: t.ownerUnitId,
  reportingRhythm: t.reportingRhythm,
  sortOrder: t.sortOrder,
  active: t.active,
});

/** The fields of `body` that differ from `before` (a PATCH changes only what it names). */
function changesOf(before: TargetType, body: UpdateBody): Partial<Editable> {
  const changes: Partial<Editable> = {};
  for (const field of EDITABLE) {
    const value = body[field];
    if (value !== undefined && value !== before[field]) Object.assign(changes, { [field]: value });
  }
  return changes;
}

/** The reporting rhythm belongs to the yearly framework: only the office sets it (decision 0029); the catalogue is shared. */
function assertMaySetRhythm(ctx: RequestContext, changesRhythm: boolean) {
  if (changesRhythm && !hasRole(ctx.actor, 'PERF_OFFICE')) throw new ForbiddenError(t('framework.rhythmOfficeOnly'));
}

const loadOrThrow = async (tx: Tx, id: string) => {
  const row = await tx.targetType.findUnique({ where: { id } });
  if (!row) throw new NotFoundError('targetType');
  return row;
};

/**
 * 目标类型: listed for everyone who works with targets; the framework editors add types, edit them (code, name, owning
 * department, reporting rhythm, active) and delete the ones never used.
 */
export function createTargetTypeService(db: Db) {
  return {
    async list() {
      return (await db.targetType.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], include })).map(toTargetTypeDto);
    },

    create(ctx: RequestContext, body: CreateBody) {
      return db.$transaction(async (tx) => {
        // A new type starts monthly unless the office sets its rhythm.
        assertMaySetRhythm(ctx, body.reportingRhythm !== 'MONTHLY');
        await assertTargetTypeUnique(tx, null, body);
        await assertOwnerDivision(tx, body.ownerUnitId);
        const last = await tx.targetType.aggregate({ _max: { sortOrder: true } });
        const created = await tx.targetType.create({
          data: {
            code: body.code,
            name: body.name,
            ownerUnitId: body.ownerUnitId,
            reportingRhythm: body.reportingRhythm,
            sortOrder: body.sortOrder ?? (last._max.sortOrder ?? 0) + 10,
          },
          include,
        });
        await recordAudit(tx, ctx, { action: 'targetTypes.create', objectType: 'TargetType', objectId: created.id, before: null, after: auditable(created) });
        return toTargetTypeDto(created);
      });
    },

    update(ctx: RequestContext, id: string, body: UpdateBody) {
      return db.$transaction(async (tx) => {
        const before = await loadOrThrow(tx, id);
        if (before.version !== body.version) throw new VersionConflictError('targetType');
        const changes = changesOf(before, body);
        assertMaySetRhythm(ctx, changes.reportingRhythm !== undefined);
        if (before.code === SPECIAL_TYPE_CODE && (changes.code !== undefined || changes.active === false)) {
          throw new InvalidStateError(t('framework.targetTypeSpecialFixed'));
        }
        if (Object.keys(changes).length === 0) return toTargetTypeDto(await tx.targetType.findUniqueOrThrow({ where: { id }, include }));
        await assertTargetTypeUnique(tx, id, changes);
        if (changes.ownerUnitId) await assertOwnerDivision(tx, changes.ownerUnitId);
        assertUpdated(await tx.targetType.updateMany({ where: { id, version: body.version }, data: { ...changes, version: { increment: 1 } } }), 'targetType');
        const after = await tx.targetType.findUniqueOrThrow({ where: { id }, include });
        const changed = Object.keys(changes) as (keyof Editable)[];
        await recordAudit(tx, ctx, {
          action: 'targetTypes.update',
          objectType: 'TargetType',
          objectId: id,
          before: Object.fromEntries(changed.map((f) => [f, before[f]])),
          after: Object.fromEntries(changed.map((f) => [f, after[f]])),
        });
        return toTargetTypeDto(after);
      });
    },

    /** Only a type nothing refers to; the departments named to assess it go with it. */
    remove(ctx: RequestContext, id: string, version: number) {
      return db.$transaction(async (tx) => {
        const before = await loadOrThrow(tx, id);
        if (before.version !== version) throw new VersionConflictError('targetType');
        if (before.code === SPECIAL_TYPE_CODE) throw new InvalidStateError(t('framework.targetTypeSpecialFixed'));
        const uses = await targetTypeUses(tx, id);
        if (Object.values(uses).some((n) => n > 0)) throw new InvalidStateError(t('framework.targetTypeInUse', { name: before.name, ...uses }));
        await tx.assessingDepartment.deleteMany({ where: { targetTypeId: id } });
        await tx.frameworkProposal.deleteMany({ where: { targetTypeId: id } });
        assertUpdated(await tx.targetType.deleteMany({ where: { id, version } }), 'targetType');
        await recordAudit(tx, ctx, { action: 'targetTypes.delete', objectType: 'TargetType', objectId: id, before: auditable(before), after: null });
        return { ok: true as const };
      });
    },
  };
}
