import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** The planned cumulative percent per period as a small line chart. */
export function MilestoneChart({ milestones, name }: { milestones: readonly { period: string; plannedPercent: number }[]; name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)}%` },
      xAxis: { type: 'category', data: milestones.map((m) => m.period), boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ name, type: 'line', data: milestones.map((m) => m.plannedPercent), areaStyle: { opacity: 0.12 }, smooth: false, symbolSize: 6 }],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [milestones, name]);
  return <div ref={ref} style={{ width: '100%', height: 220 }} data-testid="milestone-chart" />;
}
