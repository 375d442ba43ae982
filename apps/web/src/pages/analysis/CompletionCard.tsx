import { useMemo, useState } from 'react';
import { Segmented } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { StatisticsRow } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { percentValue } from '../../charts/format';
import { ChartCard, type DataColumn } from '../../components/charts/ChartCard';
import { useStatistics, type AnalysisFilter } from '../../api/statistics';
import { useT } from '../../locales';

type Group = 'targetType' | 'category';

/**
 * 完成进度：计划与实际 by target type or category, within the page's filters; a type's bars open its targets in the
 * warning centre, a category's narrow the page to that category (`onPickCategory`).
 */
export function CompletionCard({
  yearId,
  filter = {},
  exportName,
  onPickCategory,
}: {
  yearId: string;
  filter?: AnalysisFilter;
  exportName?: string;
  onPickCategory?: (categoryId: string) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [group, setGroup] = useState<Group>('targetType');
  const stats = useStatistics(yearId, group, filter);
  const rows = useMemo(() => (stats.data?.groupBy === group ? stats.data.rows.filter((r) => r.targets > 0) : []), [stats.data, group]);
  // Bars are drawn bottom-up: reversed, the first row is on top.
  const shown = useMemo(() => [...rows].reverse(), [rows]);
  const title = t('analysis.completion.title');
  const groupName = group === 'targetType' ? t('statistics.groups.targetType') : t('statistics.groups.category');
  const columns = useMemo(
    (): DataColumn<StatisticsRow>[] => [
      { key: 'name', title: groupName, value: (r) => r.name },
      { key: 'targets', title: t('analysis.completion.targets'), format: 'number', value: (r) => r.targets },
      { key: 'planned', title: t('statistics.home.trend.planned'), format: 'percent', value: (r) => r.avgPlannedPercent },
      { key: 'actual', title: t('statistics.home.trend.actual'), format: 'percent', value: (r) => r.avgActualPercent },
      { key: 'red', title: t('warnings.levelTags.RED'), format: 'number', value: (r) => r.red },
      { key: 'yellow', title: t('warnings.levelTags.YELLOW'), format: 'number', value: (r) => r.yellow },
    ],
    [t, groupName],
  );
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
          data: shown.map((r) => r.avgPlannedPercent),
          itemStyle: { color: '#bfbfbf' },
          barMaxWidth: 12,
          cursor: 'pointer',
        },
        {
          name: t('statistics.home.trend.actual'),
          type: 'bar',
          data: shown.map((r) => r.avgActualPercent),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 12,
          cursor: 'pointer',
        },
      ],
    }),
    [shown, t],
  );
  const pick = (r: StatisticsRow | undefined) => {
    if (!r?.id) return;
    if (group === 'targetType') void navigate(`/warnings?yearId=${yearId}&targetTypeId=${r.id}`);
    else onPickCategory?.(r.id);
  };
  return (
    <ChartCard<StatisticsRow>
      title={title}
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
