import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listWarnings } from '@jx/contract';
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
