import type { ReactNode } from 'react';
import { Descriptions, Drawer, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatPeriodKey, type SupervisionOrder } from '@jx/contract';
import { useTargetReportPeriods } from '../../api/supervision';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { OrderStatusTags } from './OrderStatusTags';
import { OrderView } from './OrderView';
import { SUPERVISION_ANCHOR } from './OrdersSection';

export interface OrderDrawerProps {
  order: SupervisionOrder | null;
  onClose: () => void;
  /** The buttons the user may press on this order (from useOrderActions). */
  actions: ReactNode;
}

/** One order in full on the 督办事项 page: target, unit, state, dates, the texts and the actions. */
export function OrderDrawer({ order, onClose, actions }: OrderDrawerProps) {
  const t = useT();
  const reports = useTargetReportPeriods(order?.targetId ?? '', !!order?.reportId);
  const report = reports.data?.find((r) => r.id === order?.reportId);
  const reportPeriod = report ? formatPeriodKey(report.periodKey) : undefined;
  const waiting = order?.status === 'OPEN' ? t('supervision.awaitingResponse') : order?.status === 'RESPONDED' ? t('supervision.awaitingDecision') : null;
  return (
    <Drawer
      open={!!order}
      onClose={onClose}
      size={640}
      title={t('supervision.drawerTitle')}
      extra={order ? actions : null}
      destroyOnHidden
      data-testid="order-drawer"
    >
      {order ? (
        <Flex vertical gap={16}>
          <Descriptions size="small" bordered column={1} styles={{ label: { width: 110 } }}>
            <Descriptions.Item label={t('supervision.fields.target')}>
              <Link to={`/targets/${order.targetId}#${SUPERVISION_ANCHOR}`} data-testid="order-drawer-target">
                {order.targetTitle}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.fields.unit')}>{order.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.fields.status')}>
              <Flex gap={8} align="center" wrap>
                <OrderStatusTags order={order} />
                {waiting ? <Typography.Text type="secondary">{waiting}</Typography.Text> : null}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.fields.dueDate')}>
              <Typography.Text type={order.overdue ? 'danger' : undefined}>{order.dueDate}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.fields.issuedBy')}>{order.issuedByName}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.fields.createdAt')}>{formatDateTime(order.createdAt)}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('supervision.fields.instruction')}
            </Typography.Title>
            <OrderView order={order} reportPeriod={reportPeriod} />
          </div>
        </Flex>
      ) : null}
    </Drawer>
  );
}
