import { useMemo, useState } from 'react';
import { Card, Empty, Segmented, Skeleton, Table } from 'antd';
import { LineChartOutlined } from '@ant-design/icons';
import type { TrendMonth } from '@jx/contract';
import type { ChartOption } from '../../../charts/echarts';
import { useEChart } from '../../../charts/useEChart';
import { useStatisticsTrend } from '../../../api/statistics';
import { useT } from '../../../locales';
import { percent } from '../../statistics/rates';

const PLANNED = '#8c8c8c';
const ACTUAL = '#1677ff';

function TrendChart({ months, label }: { months: TrendMonth[]; label: string }) {
  const t = useT();
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : '—') },
      legend: { top: 0 },
      xAxis: { type: 'category', data: months.map((m) => t('statistics.home.trend.month', { month: m.month })) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: t('statistics.home.trend.planned'),
          type: 'line',
          data: months.map((m) => m.plannedPercent),
          itemStyle: { color: PLANNED },
          lineStyle: { type: 'dashed' },
        },
        { name: t('statistics.home.trend.actual'), type: 'line', data: months.map((m) => m.actualPercent), itemStyle: { color: ACTUAL }, connectNulls: false },
      ],
    }),
    [months, t],
  );
  const ref = useEChart(option);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 280 }} data-testid="trend-chart" />;
}

/** 计划与实际完成进度的月度走势, as a chart or (for reading figures or with a screen reader) a table. */
export function TrendCard({ yearId }: { yearId: string }) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const trend = useStatisticsTrend({ yearId });
  const title = t('statistics.home.trend.title');
  const months = trend.data?.months ?? [];
  return (
    <Card
      title={
        <span>
          <LineChartOutlined style={{ marginInlineEnd: 8 }} />
          {title}
        </span>
      }
      extra={
        <Segmented
          size="small"
          value={view}
          onChange={(v) => setView(v as 'chart' | 'table')}
          options={[
            { value: 'chart', label: t('statistics.home.asChart') },
            { value: 'table', label: t('statistics.home.asTable') },
          ]}
          data-testid="trend-view"
        />
      }
      data-testid="home-trend"
      style={{ height: '100%' }}
    >
      {trend.isLoading ? (
        <Skeleton active />
      ) : !trend.data?.targets ? (
        <Empty description={t('statistics.empty')} />
      ) : view === 'chart' ? (
        <TrendChart months={months} label={title} />
      ) : (
        <Table<TrendMonth>
          rowKey="month"
          size="small"
          pagination={false}
          dataSource={months}
          data-testid="trend-table"
          columns={[
            { key: 'month', title: t('statistics.home.trend.monthColumn'), render: (_, m) => t('statistics.home.trend.month', { month: m.month }) },
            { key: 'planned', title: t('statistics.home.trend.planned'), align: 'right', render: (_, m) => percent(m.plannedPercent) },
            { key: 'actual', title: t('statistics.home.trend.actual'), align: 'right', render: (_, m) => percent(m.actualPercent) },
          ]}
        />
      )}
    </Card>
  );
}
