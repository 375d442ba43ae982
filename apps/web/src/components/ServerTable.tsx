import { Fragment, useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Table, type TablePaginationConfig, type TableProps } from 'antd';
import { useT } from '../locales';
import { tableLocale } from './tableLocale';

/** The part of a react-query result a server table reads (a page of rows and their total). */
export interface ServerTableQuery<T> {
  data: { items: readonly T[]; total: number } | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  isLoading: boolean;
  refetch: () => unknown;
}

/** The part of `useServerTable` that drives the Table. */
export interface ServerTableControls {
  onChange: NonNullable<TableProps['onChange']>;
  pagination: (total: number | undefined) => TablePaginationConfig;
}

export type ServerTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'onChange' | 'pagination' | 'locale'> & {
  query: ServerTableQuery<T>;
  table: ServerTableControls;
  /** What the empty table says (usually different when filters are set). */
  empty: ReactNode;
  'data-testid'?: string;
};

/**
 * A server-paged table: rows, total, loading and errors from the query, page/size/sort from
 * `useServerTable`. The first load failing shows the error with a retry in the table body; a failed
 * refetch keeps the rows it has and says so above them.
 */
export function ServerTable<T extends object>({ query, table, empty, ...props }: ServerTableProps<T>) {
  const t = useT();
  return (
    <>
      {query.isError && query.data ? <Alert type="error" showIcon title={t('common.errors.loadFailed')} style={{ marginBottom: 12 }} /> : null}
      <Table<T>
        {...props}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        onChange={table.onChange}
        pagination={table.pagination(query.data?.total)}
        locale={tableLocale({
          error: query.data ? null : query.error,
          onRetry: () => void query.refetch(),
          empty,
          loading: query.isLoading,
        })}
      />
    </>
  );
}

/**
 * The filter row above a list. With `onReset`, a 重置 button shows while `filtered`; resetting also
 * remounts the filters, so uncontrolled inputs (keyword boxes, date ranges) are cleared with the state.
 */
export function FilterBar({ children, filtered, onReset }: { children: ReactNode; filtered?: boolean; onReset?: () => void }) {
  const t = useT();
  const [generation, setGeneration] = useState(0);
  return (
    <Flex className="filter-bar" gap={12} wrap align="center">
      <Fragment key={generation}>{children}</Fragment>
      {onReset && filtered ? (
        <Button
          onClick={() => {
            setGeneration((g) => g + 1);
            onReset();
          }}
        >
          {t('common.actions.reset')}
        </Button>
      ) : null}
    </Flex>
  );
}
