import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getTargetWarning, listWarnings } from '@jx/contract';
import { call, type QueryInput } from './client';
import { warningKeys } from './keys';

export function useWarnings(query: QueryInput<typeof listWarnings>, enabled = true) {
  return useQuery({
    queryKey: warningKeys.list(query),
    queryFn: ({ signal }) => call(listWarnings, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One target's 执行情况 (null before its first publication). */
export function useTargetWarning(id: string, enabled = true) {
  return useQuery({
    queryKey: warningKeys.target(id),
    queryFn: ({ signal }) => call(getTargetWarning, { params: { id }, signal }),
    enabled,
  });
}
