import type { z } from 'zod';
import type { listNotifications } from '@jx/contract';
import type { Notification } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { NotFoundError } from '../../lib/errors.ts';

const toDto = (n: Notification) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

/** Every query is scoped to the caller's own account: another account's notice does not exist for it (404). */
export function createNotificationService(db: Db) {
  return {
    async list(actor: Actor, q: z.output<NonNullable<typeof listNotifications.query>>) {
      const where = { accountId: actor.accountId, ...(q.unreadOnly ? { readAt: null } : {}) };
      const [rows, total] = await Promise.all([
        db.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
        db.notification.count({ where }),
      ]);
      return { items: rows.map(toDto), total };
    },

    async unreadCount(actor: Actor) {
      return { count: await db.notification.count({ where: { accountId: actor.accountId, readAt: null } }) };
    },

    /** Reading is a change like any other: audited (only when something was unread). */
    markRead(ctx: RequestContext, id: string) {
      return db.$transaction(async (tx) => {
        const { count } = await tx.notification.updateMany({ where: { id, accountId: ctx.actor.accountId, readAt: null }, data: { readAt: ctx.now } });
        const row = await tx.notification.findFirst({ where: { id, accountId: ctx.actor.accountId } });
        if (!row) throw new NotFoundError('notification');
        if (count)
          await recordAudit(tx, ctx, {
            action: 'notifications.read',
            objectType: 'Notification',
            objectId: id,
            before: { readAt: null },
            after: { readAt: ctx.now },
          });
        return toDto(row);
      });
    },

    markAllRead(ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const { count } = await tx.notification.updateMany({ where: { accountId: ctx.actor.accountId, readAt: null }, data: { readAt: ctx.now } });
        if (count) await recordAudit(tx, ctx, { action: 'notifications.readAll', objectType: 'Notification', objectId: null, after: { count } });
        return { ok: true as const };
      });
    },
  };
}
