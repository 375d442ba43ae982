import { useMemo } from 'react';
import type { ChartOption } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';

/** A category's grade distribution (等次分布) as a bar chart. */
export function GradeChart(props: { distribution: { grade: string; count: number }[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 32, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: props.distribution.map((d) => d.grade) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', data: props.distribution.map((d) => d.count), barMaxWidth: 36, itemStyle: { color: '#1677ff' }, label: { show: true, position: 'top' } },
      ],
    }),
    [props.distribution],
  );
  const ref = useEChart(option);
  return <div ref={ref} style={{ height: 180, width: '100%' }} data-testid="grade-chart" />;
}
