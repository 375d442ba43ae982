import { Tag } from 'antd';
import type { SupervisionOrder, SupervisionStatus } from '@jx/contract';
import { useT } from '../../locales';

export const ORDER_STATUS_COLORS: Record<SupervisionStatus, string> = { OPEN: 'orange', RESPONDED: 'processing', CLOSED: 'success' };

/** 待回复 / 已回复 / 已办结, plus a red 逾期 while an order not yet closed is past its due date, and 已催办 N 次 while it waits. */
export function OrderStatusTags({ order }: { order: Pick<SupervisionOrder, 'status' | 'overdue'> & Partial<Pick<SupervisionOrder, 'urgeCount'>> }) {
  const t = useT();
  return (
    <span>
      <Tag color={ORDER_STATUS_COLORS[order.status]} data-testid="order-status" data-status={order.status}>
        {t(`supervision.statuses.${order.status}`)}
      </Tag>
      {order.overdue ? (
        <Tag color="error" data-testid="order-overdue">
          {t('supervision.overdue')}
        </Tag>
      ) : null}
      {order.urgeCount && order.status === 'OPEN' ? (
        <Tag color="volcano" data-testid="order-urged">
          {t('supervision.urged', { count: order.urgeCount })}
        </Tag>
      ) : null}
    </span>
  );
}
