import type { settings as zh } from '../zh-CN/settings';

export const settings: typeof zh = {} as typeof zh;
