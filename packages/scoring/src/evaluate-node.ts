import { evaluateAllowance } from './allowance.ts';
import type { EvalContext, Evaluated } from './context.ts';
import { evaluateImported } from './imported.ts';
import { evaluateIndicators } from './indicators.ts';
import type { ModelNode, WeightedNode } from './model.ts';
import { div, fromNumber, HUNDRED, mul, sum, toNumber } from './rational.ts';
import { evaluateRating } from './rating.ts';

/** Evaluates a model node for one unit: an exact 0..100 score and its receipt. */
export function evaluateNode(node: ModelNode, path: string, ctx: EvalContext): Evaluated {
  switch (node.kind) {
    case 'weighted':
      return evaluateWeighted(node, path, ctx);
    case 'indicators':
      return evaluateIndicators(node, path, ctx);
    case 'rating':
      return evaluateRating(node, path, ctx);
    case 'imported':
      return evaluateImported(node, path, ctx);
    case 'allowance':
      return evaluateAllowance(node, path, ctx);
  }
}

/** `weighted`: Σ points × child / 100 (the points sum to 100). */
function evaluateWeighted(node: WeightedNode, path: string, ctx: EvalContext): Evaluated {
  const children = node.children.map((child, i) => {
    const evaluated = evaluateNode(child.node, `${path}.children.${i}.node`, ctx);
    return { points: child.points, contribution: div(mul(fromNumber(child.points), evaluated.score), HUNDRED), receipt: evaluated.receipt };
  });
  const score = sum(children.map((c) => c.contribution));
  return {
    score,
    receipt: {
      kind: 'weighted',
      label: node.label,
      path,
      score: toNumber(score),
      children: children.map((c) => ({ points: c.points, contribution: toNumber(c.contribution), node: c.receipt })),
    },
  };
}
