import { useQuery } from '@tanstack/react-query';
import { createTargetType, deleteTargetType, listAssessors, setAssessors } from '@jx/contract';
import { call } from './client';
import { unitKeys } from './keys';
import { useRouteMutation } from './mutation';

// 目标类型 are listed by `useTargetTypes` (api/units.ts) and edited by `useUpdateTargetType` (api/framework.ts).

/** 考核部门 named per target type, indicator or target of a year. */
export const assessorKeys = {
  all: ['assessors'] as const,
  list: (yearId: string) => ['assessors', 'list', yearId] as const,
};

export function useAssessors(yearId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: assessorKeys.list(yearId ?? ''),
    queryFn: async ({ signal }) => (await call(listAssessors, { query: { yearId: yearId ?? '' }, signal })).items,
    enabled: enabled && !!yearId,
  });
}

export const useCreateTargetType = () => useRouteMutation(createTargetType, [unitKeys.targetTypes()]);
export const useDeleteTargetType = () => useRouteMutation(deleteTargetType, [unitKeys.targetTypes(), assessorKeys.all]);
/** Naming departments changes who assesses: the processes' completeness follows. */
export const useSetAssessors = () => useRouteMutation(setAssessors, [assessorKeys.all, ['assessment']]);
