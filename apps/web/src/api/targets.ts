import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  approveTarget,
  bulkApproveTargets,
  bulkAssignTargets,
  bulkPublishTargets,
  bulkReturnTargets,
  cancelTargetRevision,
  createSpecialTask,
  createTarget,
  deleteTarget,
  diffTargetRevisions,
  getTarget,
  listSpecialTasks,
  listTargets,
  publishTarget,
  returnTarget,
  reviseTarget,
  submitTarget,
  updateTarget,
} from '@jx/contract';
import { call, type QueryInput } from './client';
import { specialTaskKeys, targetKeys } from './keys';
import { useRouteMutation } from './mutation';

export function useTargets(query: QueryInput<typeof listTargets>, enabled = true) {
  return useQuery({
    queryKey: targetKeys.list(query),
    queryFn: ({ signal }) => call(listTargets, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTarget(id: string | undefined) {
  return useQuery({
    queryKey: targetKeys.detail(id ?? ''),
    queryFn: ({ signal }) => call(getTarget, { params: { id: id ?? '' }, signal }),
    enabled: !!id,
  });
}

export function useTargetDiff(id: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: targetKeys.diff(id, from ?? 0, to ?? 0),
    queryFn: ({ signal }) => call(diffTargetRevisions, { params: { id }, query: { from: from ?? 0, to: to ?? 0 }, signal }),
    enabled: !!from && !!to && from !== to,
  });
}

export function useSpecialTasks(yearId: string | undefined) {
  return useQuery({
    queryKey: specialTaskKeys.list(yearId ?? ''),
    queryFn: ({ signal }) => call(listSpecialTasks, { query: { yearId: yearId ?? '' }, signal }),
    enabled: !!yearId,
  });
}

export const useCreateTarget = () => useRouteMutation(createTarget, [targetKeys.all]);
export const useUpdateTarget = () => useRouteMutation(updateTarget, [targetKeys.all]);
export const useSubmitTarget = () => useRouteMutation(submitTarget, [targetKeys.all]);
export const useApproveTarget = () => useRouteMutation(approveTarget, [targetKeys.all]);
export const useReturnTarget = () => useRouteMutation(returnTarget, [targetKeys.all]);
export const usePublishTarget = () => useRouteMutation(publishTarget, [targetKeys.all]);
export const useReviseTarget = () => useRouteMutation(reviseTarget, [targetKeys.all]);
export const useBulkApproveTargets = () => useRouteMutation(bulkApproveTargets, [targetKeys.all]);
export const useBulkReturnTargets = () => useRouteMutation(bulkReturnTargets, [targetKeys.all]);
export const useBulkPublishTargets = () => useRouteMutation(bulkPublishTargets, [targetKeys.all]);
export const useCancelTargetRevision = () => useRouteMutation(cancelTargetRevision, [targetKeys.all]);
export const useDeleteTarget = () => useRouteMutation(deleteTarget, [targetKeys.all]);
export const useBulkAssignTargets = () => useRouteMutation(bulkAssignTargets, [targetKeys.all]);
export const useCreateSpecialTask = () => useRouteMutation(createSpecialTask, [targetKeys.all, specialTaskKeys.all]);
