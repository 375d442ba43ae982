import { useQuery } from '@tanstack/react-query';
import {
  createScoringModel,
  listAdjustmentCategories,
  listScoringModels,
  listScoringModelVersions,
  previewScoringInputs,
  updateScoringModel,
} from '@jx/contract';
import { call } from './client';
import { useRouteMutation } from './mutation';

/** 绩效模型: a year's models, a model's versions, and the inputs a what-if preview runs on. */
export const modelKeys = {
  all: ['models'] as const,
  list: (yearId: string) => ['models', 'list', yearId] as const,
  versions: (id: string) => ['models', 'versions', id] as const,
  preview: (periodId: string, categoryId: string) => ['models', 'preview', periodId, categoryId] as const,
  adjustmentCategories: (yearId: string) => ['models', 'adjustment-categories', yearId] as const,
};

export function useScoringModels(yearId: string | undefined) {
  return useQuery({
    queryKey: modelKeys.list(yearId ?? ''),
    queryFn: async ({ signal }) => (await call(listScoringModels, { query: { yearId: yearId ?? '' }, signal })).items,
    enabled: !!yearId,
  });
}

export function useScoringModelVersions(id: string | undefined) {
  return useQuery({
    queryKey: modelKeys.versions(id ?? ''),
    queryFn: async ({ signal }) => (await call(listScoringModelVersions, { params: { id: id ?? '' }, signal })).items,
    enabled: !!id,
  });
}

/** The inputs of one category in one period (fetched when both are chosen; kept fresh for a minute). */
export function usePreviewInputs(periodId: string | undefined, categoryId: string | undefined) {
  return useQuery({
    queryKey: modelKeys.preview(periodId ?? '', categoryId ?? ''),
    queryFn: ({ signal }) => call(previewScoringInputs, { query: { periodId: periodId ?? '', categoryId: categoryId ?? '' }, signal }),
    enabled: !!periodId && !!categoryId,
    staleTime: 60_000,
  });
}

/** The year's 加减分 categories: a model's deduction categories name their codes. */
export function useAdjustmentCategoryList(yearId: string | undefined) {
  return useQuery({
    queryKey: modelKeys.adjustmentCategories(yearId ?? ''),
    queryFn: async ({ signal }) => (await call(listAdjustmentCategories, { query: { yearId: yearId ?? '' }, signal })).items,
    enabled: !!yearId,
  });
}

export const useCreateScoringModel = () => useRouteMutation(createScoringModel, [modelKeys.all]);
export const useUpdateScoringModel = () => useRouteMutation(updateScoringModel, [modelKeys.all]);
