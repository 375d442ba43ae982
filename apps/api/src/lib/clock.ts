/**
 * Every time-based rule (sessions, lockout, password age, periods, warnings, reminders) asks the clock, and so do the
 * timestamps the database would otherwise take from its own clock (`@jx/db` withClock), so tests can pin and move time.
 */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Milliseconds since the epoch, comparable across processes, that only move forward within a process. */
export const monotonicEpochMs = () => performance.timeOrigin + performance.now();

/**
 * A clock that starts at `start` and then runs at the real pace (elapsed time from the monotonic timer): the server
 * under end-to-end tests lives "at" a pinned instant whatever the calendar says (`CLOCK_START`, never in production).
 * `startedAt` (monotonicEpochMs of the moment the clock read `start`) lets every process of one server share it.
 */
export function startingClock(start: Date, startedAt = monotonicEpochMs()): Clock {
  return { now: () => new Date(start.getTime() + Math.round(monotonicEpochMs() - startedAt)) };
}

export class FakeClock implements Clock {
  constructor(private current = new Date('2026-03-02T09:00:00+08:00')) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(d: Date) {
    this.current = new Date(d);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const beijingYearFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });
/** The calendar year in Beijing at an instant (the demo year is the year "now" falls in there). */
export const beijingYear = (d: Date) => Number(beijingYearFormat.format(d));
