import type { audit as zh } from '../zh-CN/audit';

export const audit: typeof zh = {} as typeof zh;
