import type { FastifyInstance } from 'fastify';
import { listAuditEvents, listLoginEvents, verifyAudit } from '@jx/contract';
import type { Prisma } from '@jx/db';
import { registerRoute } from '../../http/register.ts';
import { verifyAuditChain } from '../../audit/verify-chain.ts';
import { anchorHead } from '../../audit/anchor-chain.ts';

const range = (from?: string, to?: string) =>
  from || to ? { at: { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lte: new Date(to) } : {}) } } : {};

export function auditRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  registerRoute(app, listAuditEvents, async ({ query: q }) => {
    const where: Prisma.AuditEventWhereInput = {
      AND: [
        q.actor ? { actorUsername: { contains: q.actor, mode: 'insensitive' } } : {},
        q.action ? { action: { contains: q.action, mode: 'insensitive' } } : {},
        q.objectType ? { objectType: q.objectType } : {},
        q.objectId ? { objectId: q.objectId } : {},
        q.outcome ? { outcome: q.outcome } : {},
        range(q.from, q.to),
      ],
    };
    const [rows, total] = await Promise.all([
      db.auditEvent.findMany({ where, orderBy: { seq: q.order }, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
      db.auditEvent.count({ where }),
    ]);
    return {
      total,
      items: rows.map((r) => ({
        seq: r.seq.toString(),
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorUsername: r.actorUsername,
        actorRoles: r.actorRoles,
        action: r.action,
        objectType: r.objectType,
        objectId: r.objectId,
        before: r.before,
        after: r.after,
        outcome: r.outcome,
        reason: r.reason,
        ip: r.ip,
        requestId: r.requestId,
        hash: r.hash,
      })),
    };
  });

  registerRoute(app, verifyAudit, async ({ ctx }) => {
    const anchorFile = app.deps.config.auditAnchorFile;
    const { verifiedHead, ...result } = await verifyAuditChain(db, anchorFile);
    // A chain that just verified is worth anchoring: a later deletion or rewrite of it becomes detectable.
    if (result.ok && verifiedHead && anchorFile) await anchorHead(anchorFile, verifiedHead, ctx.now);
    return { ...result, verifiedAt: ctx.now.toISOString() };
  });

  registerRoute(app, listLoginEvents, async ({ query: q }) => {
    const where: Prisma.LoginEventWhereInput = {
      AND: [
        q.username ? { username: { contains: q.username, mode: 'insensitive' } } : {},
        q.outcome ? { outcome: q.outcome } : {},
        q.ip ? { ip: { contains: q.ip } } : {},
        range(q.from, q.to),
      ],
    };
    const [rows, total] = await Promise.all([
      db.loginEvent.findMany({ where, orderBy: [{ at: q.order }, { id: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
      db.loginEvent.count({ where }),
    ]);
    return { total, items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
  });
}
