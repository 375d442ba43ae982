import type { UnitTreeNode } from '@jx/contract';

export function flattenUnits(nodes: readonly UnitTreeNode[], out: UnitTreeNode[] = []): UnitTreeNode[] {
  for (const n of nodes) {
    out.push(n);
    flattenUnits(n.children, out);
  }
  return out;
}

export function unitMap(nodes: readonly UnitTreeNode[]): Map<string, UnitTreeNode> {
  return new Map(flattenUnits(nodes).map((u) => [u.id, u]));
}

/** Keeps the nodes that match and the ancestors of nodes that match; a matching node keeps its subtree. */
export function filterUnitTree(nodes: readonly UnitTreeNode[], match: (u: UnitTreeNode) => boolean): UnitTreeNode[] {
  const out: UnitTreeNode[] = [];
  for (const n of nodes) {
    if (match(n)) out.push(n);
    else {
      const children = filterUnitTree(n.children, match);
      if (children.length) out.push({ ...n, children });
    }
  }
  return out;
}

/** Drops inactive units (and their subtrees). */
export function activeOnly(nodes: readonly UnitTreeNode[]): UnitTreeNode[] {
  return nodes.filter((n) => n.active).map((n) => ({ ...n, children: activeOnly(n.children) }));
}

/** Ids of `id` and all its descendants (a unit cannot become its own parent's child). */
export function subtreeIds(nodes: readonly UnitTreeNode[], id: string): Set<string> {
  const ids = new Set<string>();
  const node = unitMap(nodes).get(id);
  if (node) for (const u of flattenUnits([node])) ids.add(u.id);
  return ids;
}

export function unitMatches(u: UnitTreeNode, q: string): boolean {
  const s = q.trim().toLowerCase();
  if (!s) return true;
  return [u.name, u.code, u.shortName ?? ''].some((v) => v.toLowerCase().includes(s));
}
