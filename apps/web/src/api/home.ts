import { useQuery } from '@tanstack/react-query';
import { getHomeQueue } from '@jx/contract';
import { call } from './client';

/** 首页工作队列: the counts behind the caller's tiles, one request per home. */
export function useHomeQueue(yearId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'queue', yearId ?? null] as const,
    queryFn: ({ signal }) => call(getHomeQueue, { query: yearId ? { yearId } : {}, signal }),
    enabled,
    staleTime: 30_000,
  });
}
