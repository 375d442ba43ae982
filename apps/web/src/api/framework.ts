import { useQuery } from '@tanstack/react-query';
import {
  acceptFrameworkProposal,
  copyFramework,
  createFrameworkProposal,
  createIndicator,
  deleteIndicator,
  listFrameworkProposals,
  listIndicators,
  rebalanceWeights,
  rejectFrameworkProposal,
  updateIndicator,
  updateTargetType,
  withdrawFrameworkProposal,
  type FrameworkProposalStatus,
} from '@jx/contract';
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

// 指标修改提议: a department's proposals and the office's decisions (decision 0029).
const proposalKeys = {
  all: ['framework-proposals'] as const,
  list: (yearId: string, status?: FrameworkProposalStatus) => ['framework-proposals', yearId, status ?? 'ALL'] as const,
};

export function useFrameworkProposals(yearId: string | undefined, status?: FrameworkProposalStatus, enabled = true) {
  return useQuery({
    queryKey: proposalKeys.list(yearId ?? '', status),
    queryFn: ({ signal }) => call(listFrameworkProposals, { query: { yearId: yearId ?? '', ...(status ? { status } : {}) }, signal }),
    enabled: !!yearId && enabled,
  });
}

export const useProposeFrameworkChange = () => useRouteMutation(createFrameworkProposal, [proposalKeys.all]);
export const useAcceptFrameworkProposal = () => useRouteMutation(acceptFrameworkProposal, [proposalKeys.all, indicatorKeys.all]);
export const useRejectFrameworkProposal = () => useRouteMutation(rejectFrameworkProposal, [proposalKeys.all]);
export const useWithdrawFrameworkProposal = () => useRouteMutation(withdrawFrameworkProposal, [proposalKeys.all]);
