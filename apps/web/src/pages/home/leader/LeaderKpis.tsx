import { Col, Row, Spin } from 'antd';
import { useNavigate } from 'react-router';
import type { StatisticsRow } from '@jx/contract';
import { useT } from '../../../locales';
import { onTimeRate, percent } from '../../statistics/rates';

type KpiKey = 'targets' | 'progress' | 'red' | 'yellow' | 'onTime' | 'ordersToClose' | 'ordersOpen' | 'ordersOverdue';

interface Kpi {
  key: KpiKey;
  value: string | number;
  hint?: string;
  to: string;
  tone?: 'danger' | 'warning' | 'primary';
}

/** The year's figures in scope, each opening the list behind it. */
export function LeaderKpis(props: { totals: StatisticsRow | undefined; toClose: number | undefined; loading: boolean; yearId: string }) {
  const { totals, toClose, loading, yearId } = props;
  const t = useT();
  const navigate = useNavigate();
  const y = `yearId=${yearId}`;
  const rate = totals ? onTimeRate(totals) : null;
  const kpis: Kpi[] = [
    { key: 'targets', value: totals?.targets ?? '—', to: `/warnings?${y}` },
    {
      key: 'progress',
      value: totals ? `${percent(totals.avgActualPercent)}` : '—',
      hint: totals ? t('statistics.home.kpi.progressHint', { planned: percent(totals.avgPlannedPercent) }) : undefined,
      to: `/statistics?${y}`,
      tone: totals && (totals.avgActualPercent ?? 0) < (totals.avgPlannedPercent ?? 0) ? 'warning' : undefined,
    },
    { key: 'red', value: totals?.red ?? '—', to: `/warnings?${y}&level=RED`, tone: totals?.red ? 'danger' : undefined },
    { key: 'yellow', value: totals?.yellow ?? '—', to: `/warnings?${y}&level=YELLOW`, tone: totals?.yellow ? 'warning' : undefined },
    {
      key: 'onTime',
      value: percent(rate),
      hint: totals ? t('statistics.home.kpi.onTimeHint', { overdue: totals.reportsOverdue }) : undefined,
      to: `/statistics?${y}`,
    },
    { key: 'ordersToClose', value: toClose ?? '—', to: '/supervision?status=RESPONDED', tone: toClose ? 'primary' : undefined },
    { key: 'ordersOpen', value: totals?.ordersOpen ?? '—', to: `/supervision?${y}` },
    { key: 'ordersOverdue', value: totals?.ordersOverdue ?? '—', to: `/supervision?${y}&overdue=true`, tone: totals?.ordersOverdue ? 'danger' : undefined },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="leader-kpis">
      {kpis.map((k) => {
        const label = t(`statistics.home.kpi.${k.key}`);
        return (
          <Col key={k.key} xs={12} sm={8} lg={6} xxl={3} style={{ display: 'flex' }}>
            <button
              type="button"
              className={`todo-tile kpi-tile${k.tone ? ` todo-tile-${k.tone}` : ''}`}
              onClick={() => void navigate(k.to)}
              data-testid={`kpi-${k.key}`}
              aria-label={`${label} ${k.value}`}
            >
              <span className="todo-count">{loading ? <Spin size="small" /> : k.value}</span>
              <span className="todo-label">{label}</span>
              {k.hint ? <span className="kpi-hint">{k.hint}</span> : null}
            </button>
          </Col>
        );
      })}
    </Row>
  );
}
