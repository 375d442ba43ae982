import type { z } from 'zod';
import type { listAuditEvents, listLoginEvents } from '@jx/contract';
import type { AuditEvent, Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { AppConfig } from '../../app-deps.ts';
import { AUDITOR_OFF_LIMITS } from '../accounts/account.service.ts';
import { verifyAuditChain } from '../../audit/verify-chain.ts';
import { anchorHead } from '../../audit/anchor-chain.ts';

type EventQuery = z.output<NonNullable<typeof listAuditEvents.query>>;
type LoginQuery = z.output<NonNullable<typeof listLoginEvents.query>>;

const range = (from?: string, to?: string) => (from || to ? { at: { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lte: new Date(to) } : {}) } } : {});

const toDto = (r: AuditEvent) => ({
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
});

/** What the security auditor reads (the change log, the login log, what happened to the auditor accounts) and the chain check. */
export function createAuditService(db: Db, config: Pick<AppConfig, 'auditAnchorFile'>) {
  return {
    async events(q: EventQuery) {
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
      return { total, items: rows.map(toDto) };
    },

    async logins(q: LoginQuery) {
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
    },

    /**
     * 三员分立: everything done — or refused — to an account that holds AUDITOR (server commands, and any attempt
     * through the web), newest first, for the auditor's home page.
     */
    async auditorAccountEvents(limit: number) {
      const auditors = await db.account.findMany({ where: { roles: { has: 'AUDITOR' } }, select: { id: true } });
      const rows = await db.auditEvent.findMany({
        where: {
          OR: [
            { objectId: { in: auditors.map((a) => a.id) } },
            { action: { startsWith: 'auditorCommand.' } },
            { outcome: 'DENIED', reason: AUDITOR_OFF_LIMITS },
          ],
        },
        orderBy: { seq: 'desc' },
        take: limit,
      });
      return { items: rows.map(toDto) };
    },

    async verify(now: Date) {
      // Read on each call, not once: the config may be changed after the app is built.
      const anchorFile = config.auditAnchorFile;
      const { verifiedHead, ...result } = await verifyAuditChain(db, anchorFile);
      // A chain that just verified is worth anchoring: a later deletion or rewrite of it becomes detectable.
      if (result.ok && verifiedHead && anchorFile) await anchorHead(anchorFile, verifiedHead, now);
      return { ...result, verifiedAt: now.toISOString() };
    },
  };
}
