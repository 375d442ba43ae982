import type { TARGET_MESSAGES } from '@jx/contract';

/** Targets, their workflow, decomposition, the responsibility letter and Excel import/export. */
export const targets: Record<keyof typeof TARGET_MESSAGES, string> = {
};
