import { useCallback, useMemo, useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import type { z } from 'zod';
import type { QueryOf, RouteDef } from '@jx/contract';
import type { QueryInput } from '../api/client';
import { useT } from '../locales';
import { tableQuery } from './tableQuery';

export type Order = 'asc' | 'desc';

/** A route that lists one page of rows: its query takes `page` and `pageSize` (the contract's `PageQuery`). */
export type ListRoute = RouteDef<z.ZodType, z.ZodType<unknown, { page?: unknown; pageSize?: unknown }>>;

/** The query keys the table sets itself. */
type TableKey = 'page' | 'pageSize' | 'order' | 'sort';

/** The filters of a list route: the rest of its query (`z.input` of the route's query schema), every one optional. */
export type FiltersOf<R extends ListRoute> = Omit<QueryInput<R>, TableKey>;

/**
 * The sort fields of a list route: the members of its `sort` enum. A route without `sort` takes any column key: that
 * column only flips `order` (the key stays in the table's state, never in the query).
 */
export type SortOf<R extends ListRoute> = 'sort' extends keyof QueryOf<R> ? NonNullable<QueryOf<R>['sort' & keyof QueryOf<R>]> & string : string;

export interface ServerTableState<S extends string, F extends object> {
  page: number;
  pageSize: number;
  sort?: S;
  order: Order;
  filters: F;
}

export interface ServerTableOptions<R extends ListRoute> {
  defaultSort?: SortOf<R>;
  defaultOrder?: Order;
  /** The columns whose sorting goes to the state (default: any column with a sorter). */
  sortable?: readonly SortOf<R>[];
  /** The filters at first and after 重置 (default: none). */
  initialFilters?: FiltersOf<R>;
  /** Filters a link asked for (e.g. /warnings?level=RED from 我的待办): applied at first, not restored by 重置. */
  linkedFilters?: FiltersOf<R>;
  pageSize?: number;
}

/**
 * Page, page size, sort, order and filters of a server-side table listing `route`, with the Table `onChange` and
 * `pagination` props that drive them. Sort fields and filters are the route's own (its query schema's input), and
 * `query`, what goes to the API, is typed as the route's query (see `tableQuery` for what it holds).
 */
export function useServerTable<R extends ListRoute>(route: R, opts: NoInfer<ServerTableOptions<R>> = {}) {
  type S = SortOf<R>;
  type F = FiltersOf<R>;
  const t = useT();
  // The route and options are constants of the calling page: keep the first ones.
  const [initial] = useState(() => ({ ...opts, route, initialFilters: opts.initialFilters ?? ({} as F) }));
  const [state, setState] = useState<ServerTableState<S, F>>({
    page: 1,
    pageSize: opts.pageSize ?? 20,
    sort: opts.defaultSort,
    order: opts.defaultOrder ?? 'asc',
    filters: { ...initial.initialFilters, ...opts.linkedFilters },
  });

  const setFilters = useCallback((patch: Partial<F>) => {
    setState((s) => ({ ...s, page: 1, filters: { ...s.filters, ...patch } }));
  }, []);

  const resetFilters = useCallback(() => {
    setState((s) => ({ ...s, page: 1, filters: initial.initialFilters }));
  }, [initial]);

  const onChange = useCallback(
    (pagination: TablePaginationConfig, _filters: unknown, sorter: unknown) => {
      const one = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<unknown> | undefined;
      const field = (one?.columnKey ?? one?.field) as S | undefined;
      setState((s) => {
        const sortChanged = one?.order ? field !== s.sort || (one.order === 'ascend' ? 'asc' : 'desc') !== s.order : false;
        const next: ServerTableState<S, F> = {
          ...s,
          page: sortChanged ? 1 : (pagination.current ?? 1),
          pageSize: pagination.pageSize ?? s.pageSize,
        };
        if (one?.order && field && (!initial.sortable || initial.sortable.includes(field))) {
          next.sort = field;
          next.order = one.order === 'ascend' ? 'asc' : 'desc';
        } else if (one && !one.order) {
          next.sort = initial.defaultSort;
          next.order = initial.defaultOrder ?? 'asc';
        }
        return next;
      });
    },
    [initial],
  );

  const pagination = useCallback(
    (total: number | undefined): TablePaginationConfig => ({
      current: state.page,
      pageSize: state.pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (n) => t('common.table.total', { total: n }),
    }),
    [state.page, state.pageSize, t],
  );

  /** antd's sortOrder for a column key. */
  const sortOrderOf = useCallback(
    (key: S) => (state.sort === key ? (state.order === 'asc' ? 'ascend' : 'descend') : null) as 'ascend' | 'descend' | null,
    [state.sort, state.order],
  );

  const query = useMemo(() => tableQuery(initial.route, state), [initial, state]);

  return { state, setState, setFilters, resetFilters, onChange, pagination, sortOrderOf, query };
}
