import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { statisticsActivity, statisticsHeatmap, statisticsOverview, statisticsTrend, type StatisticsGroup } from '@jx/contract';
import { call, type QueryInput } from './client';
import { statisticsKeys } from './keys';

export function useStatistics(yearId: string | undefined, groupBy: StatisticsGroup) {
  return useQuery({
    queryKey: statisticsKeys.overview(yearId ?? '', groupBy),
    queryFn: ({ signal }) => call(statisticsOverview, { query: { yearId: yearId!, groupBy }, signal }),
    placeholderData: keepPreviousData,
    enabled: !!yearId,
  });
}

/** The year's monthly planned and actual completion in the caller's scope (optionally one unit or target type). */
export function useStatisticsTrend(query: Partial<QueryInput<typeof statisticsTrend>>) {
  return useQuery({
    queryKey: statisticsKeys.trend(query),
    queryFn: ({ signal }) => call(statisticsTrend, { query: { ...query, yearId: query.yearId! }, signal }),
    placeholderData: keepPreviousData,
    enabled: !!query.yearId,
  });
}

/** A leader's home: the latest comments and orders and the next unfinished deadlines of the year, in scope. */
export function useStatisticsActivity(yearId: string | undefined) {
  return useQuery({
    queryKey: statisticsKeys.activity(yearId ?? ''),
    queryFn: ({ signal }) => call(statisticsActivity, { query: { yearId: yearId! }, signal }),
    enabled: !!yearId,
  });
}

/** 决策分析's heat map: each unit's lag behind plan month by month, in the caller's scope. */
export function useStatisticsHeatmap(yearId: string | undefined, targetTypeId?: string) {
  return useQuery({
    queryKey: statisticsKeys.heatmap(yearId ?? '', targetTypeId ?? ''),
    queryFn: ({ signal }) => call(statisticsHeatmap, { query: { yearId: yearId!, targetTypeId }, signal }),
    placeholderData: keepPreviousData,
    enabled: !!yearId,
  });
}
