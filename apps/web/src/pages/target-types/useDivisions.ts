import { useMemo } from 'react';
import type { UnitTreeNode } from '@jx/contract';
import { useUnitTree } from '../../api/units';

export interface DivisionOption {
  value: string;
  label: string;
  /** Searched as well: 规划处 finds 综合规划处. */
  shortName: string;
  disabled: boolean;
}

/** The 厅机关处室 (HQ divisions under the department itself) that may own a type or assess: deactivated ones disabled. */
export function useDivisions(enabled = true) {
  const tree = useUnitTree(true, enabled);
  const options = useMemo(() => {
    const out: DivisionOption[] = [];
    const walk = (nodes: readonly UnitTreeNode[]) => {
      for (const u of nodes) {
        if (u.kind === 'HQ_DIVISION' && u.parentId) out.push({ value: u.id, label: u.name, shortName: u.shortName ?? '', disabled: !u.active });
        walk(u.children);
      }
    };
    walk(tree.data ?? []);
    return out;
  }, [tree.data]);
  return { options, isLoading: tree.isLoading };
}

/** A Select's filter over division options by full or short name. */
export const filterDivision = (input: string, option?: DivisionOption) =>
  !!option && (option.label.includes(input.trim()) || option.shortName.includes(input.trim()));
