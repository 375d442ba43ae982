import { checkSiblingWeights, formatPeriodKey, formatWeightBp, periodEndMonth, periodKeys, periodStartMonth, weightBpOf, type FieldIssue } from '@jx/contract';
import type { TargetType, Year } from '@jx/db';
import type { Tx } from '../../lib/db.ts';
import { InvalidStateError, ValidationError } from '../../lib/errors.ts';
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
  const indicator = await tx.indicator.findUnique({ where: { id: input.indicatorId }, include: { _count: { select: { children: true } }, parent: { include: { parent: true } } } });
  if (!year) issues.push({ path: `${p}yearId`, message: '考核年度不存在' });
  else if (year.status === 'CLOSED') throw new InvalidStateError(`${year.name}已结束，不能再制定或修改目标`);
  if (!type || !type.active) issues.push({ path: `${p}targetTypeId`, message: '目标类型不存在或已停用' });

  if (!indicator || indicator.yearId !== input.yearId) {
    issues.push({ path: `${p}indicatorId`, message: '指标不存在或不属于该年度' });
  } else if (indicator._count.children > 0) {
    issues.push({ path: `${p}indicatorId`, message: `“${indicator.name}”下还有下级指标，目标须挂在末级指标上` });
  } else if (type) {
    const root = indicator.parent?.parent ?? indicator.parent ?? indicator;
    if (root.targetTypeId && root.targetTypeId !== type.id) {
      issues.push({ path: `${p}indicatorId`, message: `一级指标“${root.name}”只挂其指定目标类型的目标，不能挂${type.name}目标` });
    }
  }

  const deadlineInYear = !year || parseDate(input.deadline).getUTCFullYear() === year.year;
  if (!deadlineInYear) issues.push({ path: `${p}deadline`, message: `工作时限须在 ${year!.year} 年内` });
  if (type) checkMilestones(input, type, deadlineInYear, p, issues);
  return year && type ? { year, type } : null;
}

function checkMilestones(input: FrameInput, type: TargetType, deadlineInYear: boolean, p: Prefix, issues: FieldIssue[]) {
  const keys = periodKeys(type.reportingRhythm);
  const rhythm = type.reportingRhythm === 'MONTHLY' ? '按月报送，时段应为 M01–M12' : '按季报送，时段应为 Q1–Q4';
  const deadlineMonth = parseDate(input.deadline).getUTCMonth() + 1;
  let lastIndex = -1;
  let lastPercent = 0;
  input.milestones.forEach((m, i) => {
    const idx = keys.indexOf(m.period);
    if (idx < 0) return void issues.push({ path: `${p}milestones.${i}.period`, message: `${type.name}${rhythm}` });
    if (idx <= lastIndex) issues.push({ path: `${p}milestones.${i}.period`, message: '里程碑时段须按时间先后排列且不重复' });
    // A deadline outside the year is reported once, on the deadline.
    else if (deadlineInYear && periodStartMonth(m.period) > deadlineMonth) issues.push({ path: `${p}milestones.${i}.period`, message: '里程碑时段不能晚于工作时限' });
    if (m.plannedPercent < lastPercent) issues.push({ path: `${p}milestones.${i}.plannedPercent`, message: `累计计划完成百分比不能小于上一时段（${lastPercent}%）` });
    lastIndex = Math.max(lastIndex, idx);
    lastPercent = Math.max(lastPercent, m.plannedPercent);
  });
  const last = input.milestones.length - 1;
  if (last >= 0 && input.milestones[last]!.plannedPercent !== 100) {
    issues.push({ path: `${p}milestones.${last}.plannedPercent`, message: '最后一个里程碑的累计计划完成百分比须为 100%' });
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
  const ended = (period: string) => {
    const end = new Date(Date.UTC(year, periodEndMonth(period), 1)); // first day after the period
    return end <= now;
  };
  for (const old of published.filter((m) => ended(m.period))) {
    const i = next.findIndex((m) => m.period === old.period);
    if (i < 0) issues.push({ path: 'milestones', message: `${formatPeriodKey(old.period)}已结束，修订不能删除其计划` });
    else if (next[i]!.plannedPercent !== old.plannedPercent) {
      issues.push({ path: `milestones.${i}.plannedPercent`, message: `${formatPeriodKey(old.period)}已结束，修订不能改动其计划（${old.plannedPercent}%）` });
    }
  }
  next.forEach((m, i) => {
    if (ended(m.period) && !published.some((o) => o.period === m.period)) {
      issues.push({ path: `milestones.${i}.period`, message: `${formatPeriodKey(m.period)}已结束，修订不能为其新增计划` });
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
    issues.push({ path: `${p}unitId`, message: `该单位不是${frame.year.name}的考核对象` });
  } else if (!assessed.category.targetTypes.some((t) => t.targetTypeId === frame.type.id)) {
    issues.push({ path: typePath, message: `${frame.type.name}目标不适用于“${assessed.category.name}”类别的${assessed.unit.name}` });
  }

  if (!responsibles.length) return;
  const persons = await tx.person.findMany({ where: { id: { in: responsibles.map((r) => r.personId) } } });
  const seen = new Set<string>();
  responsibles.forEach((r, i) => {
    const person = persons.find((x) => x.id === r.personId);
    if (seen.has(r.personId)) issues.push({ path: `${p}responsibles.${i}.personId`, message: '同一责任人出现了两次' });
    else if (!person || person.status !== 'ACTIVE' || person.unitId !== unitId) {
      // No name in the answer: the person may belong to a unit the caller must not see into.
      issues.push({ path: `${p}responsibles.${i}.personId`, message: '该人员不是本单位在岗人员，不能作为责任人' });
    }
    seen.add(r.personId);
  });
  const check = checkSiblingWeights(responsibles.map((r) => weightBpOf(r.share)));
  if (!check.valid) {
    const message = `责任人份额合计须为 100%，当前为 ${formatWeightBp(check.sumBp)}%`;
    responsibles.forEach((_, i) => issues.push({ path: `${p}responsibles.${i}.share`, message }));
  }
}

export function throwIfAny(issues: FieldIssue[]) {
  if (issues.length) throw new ValidationError(issues);
}
