import { PUBLIC_SURVEY_KEY, type IndicatorNode } from '@jx/contract';
import { indicatorsByPosition, renameModelRefs, type IndicatorInput, type ModelNode, type ReferenceScheme } from '@jx/scoring';
import type { ModelDraft } from './modelTree';

/** The year's indicator tree as the engine's flat list, siblings in their order. */
export function flattenIndicators(roots: readonly IndicatorNode[]): IndicatorInput[] {
  const out: IndicatorInput[] = [];
  const walk = (nodes: readonly IndicatorNode[]) =>
    [...nodes]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .forEach((n) => {
        out.push({ id: n.id, parentId: n.parentId, name: n.name, weightBp: n.weightBp });
        walk(n.children);
      });
  walk(roots);
  return out;
}

/**
 * A reference scheme as a starting point for the year: its indicator references moved onto the year's indicators by
 * position (the scheme's first first-level indicator is the year's first …), and the public (社会公众) rating — which
 * the platform imports as a survey percent rather than collecting from raters — read from the imported survey.
 */
export function draftFromScheme(scheme: ReferenceScheme, year: readonly IndicatorInput[]): ModelDraft {
  const byPosition = indicatorsByPosition(scheme.indicators, year);
  const model = renameModelRefs(scheme.model, { indicator: (id) => byPosition.get(id) });
  const publicFromSurvey = (node: ModelNode): ModelNode => {
    if (node.kind === 'rating' && node.group === 'PUBLIC') return { kind: 'imported', label: node.label, key: PUBLIC_SURVEY_KEY };
    if (node.kind === 'weighted') return { ...node, children: node.children.map((c) => ({ points: c.points, node: publicFromSurvey(c.node) })) };
    return node;
  };
  return { ...model, root: publicFromSurvey(model.root) };
}
