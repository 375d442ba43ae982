import type { FastifyInstance } from 'fastify';
import { listNotifications, readAllNotifications, readNotification, unreadNotificationCount } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createNotificationService } from './notification.service.ts';

/** 站内消息: own rows only. Marking read is a personal view state, not a business change, so it is not audited. */
export function notificationRoutes(app: FastifyInstance) {
  const notifications = createNotificationService(app.deps.db);
  registerRoute(app, listNotifications, ({ ctx, query }) => notifications.list(ctx.actor, query));
  registerRoute(app, unreadNotificationCount, ({ ctx }) => notifications.unreadCount(ctx.actor));
  registerRoute(app, readNotification, ({ ctx, params }) => notifications.markRead(ctx, params.id));
  registerRoute(app, readAllNotifications, ({ ctx }) => notifications.markAllRead(ctx));
}
