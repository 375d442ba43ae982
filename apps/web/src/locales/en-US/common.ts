import type { common as zh } from '../zh-CN/common';

export const common: typeof zh = {} as typeof zh;
