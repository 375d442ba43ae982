import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { CallOptions, ResponseOf, RouteDef } from '@jx/contract';
import { call } from './client';

/**
 * A mutation for one contract route; on success it invalidates the given query keys.
 * `mutate({ params, body })` is typed from the route.
 */
export function useRouteMutation<R extends RouteDef>(route: R, invalidate: readonly QueryKey[]) {
  const qc = useQueryClient();
  return useMutation<ResponseOf<R>, Error, CallOptions<R>>({
    mutationKey: [route.id],
    mutationFn: (opts) => call(route, opts),
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
}
