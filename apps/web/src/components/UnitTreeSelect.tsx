import { useMemo } from 'react';
import { TreeSelect, type TreeSelectProps } from 'antd';
import type { UnitTreeNode } from '@jx/contract';
import { useUnitTree } from '../api/units';
import { useT } from '../locales';

interface TreeOption {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(
  nodes: readonly UnitTreeNode[],
  disabledIds: ReadonlySet<string> | undefined,
  inactiveLabel: string,
  inactiveSelectable: boolean,
): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.active ? n.name : `${n.name}${inactiveLabel}`,
    searchText: `${n.name} ${n.shortName ?? ''} ${n.code}`,
    disabled: disabledIds?.has(n.id) || (!n.active && !inactiveSelectable),
    children: toOptions(n.children, disabledIds, inactiveLabel, inactiveSelectable),
  }));
}

export type UnitTreeSelectProps = Omit<TreeSelectProps, 'treeData' | 'showSearch' | 'loading'> & {
  /** Units that cannot be chosen (e.g. a unit's own subtree when choosing its parent). */
  disabledIds?: ReadonlySet<string>;
  /** Include deactivated units (shown, not selectable unless `inactiveSelectable`). */
  includeInactive?: boolean;
  /** Deactivated units can be chosen too (for filters over history). */
  inactiveSelectable?: boolean;
};

/** The unit tree as a searchable tree-select (by name, short name or code). */
export function UnitTreeSelect({ disabledIds, includeInactive = false, inactiveSelectable = false, placeholder, ...props }: UnitTreeSelectProps) {
  const t = useT();
  const tree = useUnitTree(includeInactive);
  const treeData = useMemo(
    () => toOptions(tree.data ?? [], disabledIds, t('units.inactiveSuffix'), inactiveSelectable),
    [tree.data, disabledIds, t, inactiveSelectable],
  );
  return (
    <TreeSelect
      {...props}
      treeData={treeData}
      loading={tree.isLoading}
      placeholder={placeholder ?? t('units.pickUnit')}
      showSearch={{ treeNodeFilterProp: 'searchText' }}
      treeDefaultExpandAll
      allowClear
      popupMatchSelectWidth={false}
      notFoundContent={tree.isError ? t('common.errors.loadFailed') : undefined}
    />
  );
}
