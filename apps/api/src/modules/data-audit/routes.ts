import type { FastifyInstance } from 'fastify';
import { listDepartmentAudit, getDepartmentActivity } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';

// Scaffold: every route answers 500 until its service is written.
export function dataAuditRoutes(app: FastifyInstance) {
  for (const route of [listDepartmentAudit, getDepartmentActivity]) {
    registerRoute(app, route, () => {
      throw new Error(`${route.id}: not implemented`);
    });
  }
}
