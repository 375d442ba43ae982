// Working days for the appeal window (申诉期限): Monday to Friday, except the office's 法定节假日, plus the weekend
// days it lists as worked (调休上班). Dates are Beijing calendar days; pure, no clock.

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export interface WorkCalendar {
  /** 法定节假日 (YYYY-MM-DD): not worked even on a weekday. */
  holidays: readonly string[];
  /** 调休上班 (YYYY-MM-DD): weekend days that are worked. */
  workdays: readonly string[];
}

/** The Beijing calendar day of an instant, as YYYY-MM-DD. */
export function beijingDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The end (23:59:59.999 Beijing time) of the `days`-th working day after the day of `start`; the day of `start` itself
 * does not count. A bulletin published on Friday evening with a window of 5 working days can be appealed until the
 * Friday after.
 */
export function addWorkingDays(start: Date | string, days: number, calendar: WorkCalendar): string {
  let day = beijingDay(start);
  let left = days;
  while (left > 0) {
    day = new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day, calendar)) left--;
  }
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS - BEIJING_OFFSET_MS - 1).toISOString();
}
