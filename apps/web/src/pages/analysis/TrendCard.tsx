import { useMemo } from 'react';
import { LineChartOutlined } from '@ant-design/icons';
import type { TrendMonth } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { percentValue } from '../../charts/format';
import { ChartCard, type DataColumn } from '../../components/charts/ChartCard';
import { useStatisticsTrend } from '../../api/statistics';
import { useT } from '../../locales';

const PLANNED = '#8c8c8c';
const ACTUAL = '#1677ff';
const PREVIOUS = '#fa8c16';

interface Row extends TrendMonth {
  previousActual: number | null;
}

/**
 * 计划与实际完成进度的月度走势 in the caller's scope (optionally one unit, target type or category), with the previous
 * year's actual line when a previous year is given; as a chart or a table, exported as an image or Excel. A month's
 * point opens `onPickMonth` when given.
 */
export function TrendCard(props: {
  yearId: string;
  unitId?: string;
  targetTypeId?: string;
  categoryId?: string;
  /** The previous year; its line is drawn over the category of the same code when a category is chosen (none: no line). */
  previous?: { id: string; name: string; categoryId?: string | null };
  /** Only these months, first to last (a chosen period); all twelve by default. */
  months?: readonly [number, number];
  /** Names exported files (e.g. "2026年度 计划与实际完成进度"). */
  exportName?: string;
  onPickMonth?: (month: number) => void;
}) {
  const t = useT();
  const filter = { unitId: props.unitId, targetTypeId: props.targetTypeId, categoryId: props.categoryId };
  const trend = useStatisticsTrend({ yearId: props.yearId, ...filter });
  // Categories belong to a year: the previous year's line needs that year's category of the same code.
  const previousCategory = props.categoryId ? props.previous?.categoryId : undefined;
  const previousId = props.previous && (!props.categoryId || previousCategory) ? props.previous.id : undefined;
  const before = useStatisticsTrend({ yearId: previousId, ...filter, categoryId: previousCategory ?? undefined });
  const title = t('statistics.home.trend.title');
  const previousName = previousId && before.data?.targets ? props.previous!.name : null;
  const [first, last] = props.months ?? [1, 12];
  const rows = useMemo(
    (): Row[] =>
      trend.data?.targets
        ? trend.data.months
            .map((m, i) => ({ ...m, previousActual: previousName ? (before.data?.months[i]?.actualPercent ?? null) : null }))
            .filter((m) => m.month >= first && m.month <= last)
        : [],
    [trend.data, before.data, previousName, first, last],
  );
  const columns = useMemo((): DataColumn<Row>[] => {
    const cols: DataColumn<Row>[] = [
      { key: 'month', title: t('statistics.home.trend.monthColumn'), value: (m) => t('statistics.home.trend.month', { month: m.month }) },
      { key: 'planned', title: t('statistics.home.trend.planned'), format: 'percent', value: (m) => m.plannedPercent },
      { key: 'actual', title: t('statistics.home.trend.actual'), format: 'percent', value: (m) => m.actualPercent },
    ];
    if (previousName)
      cols.push({ key: 'previous', title: t('analysis.trend.previous', { year: previousName }), format: 'percent', value: (m) => m.previousActual });
    return cols;
  }, [t, previousName]);
  const option = useMemo((): ChartOption => {
    const line = (name: string, data: (number | null)[], color: string, dashed = false) => ({
      name,
      type: 'line' as const,
      data,
      itemStyle: { color },
      lineStyle: dashed ? { type: 'dashed' as const } : undefined,
      cursor: props.onPickMonth ? 'pointer' : 'default',
    });
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: percentValue },
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
        ...(previousName
          ? [
              line(
                t('analysis.trend.previous', { year: previousName }),
                rows.map((m) => m.previousActual),
                PREVIOUS,
              ),
            ]
          : []),
      ],
    };
  }, [rows, t, previousName, props.onPickMonth]);
  const onPickMonth = props.onPickMonth;
  return (
    <ChartCard<Row>
      title={title}
      icon={<LineChartOutlined />}
      exportName={props.exportName ?? title}
      option={option}
      onPick={onPickMonth ? (i) => onPickMonth(i + first) : undefined}
      rows={rows}
      columns={columns}
      rowKey={(m) => String(m.month)}
      loading={trend.isLoading}
      error={trend.isError ? trend.error : undefined}
      onRetry={() => void trend.refetch()}
      data-testid="home-trend"
      chartTestId="trend-chart"
    />
  );
}
