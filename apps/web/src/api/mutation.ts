import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ResponseOf, RouteDef } from '@jx/contract';
import { call, type RouteCallOptions } from './client';

/**
 * A mutation for one contract route; on success it invalidates the given query keys.
 * `mutate({ params, body })` is typed from the route.
 */
export function useRouteMutation<R extends RouteDef>(route: R, invalidate: readonly QueryKey[]) {
  const qc = useQueryClient();
  return useMutation<ResponseOf<R>, Error, RouteCallOptions<R>>({
    mutationKey: [route.id],
    mutationFn: (opts) => call(route, opts),
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
}
