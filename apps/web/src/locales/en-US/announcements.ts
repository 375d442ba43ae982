import type { announcements as zh } from '../zh-CN/announcements';

export const announcements: typeof zh = {} as typeof zh;
