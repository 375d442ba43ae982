import { useMemo, useState } from 'react';
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { NotificationOutlined, PushpinFilled } from '@ant-design/icons';
import type { Announcement } from '@jx/contract';
import { useAnnouncements } from '../../api/announcements';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDate } from '../../utils/format';
import { AnnouncementReader } from './AnnouncementReader';

/** 通知公告: the published announcements, pinned first, each opened in a reader. */
export function AnnouncementsCard() {
  const t = useT();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [reading, setReading] = useState<Announcement | null>(null);
  const query = useAnnouncements({ status: 'PUBLISHED', page, pageSize, order: 'desc' });

  // Pinned first (the list comes newest first).
  const rows = useMemo(() => [...(query.data?.items ?? [])].sort((a, b) => Number(b.pinned) - Number(a.pinned)), [query.data]);

  const columns: TableColumnsType<Announcement> = [
    {
      key: 'title',
      title: t('common.home.title'),
      render: (_, a) => (
        <span>
          {a.pinned ? (
            <Tag color="red" icon={<PushpinFilled />}>
              {t('common.home.pinned')}
            </Tag>
          ) : null}
          <Typography.Link onClick={() => setReading(a)}>{a.title}</Typography.Link>
        </span>
      ),
    },
    { key: 'publishedAt', title: t('common.home.publishedAt'), width: 140, render: (_, a) => formatDate(a.publishedAt) },
  ];

  return (
    <>
      <Card
        title={
          <span>
            <NotificationOutlined style={{ marginInlineEnd: 8 }} />
            {t('common.home.announcements')}
          </span>
        }
      >
        <Table<Announcement>
          data-testid="home-announcements"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={query.isFetching}
          locale={tableLocale({
            error: query.error,
            onRetry: () => void query.refetch(),
            empty: t('common.home.emptyAnnouncements'),
            loading: query.isLoading,
          })}
          onRow={(a) => ({ onClick: () => setReading(a), className: 'clickable-row' })}
          pagination={{
            current: page,
            pageSize,
            total: query.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
            showTotal: (n) => t('common.table.total', { total: n }),
          }}
        />
      </Card>
      <AnnouncementReader announcement={reading} onClose={() => setReading(null)} />
    </>
  );
}
