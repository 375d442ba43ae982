import { ERROR_MESSAGES, type ErrorMessageKey } from '@jx/contract';

/** The server's error messages by key (the contract's Chinese texts): zh-CN shows what the server sent. */
export const errors: Record<ErrorMessageKey, string> = { ...ERROR_MESSAGES };
