import type { accounts as zh } from '../zh-CN/accounts';

export const accounts: typeof zh = {} as typeof zh;
