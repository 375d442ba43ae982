import { Button, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { DocumentDto } from '@jx/contract';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { tableLocale } from '../../components/tableLocale';
import { formatBytes } from './docxFile';
import { useDownloadDocument } from './useDownloadDocument';

export interface DocumentListProps {
  items: readonly DocumentDto[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  empty: string;
  testId?: string;
}

/** Documents (the latest version of each): title linking to the page, file, size, version, uploader, download. */
export function DocumentList({ items, loading, error, onRetry, empty, testId }: DocumentListProps) {
  const t = useT();
  const download = useDownloadDocument();
  return (
    <Table<DocumentDto>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items ? [...items] : []}
      loading={loading}
      data-testid={testId}
      locale={tableLocale({ error: items ? null : error, onRetry, empty, loading })}
      scroll={{ x: 760 }}
      columns={[
        {
          key: 'title',
          title: t('documents.fields.title'),
          // Without it the file name's column takes the room and the title breaks after every character.
          minWidth: 200,
          render: (_, d) => (
            <Link to={`/documents/${d.id}`} data-testid="document-link">
              {d.title ?? d.fileName}
            </Link>
          ),
        },
        {
          key: 'fileName',
          title: t('documents.fields.fileName'),
          dataIndex: 'fileName',
          render: (v: string) => (
            <Typography.Text type="secondary" ellipsis={{ tooltip: v }} style={{ maxWidth: 220 }}>
              {v}
            </Typography.Text>
          ),
        },
        { key: 'size', title: t('documents.fields.size'), dataIndex: 'sizeBytes', width: 90, align: 'right', render: (v: number) => formatBytes(v) },
        {
          key: 'version',
          title: t('documents.fields.version'),
          width: 130,
          render: (_, d) =>
            d.versionCount > 1 ? t('documents.versionOf', { no: d.versionNo, count: d.versionCount }) : t('documents.versionNo', { no: d.versionNo }),
        },
        { key: 'uploader', title: t('documents.fields.uploader'), dataIndex: 'uploadedByName', width: 170, render: (v: string | null) => v ?? '—' },
        { key: 'uploadedAt', title: t('documents.fields.uploadedAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
        {
          key: 'actions',
          title: t('common.table.actions'),
          width: 150,
          render: (_, d) => (
            <Space size={0}>
              <Link to={`/documents/${d.id}`}>
                <Button type="link" size="small">
                  {t('documents.actions.view')}
                </Button>
              </Link>
              <Button type="link" size="small" loading={download.pendingId === d.id} onClick={() => download.run(d.id, undefined, d.fileName)}>
                {t('documents.actions.download')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
