// 考核时机 and 考核流程 of the demo year: the standard periods, each with one process per target type of the year's
// categories. A process is open for the month after its period ends and closed after that; 年终 opens on 1 December.
// Statuses follow the seed's `now`, so a demo started in December shows Q1–Q3 and 半年 closed and 年终 open.
import { beijingMidnight, periodEnd, periodEndMonth, STANDARD_PERIODS } from '@jx/contract';
import type { FrameworkSeed, YearSeed } from './categories.ts';
import { createRng, stableId } from './random.ts';

const SORT_ORDER: Record<string, number> = { Q1: 10, Q2: 20, H1: 25, Q3: 30, Q4: 40, ANNUAL: 50 };

export interface AssessmentSeed {
  periods: { id: string; yearId: string; kind: 'QUARTER' | 'HALF_YEAR' | 'ANNUAL'; code: string; name: string; sortOrder: number }[];
  processes: { id: string; periodId: string; targetTypeId: string; status: 'NOT_STARTED' | 'OPEN' | 'CLOSED'; openedAt: Date | null; closedAt: Date | null }[];
}

/** When a period's assessment opens and closes: the month after it ends (年终: December, closing with the year). */
function window(year: number, code: string): { opens: Date; closes: Date } {
  if (code === 'ANNUAL') return { opens: beijingMidnight(year, 12, 1), closes: beijingMidnight(year + 1, 1, 31) };
  const key = code === 'H1' ? 'Q2' : code;
  return { opens: periodEnd(year, key), closes: beijingMidnight(year, periodEndMonth(key) + 2, 1) };
}

export function buildAssessment(years: YearSeed[], year: number, framework: FrameworkSeed, now: Date): AssessmentSeed {
  const y = years.find((x) => x.year === year)!;
  const categories = new Set(framework.categories.filter((c) => c.yearId === y.id).map((c) => c.id));
  const types = [...new Set(framework.categoryTargetTypes.filter((c) => categories.has(c.categoryId)).map((c) => c.targetTypeId))];
  const out: AssessmentSeed = { periods: [], processes: [] };
  for (const p of STANDARD_PERIODS) {
    const periodId = stableId('assessmentPeriod', `${year}:${p.code}`);
    out.periods.push({ id: periodId, yearId: y.id, kind: p.kind, code: p.code, name: p.name, sortOrder: SORT_ORDER[p.code]! });
    const { opens, closes } = window(year, p.code);
    const status = now >= closes ? 'CLOSED' : now >= opens ? 'OPEN' : 'NOT_STARTED';
    for (const targetTypeId of types) {
      out.processes.push({
        id: stableId('assessmentProcess', `${year}:${p.code}:${targetTypeId}`),
        periodId,
        targetTypeId,
        status,
        openedAt: status === 'NOT_STARTED' ? null : opens,
        closedAt: status === 'CLOSED' ? closes : null,
      });
    }
  }
  return out;
}

export interface RecordSeed {
  id: string;
  targetId: string;
  periodId: string;
  processId: string;
  assessorUnitId: string;
  score: string;
  opinion: string;
  status: 'DRAFT' | 'SUBMITTED' | 'ARCHIVED' | 'RETURNED' | 'VOIDED';
  returnReason: string | null;
  voidReason: string | null;
  submittedAt: Date | null;
  submittedById: string | null;
  createdById: string;
  createdAt: Date;
}

const DEDUCTION_REASONS = ['台账资料不完整', '进度滞后于计划', '报送材料不及时', '整改未闭环', '佐证材料不足'];
const OPINIONS = ['按计划完成，成效明显', '基本完成，部分指标有差距', '完成情况较好，资料齐全', '推进有力，个别事项滞后'];

/**
 * 考核记录 of the demo year: every published target scored by its type's owning department (the seed names no other
 * 考核部门) — archived in closed processes, a spread of submitted and draft ones in open processes — with a deduction
 * line where the score falls short, a few records returned (退档) and one voided.
 */
