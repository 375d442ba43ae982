import type { EvalContext, Evaluated } from './context.ts';
import type { RatingNode } from './model.ts';
import { div, fromNumber, ratio, sum, toNumber, ZERO } from './rational.ts';
import type { RaterLine } from './receipt.ts';

/**
 * `rating`: the mean, over the group's raters who have rated, of their level's percent (好/较好/差 = 100/80/50).
 * A rater who has not rated is listed as missing and left out of the mean; with nobody rated the node scores 0.
 */
export function evaluateRating(node: RatingNode, path: string, ctx: EvalContext): Evaluated {
  const scale = ctx.model.scales[node.scale] ?? [];
  const indicatorId = node.indicatorId ?? null;
  const raters: RaterLine[] = ctx.unit.ratings
    .filter((r) => r.group === node.group && (r.indicatorId ?? null) === indicatorId)
    .map((r) => ({ raterId: r.raterId, raterName: r.raterName, level: r.level, percent: scale.find((s) => s.level === r.level)?.percent ?? null }));
  const given = raters.filter((r) => r.percent !== null).map((r) => fromNumber(r.percent as number));
  for (const r of raters) {
    if (r.level === null)
      ctx.missing.add({ kind: 'rating-missing', nodePath: path, group: node.group, raterId: r.raterId, raterName: r.raterName, indicatorId });
  }
  if (raters.length === 0) ctx.missing.add({ kind: 'no-raters', nodePath: path, group: node.group, indicatorId });
  const score = given.length ? div(sum(given), ratio(given.length)) : ZERO;
  return {
    score,
    receipt: { kind: 'rating', label: node.label, path, score: toNumber(score), group: node.group, scale: node.scale, indicatorId, raters },
  };
}
