import { useMemo } from 'react';
import { Typography } from 'antd';
import type { StatisticsRow } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';
import { useT } from '../../locales';

/** More groups than this (units) and the chart shows the ones with the most warnings; the table has them all. */
const MAX_BARS = 15;
const COLORS = { GREEN: '#52c41a', YELLOW: '#faad14', RED: '#f5222d' } as const;

const bySeverity = (a: StatisticsRow, b: StatisticsRow) => b.red - a.red || b.yellow - a.yellow || b.targets - a.targets;

/** GREEN / YELLOW / RED targets per group as stacked horizontal bars, the first group on top. */
export function WarningBarChart({ rows }: { rows: readonly StatisticsRow[] }) {
  const t = useT();
  const shown = useMemo(() => (rows.length > MAX_BARS ? [...rows].sort(bySeverity).slice(0, MAX_BARS) : [...rows]).reverse(), [rows]);
  const option = useMemo((): ChartOption => {
    const series = (['RED', 'YELLOW', 'GREEN'] as const).map((lv) => ({
      name: t(`warnings.levelTags.${lv}`),
      type: 'bar' as const,
      stack: 'level',
      barMaxWidth: 18,
      itemStyle: { color: COLORS[lv] },
      data: shown.map((r) => (lv === 'RED' ? r.red : lv === 'YELLOW' ? r.yellow : r.green)),
    }));
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: series.map((s) => s.name) },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((r) => r.name), axisLabel: { width: 160, overflow: 'truncate' } },
      series,
    };
  }, [shown, t]);
  const ref = useEChart(option);
  return (
    <>
      {rows.length > MAX_BARS ? <Typography.Text type="secondary">{t('statistics.chart.top', { n: MAX_BARS, total: rows.length })}</Typography.Text> : null}
      <div ref={ref} style={{ width: '100%', height: Math.max(160, shown.length * 30 + 60) }} data-testid="statistics-chart" />
    </>
  );
}
