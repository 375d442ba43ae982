import { describe, expect, it } from 'vitest';
import { holidayProblems } from './holidayProblems';

describe('holidayProblems', () => {
  it('accepts named dates of the year, holidays and make-up working days alike', () => {
    expect(
      holidayProblems(2026, [
        { date: '2026-10-01', name: '国庆节', workday: false },
        { date: '2026-10-10', name: '国庆调休', workday: true },
      ]),
    ).toEqual([]);
  });

  it('names the row and field of a missing name, a date of another year and a date entered twice', () => {
    expect(
      holidayProblems(2026, [
        { date: '2026-05-01', name: ' ', workday: false },
        { date: '2027-01-01', name: '元旦', workday: false },
        { date: '2026-05-01', name: '劳动节', workday: false },
      ]),
    ).toEqual([
      { row: 0, field: 'name', key: 'nameRequired' },
      { row: 1, field: 'date', key: 'otherYear' },
      { row: 2, field: 'date', key: 'duplicate' },
    ]);
  });
});
