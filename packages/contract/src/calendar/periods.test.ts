import { describe, expect, it } from 'vitest';
import {
  beijingMidnight,
  endOfBeijingDay,
  formatPeriodKey,
  periodEnd,
  periodEndMonth,
  periodKeys,
  periodStart,
  periodStartMonth,
  reportDueAt,
  reportEditableUntil,
} from './periods.ts';

/** An instant given in Beijing time. */
const bj = (s: string) => new Date(`${s}+08:00`);
const ALL_KEYS = [...periodKeys('MONTHLY'), ...periodKeys('QUARTERLY')];

describe('periodKeys', () => {
  it('lists the months and the quarters in order', () => {
    expect(periodKeys('MONTHLY')).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12']);
    expect(periodKeys('QUARTERLY')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });
});

describe('period months', () => {
  it('a month covers itself, a quarter its three months', () => {
    expect([periodStartMonth('M01'), periodEndMonth('M01')]).toEqual([1, 1]);
    expect([periodStartMonth('M12'), periodEndMonth('M12')]).toEqual([12, 12]);
    expect(periodKeys('QUARTERLY').map((k) => [periodStartMonth(k), periodEndMonth(k)])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 12],
    ]);
  });
  it('the quarters tile the months of the year', () => {
    const months = periodKeys('QUARTERLY').flatMap((k) =>
      Array.from({ length: periodEndMonth(k) - periodStartMonth(k) + 1 }, (_, i) => periodStartMonth(k) + i),
    );
    expect(months).toEqual(periodKeys('MONTHLY').map(periodEndMonth));
  });
  it('refuses an unknown key instead of computing with it', () => {
    for (const bad of ['M00', 'M13', 'M1', 'Q0', 'Q5', 'q1', '', 'H1']) {
      expect(() => periodEndMonth(bad), bad).toThrow(RangeError);
      expect(() => periodStartMonth(bad), bad).toThrow(RangeError);
    }
  });
});

describe('formatPeriodKey', () => {
  it('reads months and quarters the way officials write them', () => {
    expect(formatPeriodKey('M01')).toBe('1月');
    expect(formatPeriodKey('M10')).toBe('10月');
    expect(formatPeriodKey('Q1')).toBe('第一季度');
    expect(formatPeriodKey('Q3')).toBe('第三季度');
  });
  it('labels every key of both rhythms distinctly', () => {
    const labels = ALL_KEYS.map(formatPeriodKey);
    expect(new Set(labels).size).toBe(16);
  });
  it('leaves an unknown key as it is', () => {
    expect(formatPeriodKey('M13')).toBe('M13');
  });
});

describe('instants, in Beijing time', () => {
  it('beijingMidnight is 16:00 UTC the day before, and runs over into the next month and year', () => {
    expect(beijingMidnight(2026, 3, 1).toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(beijingMidnight(2026, 13, 1)).toEqual(bj('2027-01-01T00:00:00'));
    expect(beijingMidnight(2026, 2, 29)).toEqual(bj('2026-03-01T00:00:00'));
  });
  it('a period starts at the midnight opening its first month and ends at the one after its last', () => {
    expect(periodStart(2026, 'M03')).toEqual(bj('2026-03-01T00:00:00'));
    expect(periodEnd(2026, 'M03')).toEqual(bj('2026-04-01T00:00:00'));
    expect(periodStart(2026, 'Q2')).toEqual(bj('2026-04-01T00:00:00'));
    expect(periodEnd(2026, 'Q2')).toEqual(bj('2026-07-01T00:00:00'));
    expect(periodEnd(2026, 'M12')).toEqual(bj('2027-01-01T00:00:00'));
    expect(periodEnd(2026, 'Q4')).toEqual(periodEnd(2026, 'M12'));
  });
  it('consecutive periods leave no gap', () => {
    for (const keys of [periodKeys('MONTHLY'), periodKeys('QUARTERLY')]) {
      keys.slice(1).forEach((k, i) => expect(periodStart(2026, k)).toEqual(periodEnd(2026, keys[i]!)));
      expect(periodStart(2026, keys[0]!)).toEqual(bj('2026-01-01T00:00:00'));
    }
  });
  it('a report is due at the end of the due day of the month after the period', () => {
    expect(reportDueAt(2026, 'M03', 5)).toEqual(bj('2026-04-06T00:00:00'));
    expect(reportDueAt(2026, 'Q1', 10)).toEqual(bj('2026-04-11T00:00:00'));
    expect(reportDueAt(2026, 'M12', 5)).toEqual(bj('2027-01-06T00:00:00'));
    expect(reportDueAt(2026, 'Q4', 5)).toEqual(reportDueAt(2026, 'M12', 5));
    for (const k of ALL_KEYS) expect(reportDueAt(2026, k, 1).getTime()).toBeGreaterThan(periodEnd(2026, k).getTime());
  });
  it('a report stays editable for editableDays after its due instant', () => {
    // March due at the end of 5 April; 30 days more: editable through 5 May, read-only from 6 May 00:00.
    expect(reportEditableUntil(2026, 'M03', 5, 30)).toEqual(bj('2026-05-06T00:00:00'));
    expect(reportEditableUntil(2026, 'M12', 5, 0)).toEqual(reportDueAt(2026, 'M12', 5));
  });
  it('a day ends at the next Beijing midnight, across month and year ends', () => {
    expect(endOfBeijingDay('2026-06-30')).toEqual(bj('2026-07-01T00:00:00'));
    expect(endOfBeijingDay('2026-12-31')).toEqual(bj('2027-01-01T00:00:00'));
    expect(endOfBeijingDay('2028-02-28')).toEqual(bj('2028-02-29T00:00:00'));
  });
});
