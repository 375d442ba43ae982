import { useMemo } from 'react';
import { LineChartOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { MyResult } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { ChartCard, type DataColumn } from '../../components/charts/ChartCard';
import { useT } from '../../locales';

/** The periods' columns, in the trend's table and in the periods table's Excel export. */
export function useResultColumns(): DataColumn<MyResult>[] {
  const t = useT();
  return useMemo(
    () => [
      { key: 'period', title: t('results.bulletins.period'), value: (r: MyResult) => `${r.year}年 ${r.periodName}` },
      { key: 'category', title: t('results.mine.category'), value: (r: MyResult) => r.categoryName },
      { key: 'final', title: t('results.table.final'), format: 'number' as const, value: (r: MyResult) => r.final },
      { key: 'grade', title: t('results.table.grade'), value: (r: MyResult) => r.grade },
      { key: 'rank', title: t('results.table.rank'), format: 'number' as const, value: (r: MyResult) => r.rank },
      { key: 'unitCount', title: t('results.mine.unitCount'), format: 'number' as const, value: (r: MyResult) => r.unitCount },
    ],
    [t],
  );
}

/**
 * Score and rank across the published periods and years, oldest first (rank axis inverted: 1 on top), in a chart card;
 * a period's point opens the unit's receipt of that bulletin.
 */
export function TrendChart(props: { items: MyResult[]; unitId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const scoreName = t('results.table.final');
  const rankName = t('results.table.rank');
  const items = useMemo(() => [...props.items].reverse(), [props.items]);
  const columns = useResultColumns();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 48, right: 48, top: 56, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [scoreName, rankName] },
      xAxis: { type: 'category', data: items.map((i) => `${i.year} ${i.periodName}`) },
      yAxis: [
        { type: 'value', name: scoreName, scale: true },
        { type: 'value', name: rankName, inverse: true, minInterval: 1, min: 1 },
      ],
      series: [
        { name: scoreName, type: 'line', data: items.map((i) => i.final), label: { show: true }, cursor: 'pointer' },
        { name: rankName, type: 'line', yAxisIndex: 1, data: items.map((i) => i.rank), lineStyle: { type: 'dashed' }, cursor: 'pointer' },
      ],
    }),
    [items, scoreName, rankName],
  );
  const title = t('results.mine.trend');
  return (
    <ChartCard<MyResult>
      title={title}
      icon={<LineChartOutlined />}
      option={option}
      height={260}
      onPick={(i) => {
        const r = items[i];
        if (r && props.unitId) void navigate(`/assessment/bulletins/${r.bulletinId}/units/${props.unitId}`);
      }}
      rows={items}
      columns={columns}
      rowKey={(r) => r.bulletinId}
      data-testid="my-results-trend-card"
      chartTestId="my-results-trend"
    />
  );
}
