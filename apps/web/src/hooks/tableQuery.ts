import type { QueryInput } from '../api/client';
import type { ListRoute, Order } from './useServerTable';

/** The query keys a route's schema names (the shape of its `z.strictObject`). */
function queryKeysOf(route: ListRoute): ReadonlySet<string> {
  const schema = route.query;
  return new Set(schema && 'shape' in schema && typeof schema.shape === 'object' && schema.shape ? Object.keys(schema.shape) : []);
}

/**
 * What a server table listing `route` sends for its state: `page` and `pageSize`; `order` and `sort` when the route's
 * query takes them (a sortable column of a route without `sort` only flips `order`, in the state); then the filters
 * that are set (undefined, null and '' dropped).
 */
export function tableQuery<R extends ListRoute>(
  route: R,
  state: { page: number; pageSize: number; sort?: string; order: Order; filters: object },
): QueryInput<R> {
  const takes = queryKeysOf(route);
  const q: Record<string, unknown> = { page: state.page, pageSize: state.pageSize };
  if (takes.has('order')) q.order = state.order;
  if (state.sort && takes.has('sort')) q.sort = state.sort;
  for (const [k, v] of Object.entries(state.filters)) if (v !== undefined && v !== null && v !== '') q[k] = v;
  // Built key by key from the table's state, whose sort and filters are typed by the route (useServerTable).
  return q as QueryInput<R>;
}
