import type { ReactNode } from 'react';
import { Card, Col, Empty, List, Row, Skeleton, Typography } from 'antd';
import { ClockCircleOutlined, CommentOutlined, FlagOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useStatisticsActivity } from '../../../api/statistics';
import { useT } from '../../../locales';
import { formatDate, formatDateTime } from '../../../utils/format';
import { OrderStatusTags } from '../../supervision/OrderStatusTags';

function ActivityCard<T>(props: {
  testId: string;
  icon: ReactNode;
  title: string;
  more: { to: string; label: string };
  loading: boolean;
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
}) {
  return (
    <Card
      title={
        <span>
          <span style={{ marginInlineEnd: 8 }}>{props.icon}</span>
          {props.title}
        </span>
      }
      extra={<Link to={props.more.to}>{props.more.label}</Link>}
      data-testid={props.testId}
      style={{ height: '100%' }}
    >
      {props.loading ? (
        <Skeleton active />
      ) : props.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.empty} />
      ) : (
        <List size="small" dataSource={props.items} renderItem={(item) => <List.Item>{props.render(item)}</List.Item>} />
      )}
    </Card>
  );
}

const Secondary = ({ children }: { children: ReactNode }) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {children}
  </Typography.Text>
);

/** The latest 点评 and 督办 and the next 工作时限 of unfinished targets, each opening its target. */
export function ActivityCards({ yearId }: { yearId: string }) {
  const t = useT();
  const activity = useStatisticsActivity(yearId);
  const loading = activity.isLoading;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <ActivityCard
          testId="home-comments"
          icon={<CommentOutlined />}
          title={t('statistics.home.comments.title')}
          more={{ to: `/warnings?yearId=${yearId}`, label: t('statistics.home.comments.more') }}
          loading={loading}
          items={activity.data?.comments ?? []}
          empty={t('statistics.home.comments.empty')}
          render={(c) => (
            <div style={{ width: '100%', minWidth: 0 }}>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 2 }}>
                {c.body}
              </Typography.Paragraph>
              <Secondary>
                <Link to={`/targets/${c.targetId}`}>{c.targetTitle}</Link> · {c.unitName} · {c.authorName} · {formatDateTime(c.createdAt)}
              </Secondary>
            </div>
          )}
        />
      </Col>
      <Col xs={24} xl={8}>
        <ActivityCard
          testId="home-orders"
          icon={<FlagOutlined />}
          title={t('statistics.home.orders.title')}
          more={{ to: `/supervision?yearId=${yearId}`, label: t('statistics.home.orders.more') }}
          loading={loading}
          items={activity.data?.orders ?? []}
          empty={t('statistics.home.orders.empty')}
          render={(o) => (
            <div style={{ width: '100%', minWidth: 0 }}>
              <Link to={`/targets/${o.targetId}#supervision`}>{o.targetTitle}</Link> <OrderStatusTags order={o} />
              <Typography.Paragraph ellipsis={{ rows: 1 }} style={{ marginBottom: 2 }}>
                {o.instruction}
              </Typography.Paragraph>
              <Secondary>
                {o.unitName} · {t('statistics.home.orders.due', { date: formatDate(o.dueDate) })}
              </Secondary>
            </div>
          )}
        />
      </Col>
      <Col xs={24} xl={8}>
        <ActivityCard
          testId="home-deadlines"
          icon={<ClockCircleOutlined />}
          title={t('statistics.home.deadlines.title')}
          more={{ to: `/targets?yearId=${yearId}`, label: t('statistics.home.deadlines.more') }}
          loading={loading}
          items={activity.data?.deadlines ?? []}
          empty={t('statistics.home.deadlines.empty')}
          render={(d) => (
            <div style={{ width: '100%', minWidth: 0, display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <span style={{ minWidth: 0 }}>
                <Link to={`/targets/${d.targetId}`}>{d.title}</Link>
                <br />
                <Secondary>{d.unitName}</Secondary>
              </span>
              <span style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                {formatDate(d.deadline)}
                <br />
                <Secondary>{t('statistics.home.deadlines.done', { percent: d.actualPercent })}</Secondary>
              </span>
            </div>
          )}
        />
      </Col>
    </Row>
  );
}
