import type { categories as zh } from '../zh-CN/categories';

export const categories: typeof zh = {} as typeof zh;
