import { describe, expect, it } from 'vitest';
import { periodRows } from './periodRows';

describe('period statuses follow the configured report due day', () => {
  const rowsOn = (dueDay: number) =>
    periodRows({ year: 2026, rhythm: 'MONTHLY', milestones: [{ period: 'M01', plannedPercent: 10 }], reports: [], now: new Date('2026-02-07T12:00:00+08:00'), dueDay });

  it('a January without a report is overdue on 7 February under the 5th, still pending under the 10th', () => {
    expect(rowsOn(5)[0]!.status).toBe('OVERDUE');
    expect(rowsOn(10)[0]!.status).toBe('PENDING');
  });
});
