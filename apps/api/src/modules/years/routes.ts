import type { FastifyInstance } from 'fastify';
import {
  addAssessedUnits,
  createCategory,
  createYear,
  deleteCategory,
  listAssessedUnits,
  listCategories,
  listYears,
  removeAssessedUnit,
  updateCategory,
  updateYear,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createYearService } from './year.service.ts';
import { createCategoryService } from './category.service.ts';
import { createAssessedUnitService } from './assessed-unit.service.ts';

export function yearRoutes(app: FastifyInstance) {
  const years = createYearService(app.deps.db);
  const categories = createCategoryService(app.deps.db);
  const assessed = createAssessedUnitService(app.deps.db);
  registerRoute(app, listYears, () => years.list());
  registerRoute(app, createYear, ({ ctx, body }) => years.create(ctx, body));
  registerRoute(app, updateYear, ({ ctx, params, body }) => years.update(ctx, params.id, body));
  registerRoute(app, listCategories, ({ query }) => categories.list(query.yearId));
  registerRoute(app, createCategory, ({ ctx, body }) => categories.create(ctx, body));
  registerRoute(app, updateCategory, ({ ctx, params, body }) => categories.update(ctx, params.id, body));
  registerRoute(app, deleteCategory, ({ ctx, params, query }) => categories.remove(ctx, params.id, query.version));
  registerRoute(app, listAssessedUnits, ({ ctx, query }) => assessed.list(ctx.actor, query.yearId, query.categoryId));
  registerRoute(app, addAssessedUnits, ({ ctx, body }) => assessed.add(ctx, body.categoryId, body.unitIds));
  registerRoute(app, removeAssessedUnit, ({ ctx, params, query }) => assessed.remove(ctx, params.id, query.version));
}
