import { checkSiblingWeights, formatWeightBp, periodEnd, periodKeys, periodStartMonth, weightBpOf, type FieldIssue } from '@jx/contract';
import type { TargetType, Year } from '@jx/db';
import type { Tx } from '../../lib/db.ts';
import { InvalidStateError, issue, t as msg, ValidationError } from '../../lib/errors.ts';
import { parseDate } from '../../lib/dates.ts';

/** Field path inside the request: `''` for a single target, `'template.'` or `'units.3.'` for bulk requests. */
type Prefix = string;

export interface FrameInput {
  yearId: string;
  targetTypeId: string;
  indicatorId: string;
  deadline: string;
  milestones: { period: string; plannedPercent: number }[];
}

export interface Frame {
  year: Year;
  type: TargetType;
}

/**
 * What one target (or a template for many) hangs on: the year (not closed), the target type (active), a leaf of the
 * year's indicator tree (whose first-level indicator, when it names a type, names this one), a deadline inside the
 * year and a milestone plan in the type's rhythm. Adds problems to `issues`; throws only for a closed year.
 */
export async function checkFrame(tx: Tx, input: FrameInput, p: Prefix, issues: FieldIssue[]): Promise<Frame | null> {
  // One after another: a transaction is one connection, and pg 9 drops its queue for overlapping queries.
  const year = await tx.year.findUnique({ where: { id: input.yearId } });
  const type = await tx.targetType.findUnique({ where: { id: input.targetTypeId } });
  const indicator = await tx.indicator.findUnique({
    where: { id: input.indicatorId },
    include: { _count: { select: { children: true } }, parent: { include: { parent: true } } },
  });
  if (!year) issues.push(issue(`${p}yearId`, msg('common.notFound', { entity: 'year' })));
  else if (year.status === 'CLOSED') throw new InvalidStateError(msg('targets.yearClosed', { yearName: year.name }));
  if (!type || !type.active) issues.push(issue(`${p}targetTypeId`, msg('targets.targetTypeUnavailable')));

  if (!indicator || indicator.yearId !== input.yearId) {
    issues.push(issue(`${p}indicatorId`, msg('targets.indicatorNotInYear')));
  } else if (indicator._count.children > 0) {
    issues.push(issue(`${p}indicatorId`, msg('targets.indicatorNotLeaf', { indicatorName: indicator.name })));
  } else if (type) {
    const root = indicator.parent?.parent ?? indicator.parent ?? indicator;
    if (root.targetTypeId && root.targetTypeId !== type.id) {
      issues.push(issue(`${p}indicatorId`, msg('targets.indicatorTypeMismatch', { indicatorName: root.name, typeName: type.name })));
    }
  }

  const deadlineInYear = !year || parseDate(input.deadline).getUTCFullYear() === year.year;
  if (!deadlineInYear) issues.push(issue(`${p}deadline`, msg('targets.deadlineOutsideYear', { year: year!.year })));
  if (type) checkMilestones(input, type, deadlineInYear, p, issues);
  return year && type ? { year, type } : null;
}

function checkMilestones(input: FrameInput, type: TargetType, deadlineInYear: boolean, p: Prefix, issues: FieldIssue[]) {
  const keys = periodKeys(type.reportingRhythm);
  const rhythm = msg(type.reportingRhythm === 'MONTHLY' ? 'targets.milestonePeriodMonthly' : 'targets.milestonePeriodQuarterly', { typeName: type.name });
  const deadlineMonth = parseDate(input.deadline).getUTCMonth() + 1;
  let lastIndex = -1;
  let lastPercent = 0;
  input.milestones.forEach((m, i) => {
    const idx = keys.indexOf(m.period);
    if (idx < 0) return void issues.push(issue(`${p}milestones.${i}.period`, rhythm));
    if (idx <= lastIndex) issues.push(issue(`${p}milestones.${i}.period`, msg('targets.milestonesOutOfOrder')));
    // A deadline outside the year is reported once, on the deadline.
    else if (deadlineInYear && periodStartMonth(m.period) > deadlineMonth)
      issues.push(issue(`${p}milestones.${i}.period`, msg('targets.milestoneAfterDeadline')));
    if (m.plannedPercent < lastPercent)
      issues.push(issue(`${p}milestones.${i}.plannedPercent`, msg('targets.milestoneBelowPrevious', { percent: lastPercent })));
    lastIndex = Math.max(lastIndex, idx);
    lastPercent = Math.max(lastPercent, m.plannedPercent);
  });
  const last = input.milestones.length - 1;
  if (last >= 0 && input.milestones[last]!.plannedPercent !== 100) {
    issues.push(issue(`${p}milestones.${last}.plannedPercent`, msg('targets.lastMilestoneNot100')));
  }
}

