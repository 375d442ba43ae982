import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '@jx/contract';
import { checkClosedPeriods } from './target.validate.ts';

// A revision may not rewrite the plan of a month that has ended — ended in Beijing time, not UTC.
describe('checkClosedPeriods', () => {
  const published = [{ period: 'M01', plannedPercent: 8 }];
  const changed = [{ period: 'M01', plannedPercent: 1 }];
  const issuesAt = (now: string) => {
    const issues: FieldIssue[] = [];
    checkClosedPeriods(published, changed, 2026, new Date(now), issues);
    return issues.map((i) => i.path);
  };

  it('January is still open at 23:30 on 31 January in Beijing (15:30 UTC)', () => {
    expect(issuesAt('2026-01-31T23:30:00+08:00')).toEqual([]);
  });

  it('January has ended at 00:30 on 1 February in Beijing, while UTC is still in January', () => {
    expect(issuesAt('2026-02-01T00:30:00+08:00')).toEqual(['milestones.0.plannedPercent']);
  });
});
