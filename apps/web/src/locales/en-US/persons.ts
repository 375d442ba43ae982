import type { persons as zh } from '../zh-CN/persons';

export const persons: typeof zh = {} as typeof zh;
