import { describe, expect, it } from 'vitest';
import { pendingReports } from './pending-reports.ts';

const bj = (s: string) => new Date(`${s}+08:00`);
const input = {
  year: 2026,
  milestones: [
    { periodKey: 'M01', plannedPercent: 10 },
    { periodKey: 'M02', plannedPercent: 20 },
    { periodKey: 'M03', plannedPercent: 30 },
    { periodKey: 'M04', plannedPercent: 40 },
  ],
  reports: [{ periodKey: 'M01', actualPercent: 10 }],
  firstPublishedAt: bj('2026-01-20T00:00:00'),
};

describe('pendingReports (本期待报送)', () => {
  it('lists the started, unreported periods (the current one too), overdue once their due day (5th of the next month) has passed', () => {
    expect(pendingReports(input, bj('2026-04-03T10:00:00'), 5)).toEqual([
      { periodKey: 'M02', plannedPercent: 20, dueAt: bj('2026-03-06T00:00:00'), overdue: true },
      { periodKey: 'M03', plannedPercent: 30, dueAt: bj('2026-04-06T00:00:00'), overdue: false },
      { periodKey: 'M04', plannedPercent: 40, dueAt: bj('2026-05-06T00:00:00'), overdue: false },
    ]);
  });

  it('does not ask for a period not yet started, nor for one that fell due before the first publication', () => {
    const late = { ...input, reports: [], firstPublishedAt: bj('2026-02-10T00:00:00') };
    expect(pendingReports(late, bj('2026-03-15T10:00:00'), 5).map((p) => p.periodKey)).toEqual(['M02', 'M03']);
    expect(pendingReports(input, bj('2026-01-31T23:59:00'), 5)).toEqual([]);
  });
});
