import { useMemo } from 'react';
import { Col, Row, Typography } from 'antd';
import { LineChartOutlined, RadarChartOutlined } from '@ant-design/icons';
import type { RadarAxis, UnitPeriodResult } from '@jx/contract';
import type { ChartOption } from '../../../charts/echarts';
import { ChartCard, type DataColumn } from '../../../components/charts/ChartCard';
import { useUnitResults } from '../../../api/rankings';
import { useT } from '../../../locales';
import { periodLabel } from './RankingSection';

const SCORE = '#1677ff';
const MEAN = '#8c8c8c';

const score = (v: unknown) => (typeof v === 'number' ? v.toFixed(2) : '—');

/**
 * A radar's axis name in at most two lines of five characters, so that it fits beside the radar on a phone (the radar
 * takes no width for its names). The whole name is in the tooltip and the table.
 */
function axisName(name = '') {
  const chars = [...name];
  if (chars.length <= 5) return name;
  const second = chars.length > 10 ? [...chars.slice(5, 9), '…'] : chars.slice(5);
  return `${chars.slice(0, 5).join('')}\n${second.join('')}`;
}

/**
 * The radar's tooltip: the whole indicator names (the axes show them cut) and "—" where a score is missing (drawn at the
 * centre, its axis marked 未评分).
 * Built as elements, so that a name is never read as HTML.
 */
function radarTooltip(axes: readonly RadarAxis[], p: { name: string; dataIndex: number; color: string }) {
  const box = document.createElement('div');
  box.style.whiteSpace = 'normal';
  box.style.maxWidth = '260px';
  const head = document.createElement('div');
  head.style.fontWeight = '600';
  head.style.borderLeft = `4px solid ${p.color}`;
  head.style.paddingLeft = '6px';
  head.textContent = p.name;
  box.append(head);
  for (const a of axes) {
    const row = document.createElement('div');
    row.textContent = `${a.label}：${score(p.dataIndex === 0 ? a.score : a.categoryMean)}`;
    box.append(row);
  }
  return box;
}

/**
 * 考核成绩对比 on the 单位画像: the unit's score, grade and rank in each published period of each year against its
 * category's mean, and a radar of its first-level indicators in the latest period against the category's means.
 */
export function UnitResultsCards(props: { unitId: string; unitName: string }) {
  const t = useT();
  const results = useUnitResults(props.unitId);
  const items = useMemo(() => results.data?.items ?? [], [results.data]);
  const axes = useMemo(() => results.data?.radar?.axes ?? [], [results.data]);
  const radar = results.data?.radar;

  const trendOption = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: score },
      legend: { top: 0 },
      xAxis: { type: 'category', data: items.map((i) => `${i.year} ${periodLabel(i.period, t)}`), axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: t('analysis.results.score'), type: 'bar', data: items.map((i) => i.final), itemStyle: { color: SCORE }, barMaxWidth: 40 },
        { name: t('analysis.results.mean'), type: 'line', data: items.map((i) => i.categoryMean), itemStyle: { color: MEAN }, lineStyle: { type: 'dashed' } },
      ],
    }),
    [items, t],
  );
  const resultColumns = useMemo(
    (): DataColumn<UnitPeriodResult>[] => [
      { key: 'year', title: t('analysis.results.year'), value: (i) => String(i.year) },
      { key: 'period', title: t('analysis.results.period'), value: (i) => periodLabel(i.period, t) },
      { key: 'category', title: t('analysis.results.category'), value: (i) => i.categoryName },
      { key: 'score', title: t('analysis.results.score'), value: (i) => i.final, render: (i) => i.final.toFixed(2) },
      { key: 'grade', title: t('analysis.results.grade'), value: (i) => i.grade },
      { key: 'rank', title: t('analysis.results.rank'), value: (i) => t('analysis.results.rankValue', { rank: i.rank, count: i.unitCount }) },
      { key: 'mean', title: t('analysis.results.mean'), value: (i) => i.categoryMean, render: (i) => score(i.categoryMean) },
    ],
    [t],
  );

  const radarOption = useMemo((): ChartOption => {
    const unscored = new Set(axes.filter((a) => a.score === null).map((a) => a.label));
    return {
      tooltip: { trigger: 'item', confine: true, formatter: (p) => radarTooltip(axes, p as { name: string; dataIndex: number; color: string }) },
      legend: { bottom: 0 },
      radar: {
        indicator: axes.map((a) => ({ name: a.label, max: 100, min: 0 })),
        radius: '58%',
        center: ['50%', '48%'],
        axisName: {
          color: '#595959',
          lineHeight: 14,
          // ECharts draws a missing value at the centre: the axis says that the unit has no score there.
          formatter: (name?: string) => (unscored.has(name ?? '') ? `${axisName(name)}\n{unscored|${t('analysis.results.unscored')}}` : axisName(name)),
          rich: { unscored: { color: '#bfbfbf', fontSize: 11 } },
        },
      },
      series: [
        {
          type: 'radar',
          data: [
            { name: t('analysis.results.unitScore'), value: axes.map((a) => a.score ?? 0), itemStyle: { color: SCORE }, areaStyle: { opacity: 0.15 } },
            ...(axes.some((a) => a.categoryMean !== null)
              ? [
                  {
                    name: t('analysis.results.categoryMean'),
                    value: axes.map((a) => a.categoryMean ?? 0),
                    itemStyle: { color: MEAN },
                    lineStyle: { type: 'dashed' as const },
                  },
                ]
              : []),
          ],
        },
      ],
    };
  }, [axes, t]);
  const radarColumns = useMemo(
    (): DataColumn<RadarAxis>[] => [
      { key: 'indicator', title: t('analysis.results.indicator'), value: (a) => a.label },
      { key: 'score', title: t('analysis.results.unitScore'), value: (a) => a.score, format: 'number', render: (a) => score(a.score) },
      { key: 'mean', title: t('analysis.results.categoryMean'), value: (a) => a.categoryMean, format: 'number', render: (a) => score(a.categoryMean) },
    ],
    [t],
  );
  const common = {
    loading: results.isLoading,
    error: results.isError ? results.error : undefined,
    onRetry: () => void results.refetch(),
    emptyText: t('analysis.results.none'),
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <ChartCard<UnitPeriodResult>
          {...common}
          title={t('analysis.results.title')}
          icon={<LineChartOutlined />}
          exportName={`${t('analysis.results.title')}-${props.unitName}`}
          option={trendOption}
          rows={items}
          columns={resultColumns}
          rowKey={(i) => i.period.bulletinId}
          data-testid="profile-results"
          chartTestId="results-chart"
        />
      </Col>
      <Col xs={24} xl={10}>
        <ChartCard<RadarAxis>
          {...common}
          title={t('analysis.results.radarTitle')}
          icon={<RadarChartOutlined />}
          exportName={`${t('analysis.results.radarTitle')}-${props.unitName}`}
          option={radarOption}
          rows={axes}
          columns={radarColumns}
          rowKey={(a) => a.key}
          height={300}
          note={
            radar ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('analysis.results.radarHint', { year: radar.year, period: radar.periodName })}
              </Typography.Text>
            ) : null
          }
          data-testid="profile-radar"
          chartTestId="radar-chart"
        />
      </Col>
    </Row>
  );
}
