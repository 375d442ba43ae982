import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days.ts';

const none = { holidays: [], workdays: [] };
// 2026: 国庆 1–7 October off (Thursday to Wednesday), Saturday 10 October worked (调休).
const national = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] };

describe('appeal window in working days', () => {
  it('skips the weekend: published Friday evening (Beijing), 5 working days end the next Friday at midnight', () => {
    expect(addWorkingDays('2026-09-04T20:00:00+08:00', 5, none)).toBe('2026-09-11T15:59:59.999Z');
  });
  it('a publication late on Sunday in UTC terms is Monday in Beijing: the window starts on Tuesday', () => {
    // 2026-09-06T17:00Z is Monday 01:00 in Beijing.
    expect(addWorkingDays('2026-09-06T17:00:00Z', 1, none)).toBe('2026-09-08T15:59:59.999Z');
  });
  it('skips 国庆 and counts the 调休 Saturday', () => {
    // Published Wednesday 30 September: 8 Oct (Thu) 1, 9 Oct (Fri) 2, 10 Oct (Sat, worked) 3, 12 Oct (Mon) 4, 13 Oct 5.
    expect(addWorkingDays('2026-09-30T10:00:00+08:00', 5, national)).toBe('2026-10-13T15:59:59.999Z');
    expect(addWorkingDays('2026-09-30T10:00:00+08:00', 1, national)).toBe('2026-10-08T15:59:59.999Z');
  });
  it('tells a holiday weekday from a worked weekend day', () => {
    expect(isWorkingDay('2026-10-01', national)).toBe(false);
    expect(isWorkingDay('2026-10-10', national)).toBe(true);
    expect(isWorkingDay('2026-10-11', national)).toBe(false);
    expect(isWorkingDay('2026-10-12', national)).toBe(true);
  });
});
