import type { enums as zh } from '../zh-CN/enums';

export const enums: typeof zh = {} as typeof zh;
