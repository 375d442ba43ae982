import type { z } from 'zod';
import type { listNotifications } from '@jx/contract';
import type { Notification } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
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

    async markRead(actor: Actor, id: string, now: Date) {
      await db.notification.updateMany({ where: { id, accountId: actor.accountId, readAt: null }, data: { readAt: now } });
      const row = await db.notification.findFirst({ where: { id, accountId: actor.accountId } });
      if (!row) throw new NotFoundError('消息');
      return toDto(row);
    },

    async markAllRead(actor: Actor, now: Date) {
      await db.notification.updateMany({ where: { accountId: actor.accountId, readAt: null }, data: { readAt: now } });
      return { ok: true as const };
    },
  };
}
