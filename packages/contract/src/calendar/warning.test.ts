import { describe, expect, it } from 'vitest';
import { completionPeriod, computeWarning, isReportLate, isReportRequired, type WarningInput } from './warning.ts';
import { reportDueAt } from './periods.ts';

const T = { yellowLagPoints: 10, redLagPoints: 25, overdueRedDays: 5, dueDay: 5 };
const quarterly: WarningInput = {
  year: 2026,
  rhythm: 'QUARTERLY',
  deadline: '2026-12-31',
  milestones: [
    { periodKey: 'Q1', plannedPercent: 20 },
    { periodKey: 'Q2', plannedPercent: 50 },
    { periodKey: 'Q3', plannedPercent: 80 },
    { periodKey: 'Q4', plannedPercent: 100 },
  ],
  reports: [],
};
/** An instant given in Beijing time. */
const bj = (s: string) => new Date(`${s}+08:00`);

describe('computeWarning', () => {
  it('is green before anything is due', () => {
    expect(computeWarning(quarterly, bj('2026-02-10T10:00:00'), T)).toMatchObject({ level: 'GREEN', plannedPercent: 0, reasons: [] });
  });

  it('counts a report as due until the end of the due day, Beijing time', () => {
    const reported = { ...quarterly, reports: [] };
    expect(computeWarning(reported, bj('2026-04-05T23:59:00'), T).overdueDays).toBe(0);
    const w = computeWarning({ ...reported, milestones: quarterly.milestones }, bj('2026-04-06T00:30:00'), T);
    expect(w.overdueDays).toBe(1);
    expect(w.reasons.find((r) => r.code === 'REPORT_OVERDUE')?.level).toBe('YELLOW');
  });

  it('does not count periods that fell due before the first publication, even weeks later', () => {
    const late = { ...quarterly, milestones: quarterly.milestones.slice(0, 3), firstPublishedAt: bj('2026-11-20T10:00:00') };
    const w = computeWarning(late, bj('2026-11-23T10:00:00'), T);
    expect(w.overdueDays).toBe(0);
    expect(w.reasons.map((r) => r.code)).not.toContain('REPORT_OVERDUE');
    expect(computeWarning(late, bj('2026-12-28T10:00:00'), T).overdueDays).toBe(0);
    // Unknown publication: every due period counts.
    expect(computeWarning({ ...late, firstPublishedAt: null }, bj('2026-11-23T10:00:00'), T).overdueDays).toBe(232);
    // Published before the due date: the due date counts.
    expect(computeWarning({ ...late, firstPublishedAt: bj('2026-01-10T10:00:00') }, bj('2026-11-23T10:00:00'), T).overdueDays).toBe(232);
  });

  it('counts the first period falling due after the publication as usual', () => {
    // Published 20 June: Q1 (due 5 April) is not required, Q2 is due at the end of 5 July.
    const june = { ...quarterly, firstPublishedAt: bj('2026-06-20T10:00:00') };
    expect(computeWarning(june, bj('2026-07-05T23:00:00'), T).overdueDays).toBe(0);
    const w = computeWarning(june, bj('2026-07-10T12:00:00'), T);
    expect(w.overdueDays).toBe(5);
    expect(w.reasons.find((r) => r.code === 'REPORT_OVERDUE')).toMatchObject({ level: 'YELLOW', message: '进展报告逾期 5 天未报' });
    expect(computeWarning(june, bj('2026-07-11T12:00:00'), T).level).toBe('RED');
  });

  it('keeps the plan and deadline checks for a target published late', () => {
    // Published 20 November, nothing reported: 80 % planned by the end of Q3 → behind plan, though nothing is overdue.
    const late = { ...quarterly, deadline: '2026-11-30', firstPublishedAt: bj('2026-11-20T10:00:00') };
    expect(computeWarning(late, bj('2026-11-23T10:00:00'), T).reasons.map((r) => r.code)).toEqual(['BEHIND_PLAN']);
    expect(computeWarning(late, bj('2026-12-01T10:00:00'), T).reasons.map((r) => r.code)).toEqual(['DEADLINE_PASSED', 'BEHIND_PLAN']);
  });

  it('turns red when a report is more than five days overdue', () => {
    const onTrack = { ...quarterly, reports: [] };
    expect(computeWarning(onTrack, bj('2026-04-10T12:00:00'), T).reasons.find((r) => r.code === 'REPORT_OVERDUE')?.level).toBe('YELLOW');
    expect(computeWarning(onTrack, bj('2026-04-11T12:00:00'), T).level).toBe('RED');
  });

  it('is yellow 10 points behind plan and red 25 behind, green below 10', () => {
    const at = bj('2026-07-03T09:00:00'); // Q2 ended (plan 50 %), its report not yet due
    const withActual = (p: number) => ({
      ...quarterly,
      reports: [
        { periodKey: 'Q1', actualPercent: 20 },
        { periodKey: 'Q2', actualPercent: p },
      ],
    });
    expect(computeWarning(withActual(41), at, T).level).toBe('GREEN');
    expect(computeWarning(withActual(40), at, T)).toMatchObject({ level: 'YELLOW', lagPoints: 10 });
    expect(computeWarning(withActual(26), at, T)).toMatchObject({ level: 'YELLOW', lagPoints: 24 });
    expect(computeWarning(withActual(25), at, T)).toMatchObject({ level: 'RED', lagPoints: 25 });
  });

  it('is red once the deadline has passed unfinished, and green when finished', () => {
    const input = {
      ...quarterly,
      deadline: '2026-06-30',
      reports: [
        { periodKey: 'Q1', actualPercent: 20 },
        { periodKey: 'Q2', actualPercent: 90 },
      ],
    };
    expect(computeWarning(input, bj('2026-06-30T23:00:00'), T).reasons.map((r) => r.code)).not.toContain('DEADLINE_PASSED');
    const after = computeWarning(input, bj('2026-07-01T00:10:00'), T);
    expect(after.level).toBe('RED');
    expect(after.reasons[0]?.message).toContain('2026-06-30');
    const done = { ...input, reports: [...input.reports, { periodKey: 'Q2', actualPercent: 100 }] };
    expect(computeWarning(done, bj('2026-07-01T00:10:00'), T).level).toBe('GREEN');
  });

  it('follows the thresholds from the settings', () => {
    const input = { ...quarterly, reports: [{ periodKey: 'Q1', actualPercent: 15 }] };
    const at = bj('2026-04-03T09:00:00');
    expect(computeWarning(input, at, T).level).toBe('GREEN');
    expect(computeWarning(input, at, { ...T, yellowLagPoints: 5 }).level).toBe('YELLOW');
  });

  it('handles monthly rhythms', () => {
    const monthly: WarningInput = {
      year: 2026,
      rhythm: 'MONTHLY',
      deadline: '2026-12-31',
      milestones: Array.from({ length: 12 }, (_, i) => ({ periodKey: `M${String(i + 1).padStart(2, '0')}`, plannedPercent: Math.round(((i + 1) / 12) * 100) })),
      reports: [
        { periodKey: 'M01', actualPercent: 8 },
        { periodKey: 'M02', actualPercent: 17 },
      ],
    };
    const w = computeWarning(monthly, bj('2026-04-01T09:00:00'), T);
    expect(w.plannedPercent).toBe(25);
    expect(w.overdueDays).toBe(0);
    expect(computeWarning(monthly, bj('2026-04-07T09:00:00'), T).overdueDays).toBe(2);
  });
});

