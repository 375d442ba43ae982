import { useMemo, useState } from 'react';
import { Card, Empty, Segmented, Skeleton } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { StatisticsRow } from '@jx/contract';
import type { ChartOption } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';
import { useStatistics } from '../../api/statistics';
import { useT } from '../../locales';

type Group = 'targetType' | 'category';

function CompletionChart({ rows, label, onPick }: { rows: StatisticsRow[]; label: string; onPick: (row: StatisticsRow) => void }) {
  const t = useT();
  const shown = useMemo(() => [...rows].reverse(), [rows]);
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : '—') },
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
        },
        { name: t('statistics.home.trend.actual'), type: 'bar', data: shown.map((r) => r.avgActualPercent), itemStyle: { color: '#1677ff' }, barMaxWidth: 12 },
      ],
    }),
    [shown, t],
  );
  const ref = useEChart(option, (index) => onPick(shown[index]!));
  return (
    <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: Math.max(200, shown.length * 44 + 60) }} data-testid="completion-chart" />
  );
}

/** 完成进度：计划与实际 by target type or category; a type's bars open its targets in the warning centre. */
export function CompletionCard({ yearId }: { yearId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [group, setGroup] = useState<Group>('targetType');
  const stats = useStatistics(yearId, group);
  const rows = stats.data?.groupBy === group ? stats.data.rows.filter((r) => r.targets > 0) : undefined;
  const title = t('analysis.completion.title');
  return (
    <Card
      title={
        <span>
          <BarChartOutlined style={{ marginInlineEnd: 8 }} />
          {title}
        </span>
      }
      extra={
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
      style={{ height: '100%' }}
      data-testid="analysis-completion"
    >
      {!rows ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('statistics.empty')} />
      ) : (
        <CompletionChart
          rows={rows}
          label={title}
          onPick={(r) => {
            if (group === 'targetType' && r.id) void navigate(`/warnings?yearId=${yearId}&targetTypeId=${r.id}`);
          }}
        />
      )}
    </Card>
  );
}
