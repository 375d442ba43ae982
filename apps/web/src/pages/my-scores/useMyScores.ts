import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listMyScores } from '@jx/contract';
import { call } from '../../api/client';

export const myScoreKeys = {
  all: ['assessment', 'my-scores'] as const,
  list: (yearId: string, periodId: string | undefined) => ['assessment', 'my-scores', yearId, periodId ?? ''] as const,
};

/** 本单位考核结果 of a year (one period, or all): the periods with published scores and their totals, and the records. */
export function useMyScores(yearId: string | undefined, periodId: string | undefined) {
  return useQuery({
    queryKey: myScoreKeys.list(yearId ?? '', periodId),
    queryFn: ({ signal }) => call(listMyScores, { query: { yearId: yearId!, ...(periodId ? { periodId } : {}) }, signal }),
    enabled: !!yearId,
    placeholderData: keepPreviousData,
  });
}
