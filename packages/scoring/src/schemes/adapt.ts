import type { IndicatorInput } from '../inputs.ts';
import type { ModelNode, ScoringModel } from '../model.ts';

/** How to rename a model's references; a function answering undefined keeps the name. */
export interface ModelRenames {
  /** Indicator ids of `indicators` and `rating` nodes. */
  indicator?: (id: string) => string | undefined;
  /** Deduction categories, of the model's list and of `allowance` nodes. */
  category?: (category: string) => string | undefined;
}

/**
 * A copy of the model with its indicator and deduction-category references renamed: a reference scheme is written
 * against its own indicator ids ('duty.1') and category names ('批评'), a stored model against a year's indicator ids
 * and the year's adjustment category codes.
 */
export function renameModelRefs(model: ScoringModel, renames: ModelRenames): ScoringModel {
  const indicator = (id: string) => renames.indicator?.(id) ?? id;
  const category = (c: string) => renames.category?.(c) ?? c;
  const walk = (node: ModelNode): ModelNode => {
    switch (node.kind) {
      case 'weighted':
        return { ...node, children: node.children.map((c) => ({ points: c.points, node: walk(c.node) })) };
      case 'indicators':
      case 'rating':
        return node.indicatorId === undefined ? { ...node } : { ...node, indicatorId: indicator(node.indicatorId) };
      case 'allowance':
        return { ...node, deductionCategory: category(node.deductionCategory) };
      case 'imported':
        return { ...node };
    }
  };
  return {
    ...model,
    root: walk(model.root),
    scales: structuredClone(model.scales),
    deductionCategories: model.deductionCategories.map((c) => ({ ...c, category: category(c.category) })),
    grades: structuredClone(model.grades),
  };
}

/**
 * Pairs the indicators of a scheme with those of a year by position: the i-th first-level indicator with the i-th, and
 * below each pair their children in order. Both lists are in sibling order. Indicators without a counterpart are left
 * out of the map.
 */
export function indicatorsByPosition(scheme: readonly IndicatorInput[], year: readonly IndicatorInput[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const childrenOf = (list: readonly IndicatorInput[], parentId: string | null) => list.filter((i) => i.parentId === parentId);
  const pair = (schemeParent: string | null, yearParent: string | null) => {
    const theirs = childrenOf(year, yearParent);
    childrenOf(scheme, schemeParent).forEach((s, i) => {
      const y = theirs[i];
      if (!y) return;
      pairs.set(s.id, y.id);
      pair(s.id, y.id);
    });
  };
  pair(null, null);
  return pairs;
}
