import type { FastifyInstance } from 'fastify';
import { listAuditEvents, listAuditorAccountEvents, listLoginEvents, verifyAudit } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { verifyAuditChain } from '../../audit/verify-chain.ts';
import { anchorHead } from '../../audit/anchor-chain.ts';
import { createAuditService } from './audit.service.ts';

export function auditRoutes(app: FastifyInstance) {
  const audit = createAuditService(app.deps.db);

  registerRoute(app, listAuditEvents, ({ query }) => audit.events(query));
  registerRoute(app, listLoginEvents, ({ query }) => audit.logins(query));
  registerRoute(app, listAuditorAccountEvents, () => audit.auditorAccountEvents(20));

  registerRoute(app, verifyAudit, async ({ ctx }) => {
    const anchorFile = app.deps.config.auditAnchorFile;
    const { verifiedHead, ...result } = await verifyAuditChain(app.deps.db, anchorFile);
    // A chain that just verified is worth anchoring: a later deletion or rewrite of it becomes detectable.
    if (result.ok && verifiedHead && anchorFile) await anchorHead(anchorFile, verifiedHead, ctx.now);
    return { ...result, verifiedAt: ctx.now.toISOString() };
  });
}
