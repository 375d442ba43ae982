import type { Unit as UnitDto, UnitTreeNode } from '@jx/contract';
import type { Unit } from '@jx/db';

export const toUnitDto = (u: Unit): UnitDto => ({
  id: u.id,
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  parentId: u.parentId,
  sortOrder: u.sortOrder,
  active: u.active,
  version: u.version,
  updatedAt: u.updatedAt.toISOString(),
});

/** Builds the forest from a flat list (ordered by sortOrder, then name). */
export function buildUnitTree(units: Unit[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>(units.map((u) => [u.id, { ...toUnitDto(u), children: [] }]));
  const roots: UnitTreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export const auditableUnit = (u: Unit) => ({
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  parentId: u.parentId,
  sortOrder: u.sortOrder,
  active: u.active,
});
