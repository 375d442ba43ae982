export const announcements = { title: '' };
