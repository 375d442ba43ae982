import type { BASE_DATA_MESSAGES } from '@jx/contract';

/** Base data and administration: accounts, units, persons, years, categories, announcements, settings, notifications. */
export const baseData: Record<keyof typeof BASE_DATA_MESSAGES, string> = {
};
