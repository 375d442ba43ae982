import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/**
 * What a table shows when it has no rows: the load error with a retry button, or an Empty with a
 * sentence that tells the user what to do.
 */
export function tableLocale(opts: { error?: unknown; onRetry?: () => void; empty: ReactNode; loading?: boolean }) {
  if (opts.error) return { emptyText: <ErrorState compact error={opts.error} onRetry={opts.onRetry} /> };
  if (opts.loading) return { emptyText: <div style={{ height: 120 }} /> };
  return { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={opts.empty} /> };
}
