import { useMemo } from 'react';
import { formatPeriodKey } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';

export interface MilestoneChartProps {
  milestones: readonly { period: string; plannedPercent: number | null }[];
  name: string;
  /** An actual cumulative percent per milestone period (null: not reported), drawn as a second line. */
  actual?: { name: string; values: readonly (number | null)[] };
  /** How a period reads on the axis (default: 3月 / 第一季度). */
  formatPeriod?: (period: string) => string;
  height?: number;
  testId?: string;
}

/** The planned cumulative percent per period as a small line chart, optionally with the actual percent beside it. */
export function MilestoneChart({ milestones, name, actual, formatPeriod, height = 220, testId = 'milestone-chart' }: MilestoneChartProps) {
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 40, right: 16, top: actual ? 32 : 16, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined || v === '-' ? '—' : `${String(v)}%`) },
      ...(actual ? { legend: { top: 0, data: [name, actual.name] } } : {}),
      xAxis: { type: 'category', data: milestones.map((m) => (formatPeriod ?? formatPeriodKey)(m.period)), boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name, type: 'line', data: milestones.map((m) => m.plannedPercent), areaStyle: { opacity: 0.12 }, smooth: false, symbolSize: 6 },
        ...(actual
          ? [{ name: actual.name, type: 'line' as const, data: [...actual.values], smooth: false, symbolSize: 8, connectNulls: true, lineStyle: { width: 3 } }]
          : []),
      ],
    }),
    [milestones, name, actual, formatPeriod],
  );
  const ref = useEChart(option);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
}
