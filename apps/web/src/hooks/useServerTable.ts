import { useCallback, useMemo, useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useT } from '../locales';

export type Order = 'asc' | 'desc';

export interface ServerTableState<S extends string, F extends object> {
  page: number;
  pageSize: number;
  sort?: S;
  order: Order;
  filters: F;
}

/**
 * Page, page size, sort, order and filters of a server-side table, with the Table `onChange` and
 * `pagination` props that drive them. `query` is what goes to the API (undefined filters dropped).
 */
export function useServerTable<S extends string, F extends object>(opts: {
  defaultSort?: S;
  defaultOrder?: Order;
  sortable?: readonly S[];
  initialFilters: F;
  /** Filters a link asked for (e.g. /warnings?level=RED from 我的待办): applied at first, not restored by 重置. */
  linkedFilters?: Partial<F>;
  pageSize?: number;
  /** false: the API has no `sort` parameter, a sortable column only flips `order`. */
  sendSort?: boolean;
}) {
  const t = useT();
  // The options are constants of the calling page: keep the first ones.
  const [initial] = useState(opts);
  const [state, setState] = useState<ServerTableState<S, F>>({
    page: 1,
    pageSize: opts.pageSize ?? 20,
    sort: opts.defaultSort,
    order: opts.defaultOrder ?? 'asc',
    filters: { ...opts.initialFilters, ...opts.linkedFilters },
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

  const query = useMemo(() => {
    const q: Record<string, unknown> = { page: state.page, pageSize: state.pageSize, order: state.order };
    if (state.sort && initial.sendSort !== false) q.sort = state.sort;
    for (const [k, v] of Object.entries(state.filters)) if (v !== undefined && v !== null && v !== '') q[k] = v;
    return q;
  }, [state, initial]);

  return { state, setState, setFilters, resetFilters, onChange, pagination, sortOrderOf, query };
}
