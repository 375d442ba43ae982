import type { AdjustmentInput } from './inputs.ts';
import type { RaterGroup } from './model.ts';

/**
 * The receipt (计分明细) of one unit: what the UI shows, what an appeal disputes, what a test compares. Numbers here
 * are the exact values shown as the nearest double; only `final` is rounded (half up, 2 decimals).
 */

export interface TargetLine {
  targetId: string;
  title: string;
  maxScore: number;
  /** null: not assessed in this period (left out of the leaf, listed as missing). */
  score: number | null;
  recordId?: string;
}

export interface IndicatorReceipt {
  indicatorId: string;
  name: string;
  weightBp: number;
  /** Share of the parent after leaving out empty siblings, in percent; null when this indicator is left out. */
  effectivePercent: number | null;
  /** 0..100; null when left out. */
  score: number | null;
  leftOut?: 'no-targets' | 'not-assessed';
  /** On a leaf: the unit's targets on it. */
  targets?: TargetLine[];
  children?: IndicatorReceipt[];
  /** On an inner indicator when some children were left out: their weights were divided by `presentBp`, not `totalBp`. */
  renormalised?: { presentBp: number; totalBp: number };
}

export interface RaterLine {
  raterId: string;
  raterName: string;
  level: string | null;
  percent: number | null;
}

export type AdjustmentLine = AdjustmentInput;

interface NodeBase {
  label: string;
  /** Where the node is in the model ("root", "root.children.0.node" …). */
  path: string;
  /** 0..100. */
  score: number;
}

export type NodeReceipt =
  | (NodeBase & { kind: 'weighted'; children: Array<{ points: number; contribution: number; node: NodeReceipt }> })
  | (NodeBase & {
      kind: 'indicators';
      indicatorId: string | null;
      period: string;
      indicators: IndicatorReceipt[];
      renormalised?: { presentBp: number; totalBp: number };
    })
  | (NodeBase & { kind: 'rating'; group: RaterGroup; scale: string; indicatorId: string | null; raters: RaterLine[] })
  | (NodeBase & { kind: 'imported'; key: string; value: number | null })
  | (NodeBase & { kind: 'allowance'; points: number; deductionCategory: string; deducted: number; remaining: number; lines: AdjustmentLine[] });

export interface CappedTotal {
  lines: AdjustmentLine[];
  total: number;
  cap: number | null;
  /** min(cap, total): what the final score moves by. */
  counted: number;
}

export interface GradeDecision {
  /** The band the final score reaches. */
  byScore: string;
  grade: string;
  reason: 'score' | 'veto' | 'quota';
}

export interface UnitReceipt {
  tree: NodeReceipt;
  rootScore: number;
  bonus: CappedTotal;
  deductions: Array<CappedTotal & { category: string; label: string }>;
  /** Deductions of a category this model neither deducts nor uses in an allowance: shown, not counted. */
  notCounted: AdjustmentLine[];
  veto: AdjustmentLine[];
  /** root + counted bonus − counted deductions, before rounding. */
  unrounded: number;
  /** The rounding line: final − unrounded (half up to 2 decimals), so the receipt's lines add up to the final. */
  rounding: number;
  final: number;
  grade: GradeDecision;
}
