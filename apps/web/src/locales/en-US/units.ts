import type { units as zh } from '../zh-CN/units';

export const units: typeof zh = {} as typeof zh;
