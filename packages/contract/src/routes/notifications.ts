import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { IdParams, OkSchema, PageQuery, pageOf } from '../common.ts';

/**
 * 站内消息. Every signed-in account may call these routes, but only ever sees and marks its own rows; accounts that
 * receive no notifications (AUDITOR, SYS_ADMIN) simply get an empty list and a zero count.
 */
export const NotificationKindSchema = z.enum([
  'TARGET_RETURNED',
  'TARGET_APPROVED',
  'TARGET_PUBLISHED',
  'COMMENT',
  'ORDER_ISSUED',
  'ORDER_RESPONDED',
  'ORDER_CLOSED',
  'ORDER_REJECTED',
  'ORDER_URGED',
  'REPORT_DUE_SOON',
  'REPORT_OVERDUE',
  'TARGET_SUBMITTED',
  'REPORT_SUBMITTED',
  'PROCESS_OPENED',
  'PROCESS_CLOSED',
  'PROCESS_RESET',
  'ADJUSTMENT_APPROVED',
  'ADJUSTMENT_REJECTED',
  'RATING_RETURNED',
  'BULLETIN_PUBLISHED',
  'APPEAL_FILED',
  'APPEAL_ACCEPTED',
  'APPEAL_REJECTED',
  'FRAMEWORK_PROPOSED',
  'FRAMEWORK_PROPOSAL_DECIDED',
]);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const listNotifications = defineRoute({
  id: 'notifications.list',
  method: 'GET',
  path: '/api/notifications',
  summary: '我的站内消息（最新在前）',
  tag: 'notifications',
  access: 'authenticated',
  query: z.strictObject({
    page: PageQuery.page,
    pageSize: PageQuery.pageSize,
    unreadOnly: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  }),
  response: pageOf(NotificationSchema),
});

export const unreadNotificationCount = defineRoute({
  id: 'notifications.unreadCount',
  method: 'GET',
  path: '/api/notifications/unread-count',
  summary: '我的未读消息数',
  tag: 'notifications',
  access: 'authenticated',
  response: z.object({ count: z.int() }),
});

export const readNotification = defineRoute({
  id: 'notifications.read',
  method: 'POST',
  path: '/api/notifications/:id/read',
  summary: '标记一条消息为已读（仅本人的消息）',
  tag: 'notifications',
  access: 'authenticated',
  params: IdParams,
  response: NotificationSchema,
});

export const readAllNotifications = defineRoute({
  id: 'notifications.readAll',
  method: 'POST',
  path: '/api/notifications/read-all',
  summary: '全部标记为已读',
  tag: 'notifications',
  access: 'authenticated',
  response: OkSchema,
});
