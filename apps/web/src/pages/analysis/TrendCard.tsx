import { useMemo, useState } from 'react';
import { Card, Empty, Segmented, Skeleton, Table } from 'antd';
import { LineChartOutlined } from '@ant-design/icons';
import type { TrendMonth } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';
import { useStatisticsTrend } from '../../api/statistics';
import { useT } from '../../locales';
import { percent } from '../statistics/rates';

const PLANNED = '#8c8c8c';
const ACTUAL = '#1677ff';
const PREVIOUS = '#fa8c16';

interface Row extends TrendMonth {
  previousActual: number | null;
}

function TrendChart({ rows, label, previous }: { rows: Row[]; label: string; previous: string | null }) {
  const t = useT();
  const option = useMemo((): ChartOption => {
    const line = (name: string, data: (number | null)[], color: string, dashed = false) => ({
      name,
      type: 'line' as const,
      data,
      itemStyle: { color },
      lineStyle: dashed ? { type: 'dashed' as const } : undefined,
    });
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : '—') },
      legend: { top: 0 },
      xAxis: { type: 'category', data: rows.map((m) => t('statistics.home.trend.month', { month: m.month })) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        line(
          t('statistics.home.trend.planned'),
          rows.map((m) => m.plannedPercent),
          PLANNED,
          true,
        ),
        line(
          t('statistics.home.trend.actual'),
          rows.map((m) => m.actualPercent),
          ACTUAL,
        ),
        ...(previous
          ? [
              line(
                t('analysis.trend.previous', { year: previous }),
                rows.map((m) => m.previousActual),
                PREVIOUS,
              ),
            ]
          : []),
      ],
    };
  }, [rows, t, previous]);
  const ref = useEChart(option);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 280 }} data-testid="trend-chart" />;
}

/**
 * 计划与实际完成进度的月度走势 in the caller's scope (optionally one unit or target type), with the previous year's actual line when
 * a previous year is given; as a chart or (for reading figures or with a screen reader) a table.
 */
export function TrendCard(props: { yearId: string; unitId?: string; targetTypeId?: string; previous?: { id: string; name: string } }) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const trend = useStatisticsTrend({ yearId: props.yearId, unitId: props.unitId, targetTypeId: props.targetTypeId });
  const before = useStatisticsTrend({ yearId: props.previous?.id, unitId: props.unitId, targetTypeId: props.targetTypeId });
  const title = t('statistics.home.trend.title');
  const previousName = props.previous && before.data?.targets ? props.previous.name : null;
  const rows = useMemo(
    () => (trend.data?.months ?? []).map((m, i) => ({ ...m, previousActual: previousName ? (before.data?.months[i]?.actualPercent ?? null) : null })),
    [trend.data, before.data, previousName],
  );
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
        <TrendChart rows={rows} label={title} previous={previousName} />
      ) : (
        <Table<Row>
          rowKey="month"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="trend-table"
          columns={[
            { key: 'month', title: t('statistics.home.trend.monthColumn'), render: (_, m) => t('statistics.home.trend.month', { month: m.month }) },
            { key: 'planned', title: t('statistics.home.trend.planned'), align: 'right', render: (_, m) => percent(m.plannedPercent) },
            { key: 'actual', title: t('statistics.home.trend.actual'), align: 'right', render: (_, m) => percent(m.actualPercent) },
            ...(previousName
              ? [
                  {
                    key: 'previous',
                    title: t('analysis.trend.previous', { year: previousName }),
                    align: 'right' as const,
                    render: (_: unknown, m: Row) => percent(m.previousActual),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
