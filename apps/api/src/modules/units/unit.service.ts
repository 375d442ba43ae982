import { unitWithoutAccountsWhere } from '../accounts/account-health.ts';
import type { z } from 'zod';
import type { CreateUnitBody, UpdateUnitBody } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { Unit } from '@jx/db';
import { InvalidStateError, NotFoundError, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { auditableUnit, buildUnitTree, toUnitDto } from './unit.mapper.ts';

export function createUnitService(db: Db) {
  async function assertParentAllowed(tx: Tx, unitId: string | null, parentId: string | null | undefined) {
    if (!parentId) return;
    const parent = await tx.unit.findUnique({ where: { id: parentId } });
    if (!parent) throw ValidationError.field('parentId', t('units.parentNotFound'));
    if (!parent.active) throw ValidationError.field('parentId', t('units.parentInactive'));
    // Walk up from the new parent: meeting the unit itself would make a cycle.
    for (let cursor: string | null = parentId; cursor && unitId;) {
      if (cursor === unitId) throw ValidationError.field('parentId', t('units.parentCycle'));
      cursor = (await tx.unit.findUnique({ where: { id: cursor }, select: { parentId: true } }))?.parentId ?? null;
    }
  }

  async function changeVersioned(ctx: RequestContext, id: string, version: number, action: string, data: (before: Unit, tx: Tx) => Promise<object> | object) {
    return db.$transaction(async (tx) => {
      const before = await tx.unit.findUnique({ where: { id } });
      if (!before) throw new NotFoundError('unit');
      if (before.version !== version) throw new VersionConflictError('unit');
      const { count } = await tx.unit.updateMany({ where: { id, version }, data: { ...(await data(before, tx)), version: { increment: 1 } } });
      if (count === 0) throw new VersionConflictError('unit');
      const after = await tx.unit.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, ctx, { action, objectType: 'Unit', objectId: id, before: auditableUnit(before), after: auditableUnit(after) });
      return toUnitDto(after);
    });
  }

  return {
    async tree(includeInactive: boolean) {
      const units = await db.unit.findMany({ where: includeInactive ? {} : { active: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
      return buildUnitTree(units);
    },

    /** The active units without an active account, flat (each a root without children), in tree order. */
    async withoutAccounts() {
      const units = await db.unit.findMany({ where: unitWithoutAccountsWhere, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
      return units.map((u) => ({ ...toUnitDto(u), children: [] }));
    },

    create(ctx: RequestContext, body: z.output<typeof CreateUnitBody>) {
      return db.$transaction(async (tx) => {
        await assertParentAllowed(tx, null, body.parentId);
        const unit = await tx.unit.create({
          data: {
            code: body.code,
            name: body.name,
            shortName: body.shortName ?? null,
            kind: body.kind,
            parentId: body.parentId ?? null,
            sortOrder: body.sortOrder,
          },
        });
        await recordAudit(tx, ctx, { action: 'units.create', objectType: 'Unit', objectId: unit.id, before: null, after: auditableUnit(unit) });
        return toUnitDto(unit);
      });
    },

    update(ctx: RequestContext, id: string, body: z.output<typeof UpdateUnitBody>) {
      return changeVersioned(ctx, id, body.version, 'units.update', async (_before, tx) => {
        await assertParentAllowed(tx, id, body.parentId);
        return { name: body.name, shortName: body.shortName ?? null, kind: body.kind, parentId: body.parentId ?? null, sortOrder: body.sortOrder };
      });
    },

    setActive(ctx: RequestContext, id: string, version: number, active: boolean) {
      return changeVersioned(ctx, id, version, active ? 'units.activate' : 'units.deactivate', async (before, tx) => {
        if (before.active === active) throw new InvalidStateError(t(active ? 'units.alreadyActive' : 'units.alreadyInactive'));
        if (!active) {
          const activeChildren = await tx.unit.count({ where: { parentId: id, active: true } });
          if (activeChildren > 0) throw new InvalidStateError(t('units.hasActiveChildren', { count: activeChildren }));
        }
        return { active };
      });
    },
  };
}
