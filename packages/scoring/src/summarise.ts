import { ScoringInputError } from './errors.ts';
import { evaluateUnit, type EvaluatedUnit } from './evaluate-unit.ts';
import { bandIndexForScore } from './grade.ts';
import { buildIndicatorTree } from './indicator-tree.ts';
import { checkInput } from './input-rules.ts';
import { ScoringInputSchema, type ScoringInput } from './inputs.ts';
import type { MissingInput } from './missing.ts';
import type { ScoringModel } from './model.ts';
import { applyQuotas, type QuotaReceipt } from './quota.ts';
import { rankWithTies } from './rank.ts';
import { sub, toNumber } from './rational.ts';
import type { GradeDecision, UnitReceipt } from './receipt.ts';

export interface UnitResult {
  unitId: string;
  name: string;
  /** Rounded half up to 2 decimals. */
  final: number;
  grade: string;
  /** Within the category; ties share a rank (1, 2, 2, 4). */
  rank: number;
  receipt: UnitReceipt;
  missing: MissingInput[];
}

export interface CategoryResult {
  period: string;
  /** Best first. */
  units: UnitResult[];
  quotas: QuotaReceipt[];
  /** True while some input is missing: such a result set is not publishable until each is supplied or waived. */
  hasMissingInputs: boolean;
}

/**
 * Scores every unit of one assessment category (考核类别) for one period, ranks them and grades them. Units of
 * different categories are never ranked together: call this once per category. Throws ScoringInputError when the
 * input does not fit the model; the model itself is expected to have passed ScoringModelSchema.
 */
export function summarise(model: ScoringModel, raw: ScoringInput | unknown): CategoryResult {
  // The boundary: whatever the caller built (a Decimal, a negative score, a missing array) is refused here, by path.
  const parsed = ScoringInputSchema.safeParse(raw);
  if (!parsed.success) throw new ScoringInputError(parsed.error.issues.map((i) => ({ path: i.path as Array<string | number>, message: i.message })));
  const input = parsed.data;
  const tree = buildIndicatorTree(input.indicators);
  const issues = checkInput(model, input, tree);
  if (issues.length > 0) throw new ScoringInputError(issues);

  const evaluated = input.units.map((unit) => evaluateUnit(model, tree, input.period, unit));
  const last = model.grades.length - 1;
  const byScore = new Map(evaluated.map((e) => [e.unit.unitId, bandIndexForScore(model.grades, e.final)]));
  const { bands, receipts } = applyQuotas(
    model.grades,
    model.quotaTies,
    evaluated.map((e) => ({ unitId: e.unit.unitId, score: e.final, band: e.veto.length > 0 ? last : (byScore.get(e.unit.unitId) as number) })),
  );
  // Tied units are listed in a stable order (by unit id), so identical inputs give identical results.
  const ordered = [...evaluated].sort((a, b) => (a.unit.unitId < b.unit.unitId ? -1 : a.unit.unitId > b.unit.unitId ? 1 : 0));
  const units = rankWithTies(ordered, (e) => toNumber(e.final)).map(({ item, rank }) => {
    const scoreBand = byScore.get(item.unit.unitId) as number;
    const band = bands.get(item.unit.unitId) as number;
    const grade: GradeDecision = {
      byScore: gradeName(model, scoreBand),
      grade: gradeName(model, band),
      reason: item.veto.length > 0 && scoreBand !== last ? 'veto' : band !== scoreBand ? 'quota' : 'score',
    };
    return toUnitResult(item, rank, grade);
  });
  return { period: input.period, units, quotas: receipts, hasMissingInputs: units.some((u) => u.missing.length > 0) };
}

function gradeName(model: ScoringModel, band: number): string {
  return (model.grades[band] as { grade: string }).grade;
}

function toUnitResult(e: EvaluatedUnit, rank: number, grade: GradeDecision): UnitResult {
  const final = toNumber(e.final);
  return {
    unitId: e.unit.unitId,
    name: e.unit.name,
    final,
    grade: grade.grade,
    rank,
    receipt: {
      tree: e.tree,
      rootScore: toNumber(e.root),
      bonus: e.bonus,
      deductions: e.deductions,
      notCounted: e.notCounted,
      veto: e.veto,
      unrounded: toNumber(e.unrounded),
      rounding: toNumber(sub(e.final, e.unrounded)),
      final,
      grade,
    },
    missing: e.missing,
  };
}
