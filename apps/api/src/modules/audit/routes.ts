import type { FastifyInstance } from 'fastify';
import { listAuditEvents, listAuditorAccountEvents, listLoginEvents, verifyAudit } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createAuditService } from './audit.service.ts';

export function auditRoutes(app: FastifyInstance) {
  const audit = createAuditService(app.deps.db, app.deps.config);

  registerRoute(app, listAuditEvents, ({ query }) => audit.events(query));
  registerRoute(app, listLoginEvents, ({ query }) => audit.logins(query));
  registerRoute(app, listAuditorAccountEvents, () => audit.auditorAccountEvents(20));
  registerRoute(app, verifyAudit, ({ ctx }) => audit.verify(ctx.now));
}
