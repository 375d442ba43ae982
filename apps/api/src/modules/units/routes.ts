import type { FastifyInstance } from 'fastify';
import { activateUnit, createUnit, deactivateUnit, listTargetTypes, listUnits, updateUnit } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createUnitService } from './unit.service.ts';

export function unitRoutes(app: FastifyInstance) {
  const units = createUnitService(app.deps.db);
  registerRoute(app, listUnits, ({ query }) => units.tree(query.includeInactive === 'true'));
  registerRoute(app, createUnit, ({ ctx, body }) => units.create(ctx, body));
  registerRoute(app, updateUnit, ({ ctx, params, body }) => units.update(ctx, params.id, body));
  registerRoute(app, deactivateUnit, ({ ctx, params, body }) => units.setActive(ctx, params.id, body.version, false));
  registerRoute(app, activateUnit, ({ ctx, params, body }) => units.setActive(ctx, params.id, body.version, true));
  registerRoute(app, listTargetTypes, async () => {
    const types = await app.deps.db.targetType.findMany({ orderBy: { sortOrder: 'asc' }, include: { ownerUnit: { select: { name: true } } } });
    return types.map((t) => ({ id: t.id, code: t.code, name: t.name, ownerUnitId: t.ownerUnitId, ownerUnitName: t.ownerUnit.name, sortOrder: t.sortOrder, active: t.active }));
  });
}
