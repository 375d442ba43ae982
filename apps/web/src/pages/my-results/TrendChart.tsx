import { useMemo } from 'react';
import type { MyResult } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';

/** Score and rank across the published periods and years, oldest first (rank axis inverted: 1 on top). */
export function TrendChart(props: { items: MyResult[]; scoreName: string; rankName: string }) {
  const option = useMemo<ChartOption>(() => {
    const items = [...props.items].reverse();
    const finals = items.map((i) => i.final);
    return {
      grid: { left: 48, right: 48, top: 56, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [props.scoreName, props.rankName] },
      xAxis: { type: 'category', data: items.map((i) => `${i.year} ${i.periodName}`) },
      yAxis: [
        // Tens around the scores (a score above 100 comes from bonus points).
        {
          type: 'value',
          name: props.scoreName,
          min: Math.max(0, Math.floor(Math.min(...finals) / 10) * 10 - 10),
          max: Math.max(100, Math.ceil(Math.max(...finals) / 10) * 10),
        },
        { type: 'value', name: props.rankName, inverse: true, minInterval: 1, min: 1, max: Math.max(...items.map((i) => i.unitCount)) },
      ],
      series: [
        { name: props.scoreName, type: 'line', data: finals, symbolSize: 8, label: { show: true, formatter: ({ value }) => Number(value).toFixed(2) } },
        {
          name: props.rankName,
          type: 'line',
          yAxisIndex: 1,
          data: items.map((i) => i.rank),
          symbolSize: 8,
          lineStyle: { type: 'dashed' },
          label: { show: true, position: 'bottom', formatter: ({ dataIndex }) => `${items[dataIndex]!.rank} / ${items[dataIndex]!.unitCount}` },
        },
      ],
    };
  }, [props.items, props.scoreName, props.rankName]);
  const ref = useEChart(option);
  return <div ref={ref} style={{ height: 260, width: '100%' }} data-testid="my-results-trend" />;
}
