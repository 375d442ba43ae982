import { useMemo } from 'react';
import type { IndicatorNode } from '@jx/contract';
import { useAssessmentPeriods } from '../../api/assessment';
import { useIndicatorTree } from '../../api/framework';
import { useAdjustmentCategoryList } from '../../api/models';

export interface IndicatorOption {
  value: string;
  title: string;
  children: IndicatorOption[];
}

/** What the editor's selects offer: the year's indicators, its periods (by code) and its deduction categories (by code). */
export interface EditorOptions {
  indicators: IndicatorOption[];
  indicatorName: (id: string) => string | undefined;
  periods: { code: string; name: string }[];
  deductionCategories: { code: string; name: string }[];
  loading: boolean;
}

export function useEditorOptions(yearId: string): EditorOptions {
  const tree = useIndicatorTree(yearId);
  const periods = useAssessmentPeriods(yearId);
  const adjustments = useAdjustmentCategoryList(yearId);
  return useMemo(() => {
    const names = new Map<string, string>();
    const toOption = (n: IndicatorNode): IndicatorOption => {
      names.set(n.id, `${n.code} ${n.name}`);
      return { value: n.id, title: `${n.code} ${n.name}`, children: [...n.children].sort((a, b) => a.sortOrder - b.sortOrder).map(toOption) };
    };
    const indicators = [...(tree.data?.roots ?? [])].sort((a, b) => a.sortOrder - b.sortOrder).map(toOption);
    return {
      indicators,
      indicatorName: (id) => names.get(id),
      periods: [...(periods.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder).map((p) => ({ code: p.code, name: p.name })),
      deductionCategories: (adjustments.data ?? []).filter((c) => c.kind === 'DEDUCTION').map((c) => ({ code: c.code, name: c.name })),
      loading: tree.isLoading || periods.isLoading || adjustments.isLoading,
    };
  }, [tree.data, tree.isLoading, periods.data, periods.isLoading, adjustments.data, adjustments.isLoading]);
}
