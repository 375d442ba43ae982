import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  approveAdjustment,
  createAdjustmentCategory,
  fileAdjustment,
  listAdjustmentCategories,
  listAdjustments,
  rejectAdjustment,
  updateAdjustmentCategory,
  uploadAdjustmentEvidence,
  type Adjustment,
  type QueryOf,
} from '@jx/contract';
import { call } from './client';
import { useRouteMutation } from './mutation';

/** 加减分: a year's lines (one page, filtered and sorted) and its categories. */
export const adjustmentKeys = {
  all: ['adjustments'] as const,
  list: (query: object) => ['adjustments', 'list', query] as const,
  categories: (yearId: string) => ['adjustments', 'categories', yearId] as const,
};

/** One page of lines; nothing is fetched until there is a year (`query` undefined). */
export function useAdjustments(query: QueryOf<typeof listAdjustments> | undefined) {
  return useQuery({
    queryKey: adjustmentKeys.list(query ?? {}),
    queryFn: ({ signal }) => call(listAdjustments, { query: query!, signal }),
    placeholderData: keepPreviousData,
    enabled: !!query,
  });
}

export function useAdjustmentCategories(yearId: string | undefined) {
  return useQuery({
    queryKey: adjustmentKeys.categories(yearId ?? ''),
    queryFn: async ({ signal }) => (await call(listAdjustmentCategories, { query: { yearId: yearId ?? '' }, signal })).items,
    enabled: !!yearId,
  });
}

export const useFileAdjustment = () => useRouteMutation(fileAdjustment, [adjustmentKeys.all]);
export const useApproveAdjustment = () => useRouteMutation(approveAdjustment, [adjustmentKeys.all]);
export const useRejectAdjustment = () => useRouteMutation(rejectAdjustment, [adjustmentKeys.all]);
export const useUploadEvidence = () => useRouteMutation(uploadAdjustmentEvidence, [adjustmentKeys.all]);
export const useCreateAdjustmentCategory = () => useRouteMutation(createAdjustmentCategory, [adjustmentKeys.all]);
export const useUpdateAdjustmentCategory = () => useRouteMutation(updateAdjustmentCategory, [adjustmentKeys.all]);

/** Uploads one piece of evidence to a line, without refreshing anything (the caller refreshes once at the end). */
export function uploadEvidence(adjustmentId: string, file: File): Promise<Adjustment> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return call(uploadAdjustmentEvidence, { params: { id: adjustmentId }, formData });
}
