import { useMemo } from 'react';
import { Typography } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { StatisticsGroup, StatisticsRow } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { numberValue } from '../../charts/format';
import { ChartCard, type DataColumn } from '../../components/charts/ChartCard';
import { useT } from '../../locales';

/** More groups than this (units) and the chart shows the ones with the most warnings; the table has them all. */
const MAX_BARS = 15;
const COLORS = { GREEN: '#52c41a', YELLOW: '#faad14', RED: '#f5222d' } as const;

const bySeverity = (a: StatisticsRow, b: StatisticsRow) => b.red - a.red || b.yellow - a.yellow || b.targets - a.targets;

/**
 * GREEN / YELLOW / RED targets per group as stacked horizontal bars, the first group on top, in a chart card (table,
 * image and Excel); a unit's or type's bar opens its targets in the warning centre.
 */
export function WarningBarChart({
  rows,
  groupBy,
  yearId,
  exportName,
}: {
  rows: readonly StatisticsRow[];
  groupBy: StatisticsGroup;
  yearId: string;
  exportName: string;
}) {
  const t = useT();
  const navigate = useNavigate();
  const shown = useMemo(() => (rows.length > MAX_BARS ? [...rows].sort(bySeverity).slice(0, MAX_BARS) : [...rows]).reverse(), [rows]);
  const columns = useMemo(
    (): DataColumn<StatisticsRow>[] => [
      { key: 'name', title: t(`statistics.groups.${groupBy}`), value: (r) => r.name },
      { key: 'targets', title: t('analysis.completion.targets'), format: 'number', value: (r) => r.targets },
      ...(['RED', 'YELLOW', 'GREEN'] as const).map((lv) => ({
        key: lv,
        title: t(`warnings.levelTags.${lv}`),
        format: 'number' as const,
        value: (r: StatisticsRow) => (lv === 'RED' ? r.red : lv === 'YELLOW' ? r.yellow : r.green),
      })),
    ],
    [t, groupBy],
  );
  const option = useMemo((): ChartOption => {
    const series = (['RED', 'YELLOW', 'GREEN'] as const).map((lv) => ({
      name: t(`warnings.levelTags.${lv}`),
      type: 'bar' as const,
      stack: 'level',
      barMaxWidth: 18,
      itemStyle: { color: COLORS[lv] },
      cursor: groupBy === 'category' ? 'default' : 'pointer',
      data: shown.map((r) => (lv === 'RED' ? r.red : lv === 'YELLOW' ? r.yellow : r.green)),
    }));
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: numberValue },
      legend: { top: 0, data: series.map((s) => s.name) },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((r) => r.name), axisLabel: { width: 160, overflow: 'truncate' } },
      series,
    };
  }, [shown, t, groupBy]);
  const pick = (r: StatisticsRow | undefined) => {
    if (!r?.id || groupBy === 'category') return;
    void navigate(`/warnings?yearId=${yearId}&${groupBy === 'unit' ? 'unitId' : 'targetTypeId'}=${r.id}`);
  };
  const title = t('statistics.chart.title');
  return (
    <ChartCard<StatisticsRow>
      title={title}
      icon={<BarChartOutlined />}
      exportName={`${title}-${exportName}`}
      option={option}
      height={Math.max(160, shown.length * 30 + 60)}
      onPick={(i) => pick(shown[i])}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id ?? 'none'}
      note={
        rows.length > MAX_BARS ? <Typography.Text type="secondary">{t('statistics.chart.top', { n: MAX_BARS, total: rows.length })}</Typography.Text> : null
      }
      data-testid="statistics-chart-card"
      chartTestId="statistics-chart"
    />
  );
}
