import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  statisticsActivity,
  statisticsCompletion,
  statisticsHeatmap,
  statisticsOverview,
  statisticsSpecialTasks,
  statisticsTrend,
  type StatisticsGroup,
} from '@jx/contract';
import { call, type QueryInput } from './client';
import { statisticsKeys } from './keys';

/** The analysis filters beyond the year: one target type, one 考核类别. */
export interface AnalysisFilter {
  targetTypeId?: string;
  categoryId?: string;
}

export function useStatistics(yearId: string | undefined, groupBy: StatisticsGroup, filter: AnalysisFilter = {}) {
  const { targetTypeId, categoryId } = filter;
  return useQuery({
    queryKey: statisticsKeys.overview(yearId ?? '', groupBy, { targetTypeId, categoryId }),
    queryFn: ({ signal }) => call(statisticsOverview, { query: { yearId: yearId!, groupBy, targetTypeId, categoryId }, signal }),
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

/** 完成进度 by target type or category as of a month's end (决策分析 with a period chosen); off without a month. */
export function useStatisticsCompletion(query: Partial<QueryInput<typeof statisticsCompletion>>) {
  return useQuery({
    queryKey: statisticsKeys.completion(query),
    queryFn: ({ signal }) =>
      call(statisticsCompletion, { query: { ...query, yearId: query.yearId!, groupBy: query.groupBy ?? 'targetType', month: query.month! }, signal }),
    placeholderData: keepPreviousData,
    enabled: !!query.yearId && !!query.month,
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
export function useStatisticsHeatmap(yearId: string | undefined, targetTypeId?: string, categoryId?: string) {
  return useQuery({
    queryKey: statisticsKeys.heatmap(yearId ?? '', targetTypeId ?? '', categoryId),
    queryFn: ({ signal }) => call(statisticsHeatmap, { query: { yearId: yearId!, targetTypeId, categoryId }, signal }),
    placeholderData: keepPreviousData,
    enabled: !!yearId,
  });
}

/** 专项工作督查: each special task's targets per unit with their progress, in the caller's scope. */
export function useSpecialTaskBoard(yearId: string | undefined) {
  return useQuery({
    queryKey: statisticsKeys.specialTasks(yearId ?? ''),
    queryFn: ({ signal }) => call(statisticsSpecialTasks, { query: { yearId: yearId! }, signal }),
    enabled: !!yearId,
  });
}