export function buildAssessmentRecords(
  assessment: AssessmentSeed,
  targets: readonly { id: string; targetTypeId: string; maxScore: string; publishedRevisionNo: number | null }[],
  ownerOf: ReadonlyMap<string, string>,
  recorderOf: (unitId: string) => string,
  now: Date,
): { records: RecordSeed[]; deductions: { id: string; recordId: string; reason: string; points: string; sortOrder: number }[] } {
  const rng = createRng('assessment-records');
  const records: RecordSeed[] = [];
  const deductions: { id: string; recordId: string; reason: string; points: string; sortOrder: number }[] = [];
  let voided = false;
  for (const process of assessment.processes) {
    if (process.status === 'NOT_STARTED') continue;
    const open = process.status === 'OPEN';
    const assessorUnitId = ownerOf.get(process.targetTypeId)!;
    const at = new Date(Math.min(now.getTime(), process.openedAt!.getTime() + 5 * 86_400_000));
    for (const t of targets) {
      if (t.targetTypeId !== process.targetTypeId || t.publishedRevisionNo === null) continue;
      if (open && rng.chance(0.4)) continue; // not scored yet
      const max = Number(t.maxScore);
      const score = Math.round(max * (0.75 + rng.next() * 0.25) * 10) / 10;
      const id = stableId('assessmentRecord', `${process.id}:${t.id}`);
      let status: RecordSeed['status'] = open ? (rng.chance(0.6) ? 'SUBMITTED' : 'DRAFT') : 'ARCHIVED';
      let returnReason: string | null = null;
      let voidReason: string | null = null;
      if (!open && rng.chance(0.004)) [status, returnReason] = ['RETURNED', '得分依据不足，请补充佐证材料后重新评分'];
      else if (!open && !voided) [status, voidReason, voided] = ['VOIDED', '目标已调整，本条记录作废', true];
      const submitted = status !== 'DRAFT';
      records.push({
        id,
        targetId: t.id,
        periodId: process.periodId,
        processId: process.id,
        assessorUnitId,
        score: score.toFixed(2),
        opinion: rng.pick(OPINIONS),
        status,
        returnReason,
        voidReason,
        submittedAt: submitted ? at : null,
        submittedById: submitted ? recorderOf(assessorUnitId) : null,
        createdById: recorderOf(assessorUnitId),
        createdAt: at,
      });
      if (score < max * 0.9) {
        deductions.push({
          id: stableId('recordDeduction', id),
          recordId: id,
          reason: rng.pick(DEDUCTION_REASONS),
          points: (max - score).toFixed(2),
          sortOrder: 0,
        });
      }
    }
  }
  return { records, deductions };
}

const ADJUSTMENT_CATEGORIES: [string, string, 'BONUS' | 'DEDUCTION' | 'VETO', string | null][] = [
  ['NATIONAL_AWARD', '国家级表彰', 'BONUS', '2.00'],
  ['PROVINCIAL_AWARD', '省级表彰', 'BONUS', '1.00'],
  ['NATIONAL_CRITICISM', '国家级通报批评', 'DEDUCTION', '2.00'],
  ['PROVINCIAL_CRITICISM', '省级通报批评', 'DEDUCTION', '1.00'],
  ['INTEGRITY_CASE', '违纪违法案件', 'DEDUCTION', '1.00'],
  ['ACCOUNTABILITY', '问责', 'DEDUCTION', '0.10'],
  ['INSPECTION', '察访核验', 'DEDUCTION', null],
  ['SUPERVISION', '督促检查', 'DEDUCTION', null],
  ['ABSENCE', '无故缺席组织活动', 'DEDUCTION', '0.50'],
  ['VETO', '一票否决', 'VETO', null],
];

/** 加减分 of the demo year: the categories of the measures, and a few lines — approved, pending, one veto. */
export function buildAdjustments(
  years: YearSeed[],
  year: number,
  framework: FrameworkSeed,
  filerOf: (code: string) => { id: string; unitId: string },
  now: Date,
) {
  const y = years.find((x) => x.year === year)!;
  const categories = ADJUSTMENT_CATEGORIES.map(([code, name, kind, defaultPoints], i) => ({
    id: stableId('adjustmentCategory', `${year}:${code}`),
    yearId: y.id,
    code,
    name,
    kind,
    defaultPoints,
    sortOrder: (i + 1) * 10,
  }));
  const units = framework.assessedUnits.filter((a) => a.yearId === y.id);
  const line = (n: number, code: string, points: string | null, reason: string, status: 'PENDING' | 'APPROVED', filer: string) => {
    const category = categories.find((c) => c.code === code)!;
    const f = filerOf(filer);
    return {
      id: stableId('adjustment', `${year}:${n}`),
      assessedUnitId: units[(n * 7) % units.length]!.id,
      categoryId: category.id,
      kind: category.kind,
      points,
      reason,
      filedByUnitId: f.unitId,
      filedById: f.id,
      status,
      decidedById: status === 'APPROVED' ? filerOf('perf').id : null,
      decidedAt: status === 'APPROVED' ? now : null,
      createdAt: now,
    };
  };
  const adjustments = [
    line(1, 'NATIONAL_AWARD', '2.00', '获评全国交通运输系统先进集体', 'APPROVED', 'perf'),
    line(2, 'PROVINCIAL_AWARD', '1.00', '获省政府安全生产工作表彰', 'APPROVED', 'safety'),
    line(3, 'PROVINCIAL_CRITICISM', '1.00', '重点项目推进不力被省政府督查通报', 'APPROVED', 'perf'),
    line(4, 'INSPECTION', '0.50', '察访核验发现隐患整改不到位', 'APPROVED', 'safety'),
    line(5, 'INTEGRITY_CASE', '0.50', '所属单位一名干部受党内警告处分', 'PENDING', 'integrity'),
    line(6, 'ABSENCE', '0.50', '无故缺席全省交通运输安全生产会议', 'PENDING', 'safety'),
    line(7, 'VETO', null, '发生较大生产安全责任事故', 'APPROVED', 'safety'),
  ];
  return { categories, adjustments };
}
