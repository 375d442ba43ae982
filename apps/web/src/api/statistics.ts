import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { statisticsOverview, type StatisticsGroup } from '@jx/contract';
import { call } from './client';
import { statisticsKeys } from './keys';

export function useStatistics(yearId: string | undefined, groupBy: StatisticsGroup) {
  return useQuery({
    queryKey: statisticsKeys.overview(yearId ?? '', groupBy),
    queryFn: ({ signal }) => call(statisticsOverview, { query: { yearId: yearId!, groupBy }, signal }),
    placeholderData: keepPreviousData,
    enabled: !!yearId,
  });
}
