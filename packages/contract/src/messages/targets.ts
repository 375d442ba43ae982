/** Targets, their workflow, decomposition, the responsibility letter and Excel import/export. */
export const TARGET_MESSAGES = {
} as const;
