/** Reporting periods of a year: `M01`..`M12` (monthly) or `Q1`..`Q4` (quarterly). */
export type Rhythm = 'MONTHLY' | 'QUARTERLY';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

export function periodKeys(rhythm: Rhythm): string[] {
  return rhythm === 'MONTHLY' ? Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`) : ['Q1', 'Q2', 'Q3', 'Q4'];
}

/** The last month (1..12) a period covers. */
export function periodEndMonth(key: string): number {
  const m = /^M(0[1-9]|1[0-2])$/.exec(key);
  if (m) return Number(m[1]);
  const q = /^Q([1-4])$/.exec(key);
  if (q) return Number(q[1]) * 3;
  throw new RangeError(`unknown period key ${key}`);
}

/** Midnight (Beijing time) at the start of a calendar day, as an instant. */
export function beijingMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - BEIJING_OFFSET_MS);
}

/** The instant a period ends: the first midnight after its last month, Beijing time. */
export function periodEnd(year: number, key: string): Date {
  return beijingMidnight(year, periodEndMonth(key) + 1, 1);
}

/**
 * The instant a period's report becomes late: the end of `dueDay` of the month after the period
 * (due day 5: a March report is on time until 5 April 24:00 Beijing time).
 */
export function reportDueAt(year: number, key: string, dueDay: number): Date {
  return beijingMidnight(year, periodEndMonth(key) + 1, dueDay + 1);
}

/** End of the deadline's day, Beijing time (`YYYY-MM-DD`). */
export function endOfBeijingDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return beijingMidnight(y, m, d + 1);
}

/** The first month (1..12) a period covers. */
export function periodStartMonth(key: string): number {
  const end = periodEndMonth(key);
  return key.startsWith('Q') ? end - 2 : end;
}

/** The instant a period starts: midnight at the beginning of its first month, Beijing time. */
export function periodStart(year: number, key: string): Date {
  return beijingMidnight(year, periodStartMonth(key), 1);
}
