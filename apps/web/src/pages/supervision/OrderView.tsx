import { Alert, Flex, Timeline, Typography } from 'antd';
import { useOrderUrges } from '../../api/supervision';
import type { SupervisionOrder } from '@jx/contract';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';

const TEXT = { whiteSpace: 'pre-wrap', margin: 0 } as const;
const BLOCK = { background: '#f6f8fa', borderRadius: 6, padding: '8px 12px' } as const;

export interface OrderViewProps {
  order: SupervisionOrder;
  /** The period of the report the order names ("10月"), when it names one. */
  reportPeriod?: string;
}

/** One order's text: the instruction, who issued it when and for which report, its 催办 history, the unit's response, the closing or return note. */
export function OrderView({ order, reportPeriod }: OrderViewProps) {
  const t = useT();
  const returned = order.status === 'OPEN' && !!order.note;
  const urges = useOrderUrges(order.id, order.urgeCount > 0);
  return (
    <Flex vertical gap={8}>
      <Typography.Paragraph style={TEXT} data-testid="order-instruction">
        {order.instruction}
      </Typography.Paragraph>
      <Typography.Text type="secondary" className="small">
        {order.issuedByName} · {formatDateTime(order.createdAt)}
        {reportPeriod ? ` · ${t('supervision.reportPeriod', { period: reportPeriod })}` : ''}
      </Typography.Text>
      {urges.data?.length ? (
        <div data-testid="order-urges">
          <Typography.Text strong>{t('supervision.urgeHistory')}</Typography.Text>
          <Timeline
            style={{ marginTop: 8, marginBottom: 0 }}
            items={urges.data.map((u) => ({
              color: 'orange',
              content: (
                <>
                  <Typography.Text>{u.note}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" className="small">
                    {u.urgedByName} · {formatDateTime(u.createdAt)}
                  </Typography.Text>
                </>
              ),
            }))}
          />
        </div>
      ) : null}
      {returned ? <Alert type="warning" showIcon title={`${t('supervision.fields.rejectNote')}：${order.note}`} data-testid="order-reject-note" /> : null}
      {order.response && order.status !== 'OPEN' ? (
        <div style={BLOCK} data-testid="order-response">
          <Typography.Text strong>{t('supervision.fields.response')}</Typography.Text>
          <Typography.Text type="secondary" className="small" style={{ marginInlineStart: 8 }}>
            {formatDateTime(order.respondedAt)}
          </Typography.Text>
          <Typography.Paragraph style={{ ...TEXT, marginTop: 4 }}>{order.response}</Typography.Paragraph>
        </div>
      ) : null}
      {order.status === 'CLOSED' ? (
        <div style={{ ...BLOCK, background: '#f6ffed' }} data-testid="order-close-note">
          <Typography.Text strong>{t('supervision.fields.closeNote')}</Typography.Text>
          <Typography.Text type="secondary" className="small" style={{ marginInlineStart: 8 }}>
            {formatDateTime(order.closedAt)}
          </Typography.Text>
          <Typography.Paragraph style={{ ...TEXT, marginTop: 4 }}>{order.note || t('common.states.none')}</Typography.Paragraph>
        </div>
      ) : null}
    </Flex>
  );
}
