import type { ReportingRhythm } from '../routes/units.ts';
import type { WarningLevel } from '../routes/execution.ts';
import { endOfBeijingDay, periodEnd, periodEndMonth, reportDueAt } from './periods.ts';

// The warning rules (预警, DESIGN §2; decision 0009): plan against reports, overdue reports and the 工作时限, as of a
// given instant. Pure: the API's warning centre, statistics and reminders, the web's period table and the demo seed's
// check all ask these functions, so a level is the same wherever it is shown (decision 0017).

export interface WarningThresholds {
  /** 落后计划多少个百分点为黄色 (default 10) */
  yellowLagPoints: number;
  /** 落后计划多少个百分点为红色 (default 25) */
  redLagPoints: number;
  /** 报告逾期超过多少天为红色 (default 5) */
  overdueRedDays: number;
  /** 次月几日前报送 (default 5) */
  dueDay: number;
}

export interface WarningInput {
  year: number;
  rhythm: ReportingRhythm;
  /** 工作时限, `YYYY-MM-DD` */
  deadline: string;
  /** Planned cumulative percent per period key. */
  milestones: ReadonlyArray<{ periodKey: string; plannedPercent: number }>;
  /** Reports received: period key and actual cumulative percent. */
  reports: ReadonlyArray<{ periodKey: string; actualPercent: number }>;
  /**
   * When the target was first published (its plan came into force). A period that fell due before it is not required
   * (nobody could report on a target that did not exist yet): it is never overdue, see `isReportRequired`.
   */
  firstPublishedAt?: Date | null;
}

export interface WarningReason {
  code: 'BEHIND_PLAN' | 'REPORT_OVERDUE' | 'DEADLINE_PASSED';
  level: Exclude<WarningLevel, 'GREEN'>;
  message: string;
}

export interface Warning {
  level: WarningLevel;
  /** Planned cumulative percent as of the last ended period (0 before the first). */
  plannedPercent: number;
  /** Latest reported cumulative percent (0 before the first report). */
  actualPercent: number;
  lagPoints: number;
  /** Days the oldest missing required report is overdue (0 when none), counted from its due date. */
  overdueDays: number;
  reasons: WarningReason[];
}

const DAY = 86_400_000;

/**
 * Plan versus actual, overdue reports and the deadline, as of `now` (DESIGN §2 预警):
 * YELLOW when behind plan by ≥ yellowLagPoints or a report is ≤ overdueRedDays late;
 * RED when behind by ≥ redLagPoints, a report is more than overdueRedDays late, or the deadline passed unfinished.
 * Warnings are computed, never typed in.
 */
export function computeWarning(input: WarningInput, now: Date, t: WarningThresholds): Warning {
  const ended = input.milestones
    .filter((m) => periodEnd(input.year, m.periodKey) <= now)
    .sort((a, b) => periodEnd(input.year, a.periodKey).getTime() - periodEnd(input.year, b.periodKey).getTime());
  const plannedPercent = ended.at(-1)?.plannedPercent ?? 0;
  const actualPercent = input.reports.reduce((max, r) => Math.max(max, r.actualPercent), 0);
  const lagPoints = Math.max(0, plannedPercent - actualPercent);

  const reported = new Set(input.reports.map((r) => r.periodKey));
  const completedIn = completionPeriod(input.reports);
  const overdueDays = input.milestones.reduce((max, m) => {
    if (reported.has(m.periodKey) || !isReportRequired(input.year, m.periodKey, t.dueDay, input.firstPublishedAt, completedIn)) return max;
    const late = now.getTime() - reportDueAt(input.year, m.periodKey, t.dueDay).getTime();
    return late > 0 ? Math.max(max, Math.ceil(late / DAY)) : max;
  }, 0);

  const reasons: WarningReason[] = [];
  if (actualPercent < 100 && now >= endOfBeijingDay(input.deadline)) {
    reasons.push({ code: 'DEADLINE_PASSED', level: 'RED', message: `已过工作时限（${input.deadline}）仍未完成，完成 ${actualPercent}%` });
  }
  if (lagPoints >= t.redLagPoints || lagPoints >= t.yellowLagPoints) {
    reasons.push({
      code: 'BEHIND_PLAN',
      level: lagPoints >= t.redLagPoints ? 'RED' : 'YELLOW',
      message: `落后计划 ${lagPoints} 个百分点（计划 ${plannedPercent}%，实际 ${actualPercent}%）`,
    });
  }
  if (overdueDays > 0) {
    reasons.push({ code: 'REPORT_OVERDUE', level: overdueDays > t.overdueRedDays ? 'RED' : 'YELLOW', message: `进展报告逾期 ${overdueDays} 天未报` });
  }
  const level: WarningLevel = reasons.some((r) => r.level === 'RED') ? 'RED' : reasons.length ? 'YELLOW' : 'GREEN';
  return { level, plannedPercent, actualPercent, lagPoints, overdueDays, reasons };
}

/**
 * A period's report is required unless it fell due before the target's first publication, or it comes after the period
 * whose report said the target is complete (`completedIn`, see `completionPeriod`; decision 0027). Such a period may
 * still be reported (补报, or a voluntary report after completion) but is never overdue nor reminded of.
 * Unknown publication: required.
 */
export function isReportRequired(
  year: number,
  periodKey: string,
  dueDay: number,
  firstPublishedAt: Date | null | undefined,
  completedIn: string | null,
): boolean {
  return (!firstPublishedAt || reportDueAt(year, periodKey, dueDay) >= firstPublishedAt) && !isAfterCompletion(periodKey, completedIn);
}

/**
 * The earliest period whose report says 100 % (完成; a quantitative target reports its percent too), null while the
 * target is unfinished. Reports are cumulative and never decrease (the report service checks it).
 */
export function completionPeriod(reports: ReadonlyArray<{ periodKey: string; actualPercent: number }>): string | null {
  const done = reports.filter((r) => r.actualPercent >= 100).map((r) => r.periodKey);
  return done.sort((a, b) => periodEndMonth(a) - periodEndMonth(b))[0] ?? null;
}

/** A period that ends after the completion period: no report is due for it any more. */
export function isAfterCompletion(periodKey: string, completedIn: string | null): boolean {
  return completedIn !== null && periodEndMonth(periodKey) > periodEndMonth(completedIn);
}

/** A report is late when it arrives after its due instant. */
export function isReportLate(year: number, periodKey: string, submittedAt: Date, dueDay: number): boolean {
  return submittedAt > reportDueAt(year, periodKey, dueDay);
}
