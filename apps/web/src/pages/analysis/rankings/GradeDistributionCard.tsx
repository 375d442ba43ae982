import { useMemo, type ReactNode } from 'react';
import { BarChartOutlined } from '@ant-design/icons';
import type { RankingCategory } from '@jx/contract';
import type { ChartOption } from '../../../charts/echarts';
import { numberValue } from '../../../charts/format';
import { ChartCard, type DataColumn } from '../../../components/charts/ChartCard';
import { useT } from '../../../locales';

type Grade = RankingCategory['grades'][number];

const BAR = '#1677ff';

/** 等次分布: how many units of the category (in scope) got each grade, best grade first. */
export function GradeDistributionCard(props: {
  category: RankingCategory | undefined;
  exportName: string;
  controls: ReactNode;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  emptyText: string;
}) {
  const t = useT();
  const grades = useMemo(() => props.category?.grades ?? [], [props.category]);
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: numberValue },
      xAxis: { type: 'category', data: grades.map((g) => g.grade) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('analysis.rankings.count'),
          type: 'bar',
          data: grades.map((g) => g.count),
          itemStyle: { color: BAR },
          barMaxWidth: 48,
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [grades, t],
  );
  const columns = useMemo(
    (): DataColumn<Grade>[] => [
      { key: 'grade', title: t('analysis.rankings.grade'), value: (g) => g.grade },
      { key: 'count', title: t('analysis.rankings.count'), value: (g) => g.count, format: 'number' },
    ],
    [t],
  );
  return (
    <ChartCard<Grade>
      title={t('analysis.rankings.gradesTitle')}
      icon={<BarChartOutlined />}
      exportName={props.exportName}
      option={option}
      rows={grades}
      columns={columns}
      rowKey={(g) => g.grade}
      loading={props.loading}
      error={props.error}
      onRetry={props.onRetry}
      controls={props.controls}
      emptyText={props.emptyText}
      height={260}
      data-testid="analysis-grades"
      chartTestId="grades-chart"
    />
  );
}
