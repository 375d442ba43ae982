import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  importPublicSurvey,
  listImportedValues,
  listRaterCandidates,
  listRaters,
  listRatings,
  listRatingScales,
  myRatings,
  PUBLIC_SURVEY_KEY,
  returnRating,
  saveRating,
  setRaters,
  submitRatings,
  type MyRatingSlot,
  type RaterGroup,
} from '@jx/contract';
import { call, type QueryInput } from './client';
import { withRating } from './ratingCache';
import { useRouteMutation } from './mutation';

/**
 * 评价: my ratings, the rater roster (评价名单) with its progress, the office's list of ratings, the public survey.
 * Under `assessment`, so opening or closing a process (which opens or closes rating) refreshes them too.
 */
export const ratingKeys = {
  all: ['assessment', 'ratings'] as const,
  allMine: ['assessment', 'ratings', 'mine'] as const,
  mine: (periodId: string | undefined) => ['assessment', 'ratings', 'mine', periodId ?? null] as const,
  scales: (yearId: string) => ['assessment', 'ratings', 'scales', yearId] as const,
  raters: (query: object) => ['assessment', 'ratings', 'raters', query] as const,
  candidates: (query: object) => ['assessment', 'ratings', 'candidates', query] as const,
  list: (query: object) => ['assessment', 'ratings', 'list', query] as const,
  imported: (query: object) => ['assessment', 'ratings', 'imported', query] as const,
};

/** 我的评价 of a period (without one: the period the server picks, the first open one I am rostered in). */
export function useMyRatings(periodId: string | undefined) {
  return useQuery({
    queryKey: ratingKeys.mine(periodId),
    queryFn: ({ signal }) => call(myRatings, { query: periodId ? { periodId } : {}, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRatingScales(yearId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ratingKeys.scales(yearId ?? ''),
    queryFn: async ({ signal }) => (await call(listRatingScales, { query: { yearId: yearId ?? '' }, signal })).items,
    enabled: enabled && !!yearId,
  });
}

export function useRaters(query: QueryInput<typeof listRaters> | undefined) {
  return useQuery({
    queryKey: ratingKeys.raters(query ?? {}),
    queryFn: async ({ signal }) => (await call(listRaters, { query: query!, signal })).items,
    enabled: !!query?.periodId,
    placeholderData: keepPreviousData,
  });
}

/** The accounts a slot may name (the slot: period, category and group). */
export function useRaterCandidates(slot: { periodId: string; categoryId?: string; group?: RaterGroup }) {
  const { periodId, categoryId, group } = slot;
  return useQuery({
    queryKey: ratingKeys.candidates({ periodId, categoryId, group }),
    queryFn: async ({ signal }) => (await call(listRaterCandidates, { query: { periodId, categoryId: categoryId!, group: group! }, signal })).items,
    enabled: !!periodId && !!categoryId && !!group && group !== 'PUBLIC',
  });
}

export function useRatingRows(query: QueryInput<typeof listRatings>, enabled = true) {
  return useQuery({
    queryKey: ratingKeys.list(query),
    queryFn: ({ signal }) => call(listRatings, { query, signal }),
    enabled: enabled && !!query.periodId,
    placeholderData: keepPreviousData,
  });
}

/** The public survey's imported satisfaction per unit of a period. */
export function useImportedValues(periodId: string | undefined, categoryId?: string) {
  return useQuery({
    queryKey: ratingKeys.imported({ periodId, categoryId }),
    queryFn: async ({ signal }) => (await call(listImportedValues, { query: { periodId: periodId ?? '', key: PUBLIC_SURVEY_KEY, categoryId }, signal })).items,
    enabled: !!periodId,
  });
}

export const useSetRaters = () => useRouteMutation(setRaters, [ratingKeys.all]);
export const useSubmitRatings = () => useRouteMutation(submitRatings, [ratingKeys.all]);
export const useReturnRating = () => useRouteMutation(returnRating, [ratingKeys.all]);

/**
 * Saves one level as a draft. On success the rating goes into the cached 我的评价 of its period (no reload of the whole
 * page for one click); the roster's progress (drafts) is marked stale.
 */
export function useSaveRating() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [saveRating.id],
    mutationFn: (body: { periodId: string; group: RaterGroup; assessedUnitId: string; indicatorId: string | null; level: string; version?: number }) =>
      call(saveRating, { body }),
    onSuccess: (rating) => {
      qc.setQueriesData<{ items: MyRatingSlot[] }>({ queryKey: ratingKeys.allMine }, (data) =>
        data ? { ...data, items: data.items.map((slot) => withRating(slot, rating)) } : data,
      );
      void qc.invalidateQueries({ queryKey: ['assessment', 'ratings', 'raters'] });
      void qc.invalidateQueries({ queryKey: ['assessment', 'ratings', 'list'] });
    },
  });
}

/** Uploads a filled 社会公众评价 template of a period (multipart: file, periodId); answers how many units were written. */
export function usePublicSurveyImport(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [importPublicSurvey.id],
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('periodId', periodId);
      form.append('file', file, file.name);
      const res = await call(importPublicSurvey, { formData: form });
      return { created: res.imported };
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.all }),
  });
}
