import type { FastifyInstance } from 'fastify';
import { activateUnit, createUnit, deactivateUnit, listTargetTypes, listUnits, updateUnit } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createUnitService } from './unit.service.ts';
import { createTargetTypeService } from '../framework/target-type.service.ts';

export function unitRoutes(app: FastifyInstance) {
  const units = createUnitService(app.deps.db);
  registerRoute(app, listUnits, ({ query }) => (query.withoutAccounts ? units.withoutAccounts() : units.tree(query.includeInactive === 'true')));
  registerRoute(app, createUnit, ({ ctx, body }) => units.create(ctx, body));
  registerRoute(app, updateUnit, ({ ctx, params, body }) => units.update(ctx, params.id, body));
  registerRoute(app, deactivateUnit, ({ ctx, params, body }) => units.setActive(ctx, params.id, body.version, false));
  registerRoute(app, activateUnit, ({ ctx, params, body }) => units.setActive(ctx, params.id, body.version, true));
  const targetTypes = createTargetTypeService(app.deps.db);
  registerRoute(app, listTargetTypes, () => targetTypes.list());
}
