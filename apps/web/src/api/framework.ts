import { useQuery } from '@tanstack/react-query';
import { copyFramework, createIndicator, deleteIndicator, listIndicators, rebalanceWeights, updateIndicator, updateTargetType } from '@jx/contract';
import { call } from './client';
import { categoryKeys, indicatorKeys, unitKeys } from './keys';
import { useRouteMutation } from './mutation';

/** The year's indicator tree with each sibling set's weight sum. */
export function useIndicatorTree(yearId: string | undefined) {
  return useQuery({
    queryKey: indicatorKeys.tree(yearId ?? ''),
    queryFn: ({ signal }) => call(listIndicators, { query: { yearId: yearId ?? '' }, signal }),
    enabled: !!yearId,
  });
}

export const useCreateIndicator = () => useRouteMutation(createIndicator, [indicatorKeys.all]);
export const useUpdateIndicator = () => useRouteMutation(updateIndicator, [indicatorKeys.all]);
export const useDeleteIndicator = () => useRouteMutation(deleteIndicator, [indicatorKeys.all]);
export const useRebalanceWeights = () => useRouteMutation(rebalanceWeights, [indicatorKeys.all]);
export const useCopyFramework = () => useRouteMutation(copyFramework, [indicatorKeys.all, categoryKeys.all]);
export const useUpdateTargetType = () => useRouteMutation(updateTargetType, [unitKeys.targetTypes()]);
