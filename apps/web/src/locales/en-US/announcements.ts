import type { announcements as zh } from '../zh-CN/announcements';

export const announcements: typeof zh = {
  title: 'Announcements',
  subtitle: 'Published announcements appear on everyone’s home page; withdrawn ones disappear. Only drafts can be deleted.',
  create: 'New announcement',
  createTitle: 'New announcement',
  editTitle: 'Edit announcement',
  empty: 'No announcements yet. Click “New announcement”, save it as a draft, then publish it.',
  emptyFiltered: 'No announcement matches. Change the status or keyword.',
  searchPlaceholder: 'Search title or text',
  statusFilter: 'Status',
  fields: {
    title: 'Title',
    body: 'Text',
    pinned: 'Pinned',
    status: 'Status',
    publishedAt: 'Published',
    updatedAt: 'Updated',
  },
  pinnedHint: 'Pinned announcements are listed first on the home page.',
  bodyHint: 'Plain text; line breaks are kept.',
  actions: {
    edit: 'Edit',
    publish: 'Publish',
    withdraw: 'Withdraw',
    delete: 'Delete',
    preview: 'Preview',
  },
  confirm: {
    publish: 'Publish “{title}”? Everyone will see it.',
    withdraw: 'Withdraw “{title}”? Users will no longer see it.',
    delete: 'Delete the draft “{title}”? This cannot be undone.',
    editPublished: 'This announcement is published; users see your changes as soon as you save.',
  },
  messages: {
    created: 'Saved as a draft',
    updated: 'Announcement saved',
    published: 'Announcement published',
    withdrawn: 'Announcement withdrawn',
    deleted: 'Draft deleted',
  },
};
