import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { statisticsLatestRankings, statisticsRankings, statisticsUnitResults } from '@jx/contract';
import { call } from './client';

// Under the statistics root key, so whatever refreshes the statistics refreshes these too.
const rankingKeys = {
  rankings: (yearId: string, periodId: string) => ['statistics', 'rankings', yearId, periodId] as const,
  latest: (yearId: string) => ['statistics', 'rankings', 'latest', yearId] as const,
  unit: (unitId: string) => ['statistics', 'unit-results', unitId] as const,
};

/** 排名与等次分布 of a period's published bulletin (the year's latest without `periodId`), in the caller's scope. */
export function useRankings(yearId: string | undefined, periodId: string | undefined) {
  return useQuery({
    queryKey: rankingKeys.rankings(yearId ?? '', periodId ?? ''),
    queryFn: ({ signal }) => call(statisticsRankings, { query: { yearId: yearId!, periodId }, signal }),
    placeholderData: keepPreviousData,
    enabled: !!yearId,
  });
}

/** The leader's home: each category's latest published ranking of the year, first three in scope. */
export function useLatestRankings(yearId: string | undefined) {
  return useQuery({
    queryKey: rankingKeys.latest(yearId ?? ''),
    queryFn: ({ signal }) => call(statisticsLatestRankings, { query: { yearId: yearId! }, signal }),
    enabled: !!yearId,
  });
}

/** One unit's published results across periods and years, and the radar of its latest period. */
export function useUnitResults(unitId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: rankingKeys.unit(unitId ?? ''),
    queryFn: ({ signal }) => call(statisticsUnitResults, { params: { id: unitId! }, signal }),
    enabled: !!unitId && enabled,
  });
}
