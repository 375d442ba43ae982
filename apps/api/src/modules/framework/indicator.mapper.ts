import { checkSiblingWeights, formatWeightBp, type Indicator as IndicatorDto, type IndicatorNode, type IndicatorTree, type SiblingSet } from '@jx/contract';
import type { Indicator } from '@jx/db';

export type IndicatorRow = Indicator & { targetType: { name: string } | null };

/** Include this in every indicator query whose rows become DTOs. */
export const indicatorInclude = { targetType: { select: { name: true } } } as const;
/** Siblings in the order the editor shows them. */
export const indicatorOrder = [{ sortOrder: 'asc' as const }, { code: 'asc' as const }];

export const toIndicatorDto = (i: IndicatorRow): IndicatorDto => ({
  id: i.id,
  yearId: i.yearId,
  parentId: i.parentId,
  level: i.level,
  code: i.code,
  name: i.name,
  description: i.description,
  weightBp: i.weightBp,
  weightPercent: formatWeightBp(i.weightBp),
  sortOrder: i.sortOrder,
  targetTypeId: i.targetTypeId,
  targetTypeName: i.targetType?.name ?? null,
  version: i.version,
});

export const auditableIndicator = (i: Indicator) => ({
  yearId: i.yearId,
  parentId: i.parentId,
  level: i.level,
  code: i.code,
  name: i.name,
  description: i.description,
  weightPercent: formatWeightBp(i.weightBp),
  sortOrder: i.sortOrder,
  targetTypeId: i.targetTypeId,
});

function siblingSet(parent: IndicatorRow | null, children: readonly IndicatorRow[]): SiblingSet {
  const check = checkSiblingWeights(children.map((c) => c.weightBp));
  return {
    parentId: parent?.id ?? null,
    parentName: parent?.name ?? null,
    count: children.length,
    sumBp: check.sumBp,
    sumPercent: formatWeightBp(check.sumBp),
    diffPercent: formatWeightBp(check.diffBp),
    valid: check.valid,
  };
}

/**
 * The year's forest from a flat list (already in sibling order), with every non-empty sibling set and its sum:
 * the first level first, then each parent's children in tree order.
 */
export function buildIndicatorTree(yearId: string, rows: readonly IndicatorRow[]): IndicatorTree {
  const nodes = new Map<string, IndicatorNode>(rows.map((r) => [r.id, { ...toIndicatorDto(r), children: [] }]));
  const childRows = new Map<string | null, IndicatorRow[]>();
  for (const r of rows) {
    const key = r.parentId && nodes.has(r.parentId) ? r.parentId : null;
    childRows.set(key, [...(childRows.get(key) ?? []), r]);
  }
  const roots = (childRows.get(null) ?? []).map((r) => nodes.get(r.id)!);
  for (const r of rows) {
    if (r.parentId && nodes.has(r.parentId)) nodes.get(r.parentId)!.children.push(nodes.get(r.id)!);
  }

  const byId = new Map(rows.map((r) => [r.id, r]));
  const sets: SiblingSet[] = [];
  const visit = (parentId: string | null) => {
    const children = childRows.get(parentId) ?? [];
    if (children.length) sets.push(siblingSet(parentId ? byId.get(parentId)! : null, children));
    for (const c of children) visit(c.id);
  };
  visit(null);
  const problems = sets.filter((s) => !s.valid);
  return { yearId, roots, sets, problems, valid: problems.length === 0, count: rows.length };
}
