import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executionState, executionStateValidUntil, type ExecutionInput } from './execution-state.ts';
import { periodKeys } from './periods.ts';

const T = { yellowLagPoints: 10, redLagPoints: 25, overdueRedDays: 5, dueDay: 5 };
const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');
const YEAR_AFTER = Date.parse('2027-03-01T00:00:00+08:00');
const bj = (s: string) => new Date(`${s}+08:00`);

const day = fc.integer({ min: 0, max: 420 }).map((d) => new Date(YEAR_START + d * 86_400_000).toISOString().slice(0, 10));

/** A target of 2026 with a plan, some reports, a first publication and open orders, all random. */
const input: fc.Arbitrary<ExecutionInput> = fc
  .record({
    rhythm: fc.constantFrom('MONTHLY' as const, 'QUARTERLY' as const),
    planned: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 12 }),
    reported: fc.array(fc.option(fc.record({ actualPercent: fc.integer({ min: 0, max: 100 }), late: fc.boolean() })), { minLength: 12, maxLength: 12 }),
    deadline: day,
    published: fc.option(fc.integer({ min: YEAR_START, max: YEAR_AFTER })),
    orders: fc.array(day, { maxLength: 3 }),
  })
  .map((r) => {
    const keys = periodKeys(r.rhythm);
    return {
      year: 2026,
      rhythm: r.rhythm,
      deadline: r.deadline,
      milestones: keys.map((periodKey, i) => ({ periodKey, plannedPercent: r.planned[i]! })),
      reports: keys.flatMap((periodKey, i) => (r.reported[i] ? [{ periodKey, ...r.reported[i] }] : [])),
      firstPublishedAt: r.published === null ? null : new Date(r.published),
      openOrderDueDates: r.orders,
    };
  });

const instant = fc.integer({ min: YEAR_START, max: YEAR_AFTER }).map((ms) => new Date(ms));

describe('executionStateValidUntil', () => {
  it('names an instant before which the state does not change', () => {
    fc.assert(
      fc.property(input, instant, fc.double({ min: 0, max: 1, noNaN: true }), (x, now, f) => {
        const until = executionStateValidUntil(x, now, T);
        const state = executionState(x, now, T);
        const { validUntil: _, ...values } = state;
        const end = until ? until.getTime() : YEAR_AFTER + 400 * 86_400_000;
        expect(end).toBeGreaterThan(now.getTime());
        // Any instant in [now, validUntil) sees the same state.
        const later = new Date(now.getTime() + Math.floor(f * (end - 1 - now.getTime())));
        const { validUntil: __, ...laterValues } = executionState(x, later, T);
        expect(laterValues).toEqual(values);
      }),
      { numRuns: 3000 },
    );
  });

  it('expires when a report falls due, and again each day it stays missing', () => {
    const x: ExecutionInput = {
      year: 2026,
      rhythm: 'QUARTERLY',
      deadline: '2026-12-31',
      milestones: [
        { periodKey: 'Q1', plannedPercent: 30 },
        { periodKey: 'Q2', plannedPercent: 60 },
      ],
      reports: [],
      openOrderDueDates: [],
    };
    // Q1 is due until the end of 5 April; at 10:00 on 3 April the next change is that instant (+1 ms).
    expect(executionStateValidUntil(x, bj('2026-04-03T10:00:00'), T)).toEqual(new Date(bj('2026-04-06T00:00:00').getTime() + 1));
    // Two and a half days late: the overdue count goes from 3 to 4 at the next midnight.
    const s = executionState(x, bj('2026-04-08T12:00:00'), T);
    expect(s.warning.overdueDays).toBe(3);
    expect(s.validUntil).toEqual(new Date(bj('2026-04-09T00:00:00').getTime() + 1));
  });

  it('counts open orders overdue from the day after their due date, Beijing time', () => {
    const x: ExecutionInput = { year: 2026, rhythm: 'MONTHLY', deadline: '2026-12-31', milestones: [], reports: [], openOrderDueDates: ['2026-05-10'] };
    expect(executionState(x, bj('2026-05-10T23:59:00'), T).orders).toEqual({ open: 1, overdue: 0 });
    expect(executionState(x, bj('2026-05-11T00:00:00'), T).orders).toEqual({ open: 1, overdue: 1 });
    expect(executionStateValidUntil(x, bj('2026-05-10T23:59:00'), T)).toEqual(bj('2026-05-11T00:00:00'));
  });
});
