import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { StatisticsRow } from '@jx/contract';
import { useT } from '../../locales';
import { onTimeRate, percent } from './rates';

const RED = '#cf1322';
const YELLOW = '#ad6800';

/** Four figures of the year in scope: targets, red / yellow warnings, the on-time report rate, open / overdue orders. */
export function KpiCards({ totals, loading }: { totals: StatisticsRow | undefined; loading: boolean }) {
  const t = useT();
  const rate = totals ? onTimeRate(totals) : null;
  const hint = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  const cards = [
    {
      key: 'targets',
      title: t('statistics.kpi.targets'),
      value: totals?.targets ?? 0,
      hint: totals ? t('statistics.kpi.targetsHint', { planned: totals.avgPlannedPercent ?? 0, actual: totals.avgActualPercent ?? 0 }) : '',
    },
    {
      key: 'warnings',
      title: t('statistics.kpi.warnings'),
      value: totals?.red ?? 0,
      formatter: () => (
        <>
          <span style={{ color: RED }}>{totals?.red ?? 0}</span> / <span style={{ color: YELLOW }}>{totals?.yellow ?? 0}</span>
        </>
      ),
      hint: t('statistics.kpi.warningsHint', { green: totals?.green ?? 0 }),
    },
    {
      key: 'ontime',
      title: t('statistics.kpi.onTimeRate'),
      value: rate ?? 0,
      formatter: () => percent(rate),
      hint: totals
        ? t('statistics.kpi.onTimeHint', { due: totals.reportsDue, onTime: totals.reportsSubmitted - totals.reportsLate, overdue: totals.reportsOverdue })
        : '',
    },
    {
      key: 'orders',
      title: t('statistics.kpi.orders'),
      value: totals?.ordersOpen ?? 0,
      formatter: () => (
        <>
          {totals?.ordersOpen ?? 0} / <span style={{ color: totals?.ordersOverdue ? RED : undefined }}>{totals?.ordersOverdue ?? 0}</span>
        </>
      ),
      hint: t('statistics.kpi.ordersHint'),
    },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col xs={12} xl={6} key={c.key} style={{ display: 'flex' }}>
          <Card data-testid={`statistics-kpi-${c.key}`} style={{ width: '100%' }}>
            <Statistic title={c.title} value={c.value} formatter={c.formatter} loading={loading} />
            {hint(c.hint)}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
