/** `YYYY-MM-DD` ↔ a UTC-midnight Date, as PostgreSQL `date` columns hold them. */
export const parseDate = (s: string) => new Date(`${s}T00:00:00.000Z`);
export const formatDate = (d: Date) => d.toISOString().slice(0, 10);
