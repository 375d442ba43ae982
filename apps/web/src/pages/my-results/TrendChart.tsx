import { useMemo } from 'react';
import type { MyResult } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';

/** Score and rank across the published periods and years, oldest first (rank axis inverted: 1 on top). */
export function TrendChart(props: { items: MyResult[]; scoreName: string; rankName: string }) {
  const option = useMemo<ChartOption>(() => {
    const items = [...props.items].reverse();
    return {
      grid: { left: 48, right: 48, top: 56, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [props.scoreName, props.rankName] },
      xAxis: { type: 'category', data: items.map((i) => `${i.year} ${i.periodName}`) },
      yAxis: [
        { type: 'value', name: props.scoreName, scale: true },
        { type: 'value', name: props.rankName, inverse: true, minInterval: 1, min: 1 },
      ],
      series: [
        { name: props.scoreName, type: 'line', data: items.map((i) => i.final), label: { show: true } },
        { name: props.rankName, type: 'line', yAxisIndex: 1, data: items.map((i) => i.rank), lineStyle: { type: 'dashed' } },
      ],
    };
  }, [props.items, props.scoreName, props.rankName]);
  const ref = useEChart(option);
  return <div ref={ref} style={{ height: 260, width: '100%' }} data-testid="my-results-trend" />;
}
