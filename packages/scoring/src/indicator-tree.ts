import type { IndicatorInput } from './inputs.ts';
import type { Issue } from './errors.ts';

/** The year's indicator tree, indexed for evaluation. `children.get(null)` are the first-level indicators. */
export interface IndicatorTree {
  byId: Map<string, IndicatorInput>;
  children: Map<string | null, IndicatorInput[]>;
}

export function buildIndicatorTree(indicators: readonly IndicatorInput[]): IndicatorTree {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const children = new Map<string | null, IndicatorInput[]>();
  for (const indicator of indicators) {
    const siblings = children.get(indicator.parentId) ?? [];
    siblings.push(indicator);
    children.set(indicator.parentId, siblings);
  }
  return { byId, children };
}

export function isLeaf(tree: IndicatorTree, indicatorId: string): boolean {
  return tree.byId.has(indicatorId) && !tree.children.has(indicatorId);
}

/**
 * Unknown parents, duplicate ids and sibling sets that do not sum to exactly 100 % (the same rule as
 * `checkSiblingWeights` in the contract): a framework that is being edited cannot be scored.
 */
export function checkIndicatorTree(indicators: readonly IndicatorInput[], tree: IndicatorTree): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  indicators.forEach((indicator, i) => {
    if (seen.has(indicator.id)) issues.push({ path: ['indicators', i, 'id'], message: `指标 ${indicator.id} 重复` });
    seen.add(indicator.id);
    if (indicator.parentId !== null && !tree.byId.has(indicator.parentId)) {
      issues.push({ path: ['indicators', i, 'parentId'], message: `指标“${indicator.name}”的上级指标不存在` });
    }
  });
  for (const [parentId, siblings] of tree.children) {
    const sumBp = siblings.reduce((s, x) => s + x.weightBp, 0);
    if (sumBp !== 10_000) {
      const parent = parentId === null ? '一级指标' : `“${tree.byId.get(parentId)?.name ?? parentId}”的下级指标`;
      issues.push({
        path: ['indicators', indicators.indexOf(siblings[0] as IndicatorInput), 'weightBp'],
        message: `${parent}权重之和应为 100%，当前为 ${sumBp / 100}%`,
      });
    }
  }
  return issues;
}
