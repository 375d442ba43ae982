import type { FastifyInstance } from 'fastify';
import { createAnnouncement, deleteAnnouncement, listAnnouncements, publishAnnouncement, updateAnnouncement, withdrawAnnouncement } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createAnnouncementService } from './announcement.service.ts';

export function announcementRoutes(app: FastifyInstance) {
  const announcements = createAnnouncementService(app.deps.db);
  registerRoute(app, listAnnouncements, ({ ctx, query }) => announcements.list(ctx.actor, query));
  registerRoute(app, createAnnouncement, ({ ctx, body }) => announcements.create(ctx, body));
  registerRoute(app, updateAnnouncement, ({ ctx, params, body }) => announcements.update(ctx, params.id, body));
  registerRoute(app, publishAnnouncement, ({ ctx, params, body }) => announcements.publish(ctx, params.id, body.version));
  registerRoute(app, withdrawAnnouncement, ({ ctx, params, body }) => announcements.withdraw(ctx, params.id, body.version));
  registerRoute(app, deleteAnnouncement, ({ ctx, params, query }) => announcements.remove(ctx, params.id, query.version));
}
