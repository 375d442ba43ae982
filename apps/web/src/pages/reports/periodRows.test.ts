import { describe, expect, it } from 'vitest';
import type { ProgressReport } from '@jx/contract';
import { currentReportablePeriod, firstPublishedAt, periodRows } from './periodRows';

const monthly = Array.from({ length: 12 }, (_, i) => ({ period: `M${String(i + 1).padStart(2, '0')}`, plannedPercent: Math.round(((i + 1) / 12) * 100) }));

describe('period statuses follow the configured report due day', () => {
  const rowsOn = (dueDay: number) =>
    periodRows({
      year: 2026,
      rhythm: 'MONTHLY',
      milestones: [{ period: 'M01', plannedPercent: 10 }],
      reports: [],
      now: new Date('2026-02-07T12:00:00+08:00'),
      dueDay,
      firstPublishedAt: null,
    });

  it('a January without a report is overdue on 7 February under the 5th, still pending under the 10th', () => {
    expect(rowsOn(5)[0]!.status).toBe('OVERDUE');
    expect(rowsOn(10)[0]!.status).toBe('PENDING');
  });
});

describe('periods that fell due before the first publication', () => {
  const publishedOn25Nov = (reports: ProgressReport[] = []) =>
    periodRows({
      year: 2026,
      rhythm: 'MONTHLY',
      milestones: monthly,
      reports,
      now: new Date('2026-11-25T12:00:00+08:00'),
      dueDay: 5,
      firstPublishedAt: new Date('2026-11-25T09:00:00+08:00'),
    });

  it('are not required: January to October read 发布前, November is the one period due, December not started', () => {
    const rows = publishedOn25Nov();
    expect(rows.map((r) => r.status)).toEqual([...Array(10).fill('BEFORE_PUBLICATION'), 'PENDING', 'NOT_STARTED']);
    expect(rows.filter((r) => r.required).map((r) => r.periodKey)).toEqual(['M11']);
    expect(currentReportablePeriod(rows)?.periodKey).toBe('M11');
  });

  it('may still be reported (补报): the report shows as it was stored', () => {
    const march = { periodKey: 'M03', late: true, actualPercent: 25 } as ProgressReport;
    const rows = publishedOn25Nov([march]);
    expect(rows[2]).toMatchObject({ status: 'LATE', started: true, required: false });
    expect(rows[3]!.status).toBe('BEFORE_PUBLICATION');
  });

  it('stop at the publication: the first period falling due after it is overdue as usual', () => {
    const rows = periodRows({
      year: 2026,
      rhythm: 'MONTHLY',
      milestones: monthly,
      reports: [],
      now: new Date('2026-07-07T12:00:00+08:00'),
      dueDay: 5,
      firstPublishedAt: new Date('2026-06-20T10:00:00+08:00'),
    });
    expect(rows[4]!.status).toBe('BEFORE_PUBLICATION'); // May: due at the end of 5 June
    expect(rows[5]).toMatchObject({ status: 'OVERDUE', required: true }); // June: due at the end of 5 July
    expect(rows[6]).toMatchObject({ status: 'PENDING', required: true });
  });
});

describe('periods after completion (decision 0027)', () => {
  it('read 已完成, are not required, and the current one is not prompted for', () => {
    const february = { periodKey: 'M02', late: false, actualPercent: 100 } as ProgressReport;
    const rows = periodRows({
      year: 2026,
      rhythm: 'MONTHLY',
      milestones: monthly,
      reports: [february],
      now: new Date('2026-07-10T12:00:00+08:00'),
      dueDay: 5,
      firstPublishedAt: null,
    });
    expect(rows.slice(0, 8).map((r) => r.status)).toEqual(['OVERDUE', 'ON_TIME', ...Array(5).fill('COMPLETED'), 'NOT_STARTED']);
    expect(rows.filter((r) => r.required).map((r) => r.periodKey)).toEqual(['M01', 'M02']);
    expect(currentReportablePeriod(rows)).toBeUndefined();
  });
});

describe('firstPublishedAt', () => {
  it('is the earliest publication among the revisions, null when never published', () => {
    const revisions = [{ publishedAt: '2026-09-01T02:00:00.000Z' }, { publishedAt: null }, { publishedAt: '2026-03-01T02:00:00.000Z' }];
    expect(firstPublishedAt(revisions)?.toISOString()).toBe('2026-03-01T02:00:00.000Z');
    expect(firstPublishedAt([{ publishedAt: null }])).toBeNull();
  });
});
