import type { Issue } from './errors.ts';
import { checkIndicatorTree, isLeaf, type IndicatorTree } from './indicator-tree.ts';
import type { ScoringInput } from './inputs.ts';
import type { ModelNode, RatingNode, ScoringModel } from './model.ts';
import { compare, fromNumber } from './rational.ts';

function nodesOf(node: ModelNode): ModelNode[] {
  return node.kind === 'weighted' ? [node, ...node.children.flatMap((c) => nodesOf(c.node))] : [node];
}

/** Everything in the input that does not fit the model or itself; the engine refuses to score such an input. */
export function checkInput(model: ScoringModel, input: ScoringInput, tree: IndicatorTree): Issue[] {
  const issues = checkIndicatorTree(input.indicators, tree);
  const nodes = nodesOf(model.root);
  for (const node of nodes) {
    if ((node.kind === 'indicators' || node.kind === 'rating') && node.indicatorId && !tree.byId.has(node.indicatorId)) {
      issues.push({ path: ['indicators'], message: `模型“${node.label}”引用的指标 ${node.indicatorId} 不在指标体系中` });
    }
  }
  const ratingNodes = nodes.filter((n): n is RatingNode => n.kind === 'rating');
  const unitIds = new Set<string>();
  input.units.forEach((unit, u) => {
    const at = (...rest: Array<string | number>) => ['units', u, ...rest];
    if (unitIds.has(unit.unitId)) issues.push({ path: at('unitId'), message: `单位 ${unit.unitId} 重复` });
    unitIds.add(unit.unitId);
    unit.targets.forEach((target, t) => {
      if (!isLeaf(tree, target.indicatorId)) issues.push({ path: at('targets', t, 'indicatorId'), message: `目标“${target.title}”未挂在末级指标上` });
      const periods = new Set<string>();
      target.assessments.forEach((a, i) => {
        if (periods.has(a.period))
          issues.push({ path: at('targets', t, 'assessments', i, 'period'), message: `目标“${target.title}”在 ${a.period} 有多条考核记录` });
        periods.add(a.period);
        if (compare(fromNumber(a.score), fromNumber(target.maxScore)) > 0) {
          issues.push({ path: at('targets', t, 'assessments', i, 'score'), message: `得分不能超过分值 ${target.maxScore}` });
        }
      });
    });
    unit.ratings.forEach((rating, r) => {
      if (rating.level === null) return;
      for (const node of ratingNodes) {
        if (node.group !== rating.group || (node.indicatorId ?? null) !== (rating.indicatorId ?? null)) continue;
        const scale = model.scales[node.scale] ?? [];
        if (!scale.some((s) => s.level === rating.level)) {
          issues.push({ path: at('ratings', r, 'level'), message: `评价等级“${rating.level}”不在“${node.scale}”中` });
        }
      }
    });
  });
  return issues;
}
