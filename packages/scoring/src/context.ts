import type { IndicatorTree } from './indicator-tree.ts';
import type { TargetInput, UnitInput } from './inputs.ts';
import type { MissingInputs } from './missing.ts';
import type { ScoringModel } from './model.ts';
import type { Rational } from './rational.ts';
import type { NodeReceipt } from './receipt.ts';

/** What evaluating one unit's tree needs. */
export interface EvalContext {
  model: ScoringModel;
  tree: IndicatorTree;
  /** The period being summarised. */
  period: string;
  unit: UnitInput;
  targetsByLeaf: Map<string, TargetInput[]>;
  missing: MissingInputs;
}

/** A node's exact score (0..100) and its receipt. */
export interface Evaluated {
  score: Rational;
  receipt: NodeReceipt;
}

export function targetsByLeaf(unit: UnitInput): Map<string, TargetInput[]> {
  const byLeaf = new Map<string, TargetInput[]>();
  for (const target of unit.targets) {
    const list = byLeaf.get(target.indicatorId) ?? [];
    list.push(target);
    byLeaf.set(target.indicatorId, list);
  }
  return byLeaf;
}
