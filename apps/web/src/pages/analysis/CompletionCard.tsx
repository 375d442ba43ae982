import { useMemo, useState } from 'react';
import { Segmented } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';

import type { ChartOption } from '../../charts/echarts';
import { percentValue } from '../../charts/format';
import { ChartCard, type DataColumn } from '../../components/charts/ChartCard';
import { useStatistics, useStatisticsCompletion, type AnalysisFilter } from '../../api/statistics';
import { useT } from '../../locales';

type Group = 'targetType' | 'category';

/** A bar pair: the year as it stands (with its warnings), or a period's end (plan and actual only). */
interface Row {
  id: string | null;
  name: string;
  targets: number;
  planned: number | null;
  actual: number | null;
  red?: number;
  yellow?: number;
}

/**
 * 完成进度：计划与实际 by target type or category, within the page's filters: as it stands now, or at the end of the
 * month `asOfMonth` when a period is chosen. A type's bars open its targets in the warning centre, a category's narrow
 * the page to that category (`onPickCategory`).
 */
export function CompletionCard({
  yearId,
  filter = {},
  exportName,
  onPickCategory,
  asOfMonth,
}: {
  yearId: string;
  filter?: AnalysisFilter;
  /** The chosen period's month to read at; none: the year as it stands now. */
  asOfMonth?: number;
  exportName?: string;
  onPickCategory?: (categoryId: string) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [group, setGroup] = useState<Group>('targetType');
  const now = useStatistics(asOfMonth ? undefined : yearId, group, filter);
  const atMonth = useStatisticsCompletion({ yearId: asOfMonth ? yearId : undefined, groupBy: group, month: asOfMonth, ...filter });
  const stats = asOfMonth ? atMonth : now;
  const rows = useMemo((): Row[] => {
    if (asOfMonth) {
      return (atMonth.data?.rows ?? [])
        .filter((r) => r.targets > 0)
        .map((r) => ({ id: r.id, name: r.name, targets: r.targets, planned: r.plannedPercent, actual: r.actualPercent }));
    }
    if (now.data?.groupBy !== group) return [];
    return now.data.rows
      .filter((r) => r.targets > 0)
      .map((r) => ({ id: r.id, name: r.name, targets: r.targets, planned: r.avgPlannedPercent, actual: r.avgActualPercent, red: r.red, yellow: r.yellow }));
  }, [asOfMonth, atMonth.data, now.data, group]);
  // Bars are drawn bottom-up: reversed, the first row is on top.
  const shown = useMemo(() => [...rows].reverse(), [rows]);
  const title = t('analysis.completion.title');
  const groupName = group === 'targetType' ? t('statistics.groups.targetType') : t('statistics.groups.category');
  const columns = useMemo((): DataColumn<Row>[] => {
    const cols: DataColumn<Row>[] = [
      { key: 'name', title: groupName, value: (r) => r.name },
      { key: 'targets', title: t('analysis.completion.targets'), format: 'number', value: (r) => r.targets },
      { key: 'planned', title: t('statistics.home.trend.planned'), format: 'percent', value: (r) => r.planned },
      { key: 'actual', title: t('statistics.home.trend.actual'), format: 'percent', value: (r) => r.actual },
    ];
    // Warning levels are the year's as it stands; a past month's are not kept.
    if (asOfMonth) return cols;
    return [
      ...cols,
      { key: 'red', title: t('warnings.levelTags.RED'), format: 'number', value: (r) => r.red ?? null },
      { key: 'yellow', title: t('warnings.levelTags.YELLOW'), format: 'number', value: (r) => r.yellow ?? null },
    ];
  }, [t, groupName, asOfMonth]);
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percentValue },
      legend: { top: 0 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: shown.map((r) => r.name), axisLabel: { width: 120, overflow: 'truncate' } },
      series: [
        {
          name: t('statistics.home.trend.planned'),
          type: 'bar',
          data: shown.map((r) => r.planned),
          itemStyle: { color: '#bfbfbf' },
          barMaxWidth: 12,
          cursor: 'pointer',
        },
        {
          name: t('statistics.home.trend.actual'),
          type: 'bar',
          data: shown.map((r) => r.actual),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 12,
          cursor: 'pointer',
        },
      ],
    }),
    [shown, t],
  );
  const pick = (r: Row | undefined) => {
    if (!r?.id) return;
    if (group === 'targetType') void navigate(`/warnings?yearId=${yearId}&targetTypeId=${r.id}`);
    else onPickCategory?.(r.id);
  };
  return (
    <ChartCard<Row>
      title={asOfMonth ? `${title}（${t('analysis.period.asOf', { month: asOfMonth })}）` : title}
      icon={<BarChartOutlined />}
      exportName={`${exportName ?? title}-${groupName}`}
      option={option}
      height={Math.max(200, shown.length * 44 + 60)}
      onPick={(i) => pick(shown[i])}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id ?? 'none'}
      loading={!stats.data && !stats.isError}
      error={stats.isError ? stats.error : undefined}
      onRetry={() => void stats.refetch()}
      controls={
        <Segmented
          size="small"
          value={group}
          onChange={(v) => setGroup(v as Group)}
          options={[
            { value: 'targetType', label: t('statistics.groups.targetType') },
            { value: 'category', label: t('statistics.groups.category') },
          ]}
          data-testid="completion-group"
        />
      }
      data-testid="analysis-completion"
      chartTestId="completion-chart"
    />
  );
}
