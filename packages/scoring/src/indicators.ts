import type { EvalContext, Evaluated } from './context.ts';
import type { IndicatorInput } from './inputs.ts';
import type { IndicatorsNode } from './model.ts';
import { add, div, fromNumber, HUNDRED, mul, ratio, sum, toNumber, ZERO, type Rational } from './rational.ts';
import type { IndicatorReceipt, TargetLine } from './receipt.ts';

interface Scored {
  /** null: left out (no targets, or none assessed). */
  score: Rational | null;
  receipt: IndicatorReceipt;
}

/**
 * `indicators`: a leaf scores Σ assessed / Σ maxScore × 100 over the unit's targets on it; an inner indicator is the
 * weighted mean of its children, leaving out children with nothing to score and renormalising the others' weights.
 */
export function evaluateIndicators(node: IndicatorsNode, path: string, ctx: EvalContext): Evaluated {
  const period = node.period ?? ctx.period;
  const top = node.indicatorId ? [ctx.tree.byId.get(node.indicatorId) as IndicatorInput] : (ctx.tree.children.get(null) ?? []);
  const combined = combine(top.map((i) => scoreIndicator(i, period, path, ctx)));
  // With targets that are all unassessed, the targets themselves are what is missing (listed by scoreLeaf).
  if (combined.score === null && !combined.children.some(hasTargets)) {
    ctx.missing.add({ kind: 'no-targets', nodePath: path, indicatorId: node.indicatorId ?? null, period });
  }
  const score = combined.score ?? ZERO;
  return {
    score,
    receipt: {
      kind: 'indicators',
      label: node.label,
      path,
      score: toNumber(score),
      indicatorId: node.indicatorId ?? null,
      period,
      indicators: combined.children,
      ...(combined.renormalised && { renormalised: combined.renormalised }),
    },
  };
}

function scoreIndicator(indicator: IndicatorInput, period: string, path: string, ctx: EvalContext): Scored {
  const base = { indicatorId: indicator.id, name: indicator.name, weightBp: indicator.weightBp, effectivePercent: null };
  const children = ctx.tree.children.get(indicator.id);
  if (!children) return scoreLeaf(indicator, period, path, ctx);
  const combined = combine(children.map((c) => scoreIndicator(c, period, path, ctx)));
  const receipt: IndicatorReceipt = {
    ...base,
    score: combined.score && toNumber(combined.score),
    children: combined.children,
    ...(combined.score === null && { leftOut: 'no-targets' as const }),
    ...(combined.renormalised && { renormalised: combined.renormalised }),
  };
  return { score: combined.score, receipt };
}

function scoreLeaf(indicator: IndicatorInput, period: string, path: string, ctx: EvalContext): Scored {
  const targets = ctx.targetsByLeaf.get(indicator.id) ?? [];
  let earned = ZERO;
  let possible = ZERO;
  const lines: TargetLine[] = targets.map((target) => {
    const record = target.assessments.find((a) => a.period === period);
    const line: TargetLine = { targetId: target.id, title: target.title, maxScore: target.maxScore, score: record?.score ?? null };
    if (record?.recordId) line.recordId = record.recordId;
    if (record) {
      earned = add(earned, fromNumber(record.score));
      possible = add(possible, fromNumber(target.maxScore));
    } else {
      ctx.missing.add({ kind: 'target-unassessed', nodePath: path, targetId: target.id, title: target.title, indicatorId: indicator.id, period });
    }
    return line;
  });
  const base = { indicatorId: indicator.id, name: indicator.name, weightBp: indicator.weightBp, effectivePercent: null, targets: lines };
  if (targets.length === 0) return { score: null, receipt: { ...base, score: null, leftOut: 'no-targets' } };
  if (possible.n === 0n) return { score: null, receipt: { ...base, score: null, leftOut: 'not-assessed' } };
  const score = mul(div(earned, possible), HUNDRED);
  return { score, receipt: { ...base, score: toNumber(score) } };
}

/** Weighted mean over the siblings that have a score; fills in each sibling's effective share. */
function combine(siblings: Scored[]): { score: Rational | null; children: IndicatorReceipt[]; renormalised?: { presentBp: number; totalBp: number } } {
  const present = siblings.filter((s) => s.score !== null);
  const children = siblings.map((s) => s.receipt);
  if (present.length === 0) return { score: null, children };
  const totalBp = siblings.reduce((s, x) => s + x.receipt.weightBp, 0);
  const presentBp = present.reduce((s, x) => s + x.receipt.weightBp, 0);
  const weighted = sum(present.map((s) => mul(ratio(s.receipt.weightBp), s.score as Rational)));
  for (const s of present) s.receipt.effectivePercent = toNumber(ratio(s.receipt.weightBp * 100, presentBp));
  const score = div(weighted, ratio(presentBp));
  return { score, children, ...(presentBp !== totalBp && { renormalised: { presentBp, totalBp } }) };
}

function hasTargets(receipt: IndicatorReceipt): boolean {
  return (receipt.targets?.length ?? 0) > 0 || (receipt.children ?? []).some(hasTargets);
}
