import { applyAdjustments, type AdjustmentsApplied } from './adjustments.ts';
import { targetsByLeaf } from './context.ts';
import { evaluateNode } from './evaluate-node.ts';
import type { IndicatorTree } from './indicator-tree.ts';
import type { UnitInput } from './inputs.ts';
import { MissingInputs, type MissingInput } from './missing.ts';
import type { ScoringModel } from './model.ts';
import { roundRational, type Rational } from './rational.ts';
import type { NodeReceipt } from './receipt.ts';

export interface EvaluatedUnit extends AdjustmentsApplied {
  unit: UnitInput;
  root: Rational;
  tree: NodeReceipt;
  /** `unrounded` rounded half up to 2 decimals: the published score, which grades and ranks use. */
  final: Rational;
  missing: MissingInput[];
}

/** One unit's score before anything that depends on the other units (rank, quotas). */
export function evaluateUnit(model: ScoringModel, tree: IndicatorTree, period: string, unit: UnitInput): EvaluatedUnit {
  const missing = new MissingInputs();
  const root = evaluateNode(model.root, 'root', { model, tree, period, unit, targetsByLeaf: targetsByLeaf(unit), missing });
  const adjusted = applyAdjustments(model, unit, root.score);
  return { unit, root: root.score, tree: root.receipt, ...adjusted, final: roundRational(adjusted.unrounded, 2), missing: missing.list() };
}
