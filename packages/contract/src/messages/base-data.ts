/** Base data and administration: accounts, units, persons, years, categories, assessed units, announcements, settings, notifications, statistics. */
export const BASE_DATA_MESSAGES = {
} as const;
