import { Alert, Table } from 'antd';
import type { ImportErrorDetails, ImportIssue } from '@jx/contract';
import { useT } from '../../locales';

/** The problems of a rejected import: how many (in the importing page's words), and one line per problem (行号 / 列 / 问题). */
export function ImportErrorTable({ details, failedTitle }: { details: ImportErrorDetails; failedTitle: string }) {
  const t = useT();
  return (
    <div data-testid="import-errors">
      <Alert
        type="error"
        showIcon
        title={failedTitle}
        description={details.truncated ? t('excel.failedTruncated', { shown: details.issues.length }) : t('excel.failedHint')}
        style={{ marginBottom: 12 }}
        data-testid="import-error-count"
        data-count={details.total}
      />
      <Table<ImportIssue & { rowKey: number }>
        size="small"
        rowKey="rowKey"
        pagination={details.issues.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        dataSource={details.issues.map((i, rowKey) => ({ ...i, rowKey }))}
        columns={[
          { key: 'row', title: t('excel.row'), dataIndex: 'row', width: 70, render: (v: number | null) => v ?? '—' },
          {
            key: 'column',
            title: t('excel.column'),
            dataIndex: 'column',
            width: 120,
            render: (v: string | null, r) => v ?? (r.row === null ? t('excel.wholeFile') : '—'),
          },
          { key: 'message', title: t('excel.problem'), dataIndex: 'message' },
        ]}
        onRow={() => ({ 'data-testid': 'import-error-row' }) as React.HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
