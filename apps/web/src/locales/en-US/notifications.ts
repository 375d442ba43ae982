import type { notifications as zh } from '../zh-CN/notifications';

export const notifications: typeof zh = {
  title: 'Notifications',
  subtitle: 'Review, publishing, supervision and reporting reminders that concern you.',
  bell: 'Notifications',
  empty: 'No messages',
  emptyUnread: 'No unread messages',
  unreadOnly: 'Unread only',
  readAll: 'Mark all as read',
  markRead: 'Mark as read',
  viewAll: 'View all',
  open: 'Open',
  unread: 'Unread',
  read: 'Read',
  fields: {
    title: 'Title',
    body: 'Content',
    createdAt: 'Time',
    status: 'Status',
    actions: 'Actions',
  },
  relative: {
    justNow: 'just now',
    minutes: '{n} min ago',
    hours: '{n} h ago',
    days: '{n} d ago',
  },
  messages: {
    readAll: 'All messages marked as read',
  },
};
