const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** The calendar day in Beijing `days` after the instant, as `YYYY-MM-DD` (what a date field takes). */
export const beijingDate = (at: Date, days = 0) => new Date(at.getTime() + BEIJING + days * DAY).toISOString().slice(0, 10);

/** `YYYYMMDD` in Beijing: the date stamp of exported file names. */
export const beijingStamp = (at: Date) => beijingDate(at).replaceAll('-', '');

/** A Beijing wall-clock time (`2026-03-02T10:00:00`) as an instant. */
export const bj = (local: string) => new Date(`${local}+08:00`);

/** The month the instant falls in (Beijing time) as a monthly period key: `M03`. */
export const monthPeriodOf = (at: Date) => `M${beijingDate(at).slice(5, 7)}`;