/**
 * A milestone plan in a revision may not rewrite a period that has already ended: what was planned for it
 * stays what the unit was measured against.
 */
export function checkClosedPeriods(
  published: { period: string; plannedPercent: number }[],
  next: { period: string; plannedPercent: number }[],
  year: number,
  now: Date,
  issues: FieldIssue[],
) {
  const ended = (period: string) => periodEnd(year, period) <= now;
  for (const old of published.filter((m) => ended(m.period))) {
    const i = next.findIndex((m) => m.period === old.period);
    if (i < 0) issues.push(issue('milestones', msg('targets.endedPeriodRemoved', { milestonePeriod: old.period })));
    else if (next[i]!.plannedPercent !== old.plannedPercent) {
      issues.push(issue(`milestones.${i}.plannedPercent`, msg('targets.endedPeriodChanged', { milestonePeriod: old.period, percent: old.plannedPercent })));
    }
  }
  next.forEach((m, i) => {
    if (ended(m.period) && !published.some((o) => o.period === m.period)) {
      issues.push(issue(`milestones.${i}.period`, msg('targets.endedPeriodAdded', { milestonePeriod: m.period })));
    }
  });
}

/**
 * The unit side: the unit is one of the year's 考核对象, the type applies to its category, and the responsible persons
 * are distinct persons working in the unit now, with shares summing to exactly 100 %.
 * `typePath` is where a type that does not apply is reported.
 */
export async function checkUnit(
  tx: Tx,
  frame: Frame,
  unitId: string,
  responsibles: { personId: string; share: string }[],
  p: Prefix,
  typePath: string,
  issues: FieldIssue[],
): Promise<void> {
  const assessed = await tx.assessedUnit.findUnique({
    where: { yearId_unitId: { yearId: frame.year.id, unitId } },
    include: { unit: true, category: { include: { targetTypes: true } } },
  });
  if (!assessed) {
    issues.push(issue(`${p}unitId`, msg('targets.unitNotAssessed', { yearName: frame.year.name })));
  } else if (!assessed.category.targetTypes.some((t) => t.targetTypeId === frame.type.id)) {
    issues.push(
      issue(typePath, msg('targets.typeNotForCategory', { typeName: frame.type.name, categoryName: assessed.category.name, unitName: assessed.unit.name })),
    );
  }

  if (!responsibles.length) return;
  const persons = await tx.person.findMany({ where: { id: { in: responsibles.map((r) => r.personId) } } });
  const seen = new Set<string>();
  responsibles.forEach((r, i) => {
    const person = persons.find((x) => x.id === r.personId);
    if (seen.has(r.personId)) issues.push(issue(`${p}responsibles.${i}.personId`, msg('targets.duplicateResponsible')));
    else if (!person || person.status !== 'ACTIVE' || person.unitId !== unitId) {
      // No name in the answer: the person may belong to a unit the caller must not see into.
      issues.push(issue(`${p}responsibles.${i}.personId`, msg('targets.responsibleNotInUnit')));
    }
    seen.add(r.personId);
  });
  const check = checkSiblingWeights(responsibles.map((r) => weightBpOf(r.share)));
  if (!check.valid) {
    const text = msg('targets.sharesNot100', { sum: formatWeightBp(check.sumBp) });
    responsibles.forEach((_, i) => issues.push(issue(`${p}responsibles.${i}.share`, text)));
  }
}

export function throwIfAny(issues: FieldIssue[]) {
  if (issues.length) throw new ValidationError(issues);
}
