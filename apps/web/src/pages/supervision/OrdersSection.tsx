import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, List, Skeleton, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { formatPeriodKey, type SupervisionOrder, type SupervisionStatus, type Target } from '@jx/contract';
import { useOrders, useTargetReportPeriods } from '../../api/supervision';
import { ErrorState } from '../../components/ErrorState';
import { useScrollToAnchor } from '../../hooks/useScrollToAnchor';
import { useT } from '../../locales';
import { IssueOrderModal } from './IssueOrderModal';
import { OrderStatusTags } from './OrderStatusTags';
import { OrderView } from './OrderView';
import { useCanSupervise } from './useCanSupervise';
import { useOrderActions } from './useOrderActions';

/** The anchor of this section: notification links lead to `/targets/:id#supervision`. */
export const SUPERVISION_ANCHOR = 'supervision';
const STATUS_RANK: Record<SupervisionStatus, number> = { OPEN: 0, RESPONDED: 1, CLOSED: 2 };

/** 督办 on the target page: the target's orders (open first), 下达督办 for its supervisors, each order's actions. */
export function OrdersSection({ target }: { target: Pick<Target, 'id' | 'title' | 'unitId' | 'targetTypeId' | 'publishedRevisionNo'> }) {
  const t = useT();
  const query = useOrders({ targetId: target.id, page: 1, pageSize: 100 });
  const reports = useTargetReportPeriods(target.id);
  const canIssue = useCanSupervise(target);
  const actions = useOrderActions();
  const [issuing, setIssuing] = useState(false);
  useScrollToAnchor(SUPERVISION_ANCHOR, !!query.data);

  const periodOf = useMemo(() => new Map((reports.data ?? []).map((r) => [r.id, formatPeriodKey(r.periodKey)])), [reports.data]);
  const orders = useMemo(
    () => [...(query.data?.items ?? [])].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.dueDate.localeCompare(b.dueDate)),
    [query.data],
  );
  const open = orders.filter((o) => o.status === 'OPEN').length;
  const published = target.publishedRevisionNo !== null;

  let body;
  if (query.isError && !query.data) body = <ErrorState compact error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (orders.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.section.empty')} />;
  else
    body = (
      <List<SupervisionOrder>
        dataSource={orders}
        data-testid="target-orders"
        renderItem={(o) => (
          <List.Item key={o.id} data-testid="target-order" data-status={o.status}>
            <Flex vertical gap={8} style={{ width: '100%' }}>
              <Flex justify="space-between" align="center" gap={12} wrap>
                <Flex align="center" gap={12} wrap>
                  <OrderStatusTags order={o} />
                  <Typography.Text type={o.overdue ? 'danger' : 'secondary'}>
                    {t('supervision.fields.dueDate')}：{o.dueDate}
                  </Typography.Text>
                </Flex>
                {actions.buttons(o)}
              </Flex>
              <OrderView order={o} reportPeriod={o.reportId ? periodOf.get(o.reportId) : undefined} />
            </Flex>
          </List.Item>
        )}
      />
    );

  const issueButton = canIssue ? (
    <Tooltip title={published ? undefined : t('supervision.issue.notPublished')}>
      <Button type="primary" size="small" icon={<PlusOutlined />} disabled={!published} onClick={() => setIssuing(true)} data-testid="order-issue">
        {t('supervision.actions.issue')}
      </Button>
    </Tooltip>
  ) : null;

  return (
    <Card
      id={SUPERVISION_ANCHOR}
      size="small"
      title={t('supervision.section.title')}
      style={{ scrollMarginTop: 72 }}
      extra={
        <Flex gap={12} align="center">
          {orders.length ? (
            <Typography.Text type="secondary" className="small">
              {open ? t('supervision.section.count', { open, total: orders.length }) : t('supervision.section.countAll', { total: orders.length })}
            </Typography.Text>
          ) : null}
          {issueButton}
        </Flex>
      }
      data-testid="orders-section"
    >
      {body}
      {actions.element}
      {canIssue ? <IssueOrderModal open={issuing} target={target} reports={reports.data} onClose={() => setIssuing(false)} /> : null}
    </Card>
  );
}
