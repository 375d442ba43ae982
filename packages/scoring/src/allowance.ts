import { deductionsOf } from './adjustments.ts';
import type { EvalContext, Evaluated } from './context.ts';
import type { AllowanceNode } from './model.ts';
import { div, fromNumber, HUNDRED, min, mul, sub, sum, toNumber } from './rational.ts';

/**
 * `allowance`: what is left of `points` after the category's deductions, as a percentage:
 * 100 × (points − min(points, Σ deductions)) / points (江苏 督促检查所扣剩余分, 哈密 机关效能).
 */
export function evaluateAllowance(node: AllowanceNode, path: string, ctx: EvalContext): Evaluated {
  const lines = deductionsOf(ctx.unit, node.deductionCategory);
  const points = fromNumber(node.points);
  const deducted = sum(lines.map((a) => fromNumber(a.points)));
  const remaining = sub(points, min(points, deducted));
  const score = mul(HUNDRED, div(remaining, points));
  return {
    score,
    receipt: {
      kind: 'allowance',
      label: node.label,
      path,
      score: toNumber(score),
      points: node.points,
      deductionCategory: node.deductionCategory,
      deducted: toNumber(deducted),
      remaining: toNumber(remaining),
      lines,
    },
  };
}
