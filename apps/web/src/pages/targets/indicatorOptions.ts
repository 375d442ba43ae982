import type { IndicatorNode } from '@jx/contract';

export interface IndicatorOption {
  value: string;
  title: string;
  searchText: string;
  selectable: boolean;
  disabled?: boolean;
  children: IndicatorOption[];
}

/**
 * The indicator tree as tree-select options where only leaves can be chosen. With `targetTypeId`, a
 * first-level indicator that names another target type is left out (decision 0005).
 */
export function indicatorOptions(roots: readonly IndicatorNode[], targetTypeId?: string): IndicatorOption[] {
  const map = (n: IndicatorNode): IndicatorOption => ({
    value: n.id,
    title: `${n.code} ${n.name}`,
    searchText: `${n.code} ${n.name}`,
    selectable: n.children.length === 0,
    children: n.children.map(map),
  });
  return roots.filter((r) => !targetTypeId || !r.targetTypeId || r.targetTypeId === targetTypeId).map(map);
}

/** Whether `id` is a leaf of these options. */
export function isLeafOption(options: readonly IndicatorOption[], id: string | undefined): boolean {
  if (!id) return false;
  for (const o of options) {
    if (o.value === id) return o.children.length === 0;
    if (isLeafOption(o.children, id)) return true;
  }
  return false;
}
