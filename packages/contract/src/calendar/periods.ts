import type { ReportingRhythm } from '../routes/units.ts';

// The reporting-period calendar, the one copy the API, the web app and the demo seed use (decision 0017).
// A year's periods are `M01`..`M12` (monthly rhythm) or `Q1`..`Q4` (quarterly); instants are in Beijing time
// (UTC+8, no daylight saving), whatever the time zone of the machine running the code. Pure: no clock, no I/O.

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The period keys of a reporting rhythm, in order: M01..M12 or Q1..Q4. */
export function periodKeys(rhythm: ReportingRhythm): string[] {
  return rhythm === 'MONTHLY' ? Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`) : ['Q1', 'Q2', 'Q3', 'Q4'];
}

/** The last month (1–12) a period covers; a RangeError for anything but M01..M12 and Q1..Q4. */
export function periodEndMonth(key: string): number {
  const m = /^M(0[1-9]|1[0-2])$/.exec(key);
  if (m) return Number(m[1]);
  const q = /^Q([1-4])$/.exec(key);
  if (q) return Number(q[1]) * 3;
  throw new RangeError(`unknown period key ${key}`);
}

/** The first month (1–12) a period covers; a RangeError for an unknown key. */
export function periodStartMonth(key: string): number {
  const end = periodEndMonth(key);
  return key.startsWith('Q') ? end - 2 : end;
}

/** How a period key reads to a user: M10 → 10月, Q3 → 第三季度 (anything else is returned as is). */
export function formatPeriodKey(key: string): string {
  if (/^M(0[1-9]|1[0-2])$/.test(key)) return `${Number(key.slice(1))}月`;
  if (/^Q[1-4]$/.test(key)) return `第${QUARTER_NAMES[Number(key.slice(1)) - 1]}季度`;
  return key;
}

/** Midnight (Beijing time) at the start of a calendar day, as an instant; month and day may run over (month 13 is next January). */
export function beijingMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - BEIJING_OFFSET_MS);
}

/** The instant a period starts: midnight at the beginning of its first month, Beijing time. Reports are accepted from then on. */
export function periodStart(year: number, key: string): Date {
  return beijingMidnight(year, periodStartMonth(key), 1);
}

/** The instant a period ends: the first midnight after its last month, Beijing time. */
export function periodEnd(year: number, key: string): Date {
  return beijingMidnight(year, periodEndMonth(key) + 1, 1);
}

/**
 * The instant a period's report becomes late: the end of `dueDay` (setting `report.dueDay`, 次月几日前) of the month
 * after the period (due day 5: a March report is on time until 5 April 24:00 Beijing time).
 */
export function reportDueAt(year: number, key: string, dueDay: number): Date {
  return beijingMidnight(year, periodEndMonth(key) + 1, dueDay + 1);
}

/**
 * The instant a period's report stops being editable: `editableDays` (setting `report.editableDays`) after its due
 * instant (decision 0027). Before it the reporter may still correct the report; from it on the report is read-only.
 */
export function reportEditableUntil(year: number, key: string, dueDay: number, editableDays: number): Date {
  return beijingMidnight(year, periodEndMonth(key) + 1, dueDay + 1 + editableDays);
}

/** The end of a calendar day (`YYYY-MM-DD`, e.g. a 工作时限 or a due date), Beijing time: the next midnight. */
export function endOfBeijingDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return beijingMidnight(y, m, d + 1);
}
