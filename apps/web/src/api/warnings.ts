import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listWarnings, type WarningLevel } from '@jx/contract';
import { call } from './client';
import { warningKeys } from './keys';

export interface WarningQuery {
  page?: number;
  pageSize?: number;
  yearId?: string;
  level?: WarningLevel;
  unitId?: string;
  targetTypeId?: string;
}

export function useWarnings(query: WarningQuery, enabled = true) {
  return useQuery({
    queryKey: warningKeys.list(query),
    queryFn: ({ signal }) => call(listWarnings, { query: query as never, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
