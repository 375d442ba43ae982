import { endOfBeijingDay, executionState, isOrderDateOverdue, type WarningThresholds } from '@jx/contract';
import type { StateInput } from './state-inputs.ts';

/** After the last instant anything can change: a state that no calendar day changes any more is valid until then. */
export const NEVER = new Date('9999-12-31T00:00:00.000Z');

/** One TargetState row's computed columns (what `refreshStaleStates` writes and the consistency check compares). */
export interface StateValues {
  targetId: string;
  validUntil: string;
  inForce: boolean;
  title: string;
  deadline: string | null;
  level: 'RED' | 'YELLOW' | 'GREEN' | null;
  plannedPercent: number;
  actualPercent: number;
  lagPoints: number;
  overdueDays: number;
  reasons: readonly unknown[];
  reportsDue: number;
  reportsSubmitted: number;
  reportsLate: number;
  ordersOpen: number;
  ordersOverdue: number;
  reportCount: number;
  lateReportCount: number;
}

export function stateValues(x: StateInput, now: Date, t: WarningThresholds): StateValues {
  if (!x.plan) {
    // Never published: no warning and no reports; only its open orders count (and they may fall overdue).
    const upcoming = x.openOrderDueDates.filter((d) => !isOrderDateOverdue(d, now)).sort();
    const until = upcoming[0] ? endOfBeijingDay(upcoming[0]) : null;
    return {
      ...EMPTY,
      targetId: x.targetId,
      validUntil: (until ?? NEVER).toISOString(),
      ordersOpen: x.openOrderDueDates.length,
      ordersOverdue: x.openOrderDueDates.length - upcoming.length,
    };
  }
  const s = executionState(x.plan.input, now, t);
  return {
    targetId: x.targetId,
    validUntil: (s.validUntil ?? NEVER).toISOString(),
    inForce: true,
    title: x.plan.title,
    deadline: x.plan.input.deadline,
    level: s.warning.level,
    plannedPercent: s.warning.plannedPercent,
    actualPercent: s.warning.actualPercent,
    lagPoints: s.warning.lagPoints,
    overdueDays: s.warning.overdueDays,
    reasons: s.warning.reasons,
    reportsDue: s.reports.due,
    reportsSubmitted: s.reports.submitted,
    reportsLate: s.reports.late,
    ordersOpen: s.orders.open,
    ordersOverdue: s.orders.overdue,
    reportCount: x.plan.input.reports.length,
    lateReportCount: x.plan.input.reports.filter((r) => r.late).length,
  };
}

const EMPTY = {
  inForce: false,
  title: '',
  deadline: null,
  level: null,
  plannedPercent: 0,
  actualPercent: 0,
  lagPoints: 0,
  overdueDays: 0,
  reasons: [],
  reportsDue: 0,
  reportsSubmitted: 0,
  reportsLate: 0,
  reportCount: 0,
  lateReportCount: 0,
} as const;
