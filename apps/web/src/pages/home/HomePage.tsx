import { useMemo, useState } from 'react';
import { Card, Col, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { NotificationOutlined, PushpinFilled } from '@ant-design/icons';
import { listAuditorAccountEvents, listTargets, type Announcement } from '@jx/contract';
import { useAnnouncements } from '../../api/announcements';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDate } from '../../utils/format';
import { AnnouncementReader } from './AnnouncementReader';
import { TodoPanel } from './TodoPanel';
import { AuditorAccountEvents } from './AuditorAccountEvents';
import { WelcomeCard } from './WelcomeCard';

export function HomePage() {
  const t = useT();
  const user = useCurrentUser();
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
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8} xl={7}>
        <WelcomeCard user={user} />
      </Col>
      <Col xs={24} lg={16} xl={17}>
        {/* Base-data and audit roles have no target work to do. */}
        {canCall(listTargets, user.roles) ? (
          <div style={{ marginBottom: 16 }}>
            <TodoPanel />
          </div>
        ) : null}
        {canCall(listAuditorAccountEvents, user.roles) ? <AuditorAccountEvents /> : null}
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
      </Col>
      <AnnouncementReader announcement={reading} onClose={() => setReading(null)} />
    </Row>
  );
}

export default HomePage;
