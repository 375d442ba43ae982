import type { AdjustmentInput, UnitInput } from './inputs.ts';
import type { ModelNode, ScoringModel } from './model.ts';
import { add, fromNumber, min, sub, sum, toNumber, type Rational } from './rational.ts';
import type { AdjustmentLine, CappedTotal, UnitReceipt } from './receipt.ts';

type Deduction = Extract<AdjustmentInput, { kind: 'deduction' }>;
type Bonus = Extract<AdjustmentInput, { kind: 'bonus' }>;

export function deductionsOf(unit: UnitInput, category: string): Deduction[] {
  return unit.adjustments.filter((a): a is Deduction => a.kind === 'deduction' && a.category === category);
}

export function allowanceCategories(node: ModelNode): string[] {
  if (node.kind === 'allowance') return [node.deductionCategory];
  return node.kind === 'weighted' ? node.children.flatMap((c) => allowanceCategories(c.node)) : [];
}

function capped(lines: Array<Bonus | Deduction>, cap: number | undefined): { exact: Rational; receipt: CappedTotal } {
  const total = sum(lines.map((l) => fromNumber(l.points)));
  const counted = cap === undefined ? total : min(fromNumber(cap), total);
  return { exact: counted, receipt: { lines, total: toNumber(total), cap: cap ?? null, counted: toNumber(counted) } };
}

export type AdjustmentsApplied = Pick<UnitReceipt, 'bonus' | 'deductions' | 'notCounted' | 'veto'> & { unrounded: Rational };

/**
 * final = root + min(bonusCap, Σ bonus) − Σ per category min(cap, Σ deductions). Deductions of a category an
 * allowance node consumes were counted there; any other category the model does not name is shown, not counted.
 */
export function applyAdjustments(model: ScoringModel, unit: UnitInput, root: Rational): AdjustmentsApplied {
  const bonus = capped(
    unit.adjustments.filter((a): a is Bonus => a.kind === 'bonus'),
    model.bonusCap,
  );
  const deductions = model.deductionCategories.map((c) => ({
    category: c.category,
    label: c.label ?? c.category,
    ...capped(deductionsOf(unit, c.category), c.cap),
  }));
  const known = new Set([...model.deductionCategories.map((c) => c.category), ...allowanceCategories(model.root)]);
  const notCounted: AdjustmentLine[] = unit.adjustments.filter((a) => a.kind === 'deduction' && !known.has(a.category));
  const veto = unit.adjustments.filter((a) => a.kind === 'veto');
  const unrounded = deductions.reduce((acc, d) => sub(acc, d.exact), add(root, bonus.exact));
  return {
    bonus: bonus.receipt,
    deductions: deductions.map((d) => ({ category: d.category, label: d.label, ...d.receipt })),
    notCounted,
    veto,
    unrounded,
  };
}
