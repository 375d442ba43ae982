import type { FastifyInstance } from 'fastify';
import { ROUTES } from '@jx/contract';
import { healthRoutes } from './health/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { unitRoutes } from './units/routes.ts';

export async function registerModules(app: FastifyInstance) {
  healthRoutes(app);
  authRoutes(app);
  unitRoutes(app);
  const missing = ROUTES.filter((r) => !app.deps.registeredRouteIds.has(r.id)).map((r) => `${r.method} ${r.path}`);
  if (missing.length && process.env.JX_ALLOW_MISSING_ROUTES !== '1') {
    throw new Error(`contract routes without a handler: ${missing.join(', ')}`);
  }
}