describe('isReportLate', () => {
  it('marks a report late only after its due instant', () => {
    const due = reportDueAt(2026, 'M03', 5);
    expect(isReportLate(2026, 'M03', new Date(due.getTime() - 1), 5)).toBe(false);
    expect(isReportLate(2026, 'M03', new Date(due.getTime() + 1), 5)).toBe(true);
  });
});

describe('isReportRequired', () => {
  it('excuses only periods that fell due before the first publication', () => {
    const due = reportDueAt(2026, 'M03', 5);
    expect(isReportRequired(2026, 'M03', 5, new Date(due.getTime() + 1), null)).toBe(false);
    expect(isReportRequired(2026, 'M03', 5, due, null)).toBe(true);
    expect(isReportRequired(2026, 'M03', 5, null, null)).toBe(true);
  });
});

describe('completion (decision 0027)', () => {
  it('takes the earliest period reported at 100 % and excuses only the periods after it', () => {
    const done = completionPeriod([
      { periodKey: 'M05', actualPercent: 100 },
      { periodKey: 'M03', actualPercent: 100 },
      { periodKey: 'M02', actualPercent: 80 },
    ]);
    expect(done).toBe('M03');
    expect(completionPeriod([{ periodKey: 'Q1', actualPercent: 99 }])).toBeNull();
    expect(isReportRequired(2026, 'M03', 5, null, done)).toBe(true);
    expect(isReportRequired(2026, 'M04', 5, null, done)).toBe(false);
  });

  it('counts no overdue days for periods after completion', () => {
    const input: WarningInput = {
      year: 2026,
      rhythm: 'MONTHLY',
      deadline: '2026-12-31',
      milestones: [
        { periodKey: 'M03', plannedPercent: 50 },
        { periodKey: 'M06', plannedPercent: 100 },
      ],
      reports: [{ periodKey: 'M03', actualPercent: 100 }],
    };
    // M06 fell due on 5 July; without the completion it would be 10 days overdue on 15 July.
    expect(computeWarning(input, bj('2026-07-15T10:00:00'), T)).toMatchObject({ level: 'GREEN', overdueDays: 0 });
  });
});
