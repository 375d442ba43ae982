import { useMemo, useState } from 'react';
import { Card, Col, Flex, Row, Select, Typography } from 'antd';
import { HeatMapOutlined } from '@ant-design/icons';
import { useStatisticsHeatmap } from '../../api/statistics';
import { useTargetTypes } from '../../api/units';
import { useCategories } from '../../api/years';
import { TableExcelButton } from '../../components/charts/TableExcelButton';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { useYearChoice } from '../targets/shared';
import { CompletionCard } from './CompletionCard';
import { HeatmapGrid, useHeatmapColumns } from './HeatmapGrid';
import { SpecialTaskBoard } from './SpecialTaskBoard';
import { TrendCard } from './TrendCard';
import { RankingSection } from './rankings/RankingSection';
import { ANALYSIS_PERIODS, periodAsOf, periodMonths, type AnalysisPeriod } from './periods';

const LEVELS = ['GREEN', 'YELLOW', 'RED'] as const;

/**
 * 决策分析 for leaders, departments and the office: the year's completion against plan month by month and against the
 * previous year, by target type and category, and each unit's lag month by month, all in the user's scope.
 */
export function AnalysisPage() {
  const t = useT();
  const { years, yearId, year, picker } = useYearChoice();
  const [targetTypeId, setTargetTypeId] = useState<string | undefined>();
  // Categories belong to a year: a choice made in another year no longer applies.
  const [category, setCategory] = useState<{ yearId: string; id: string } | undefined>();
  const categoryId = category && category.yearId === yearId ? category.id : undefined;
  const pickCategory = (id: string | undefined) => setCategory(id && yearId ? { yearId, id } : undefined);
  const [period, setPeriod] = useState<AnalysisPeriod>('Y');
  const filter = useMemo(() => ({ targetTypeId, categoryId }), [targetTypeId, categoryId]);
  const types = useTargetTypes();
  const categories = useCategories(yearId);
  const heat = useStatisticsHeatmap(yearId, targetTypeId, categoryId);
  const months = periodMonths(period);
  const monthsBegun = heat.data?.monthsBegun;
  const asOfMonth = monthsBegun === undefined ? undefined : (periodAsOf(period, monthsBegun) ?? undefined);
  const heatColumns = useHeatmapColumns(months);
  const previous = years.data?.find((y) => year && y.year === year.year - 1);
  const previousCategories = useCategories(categoryId ? previous?.id : undefined);
  const categoryCode = categories.data?.find((c) => c.id === categoryId)?.code;
  const previousCategoryId = categoryCode ? (previousCategories.data?.find((c) => c.code === categoryCode)?.id ?? null) : undefined;
  // Exported files name the year and the filters they were drawn with.
  const exportName = [
    year?.name,
    period === 'Y' ? undefined : t(`analysis.period.${period}`),
    types.data?.find((ty) => ty.id === targetTypeId)?.name,
    categories.data?.find((c) => c.id === categoryId)?.name,
  ]
    .filter(Boolean)
    .join('-');

  const noYear = yearProblem(years, t);
  const body =
    noYear ??
    (yearId ? (
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <TrendCard
              yearId={yearId}
              targetTypeId={targetTypeId}
              categoryId={categoryId}
              previous={previous ? { id: previous.id, name: previous.name, categoryId: previousCategoryId } : undefined}
              months={months}
              exportName={`${t('statistics.home.trend.title')}-${exportName}`}
            />
          </Col>
          <Col xs={24} xl={10}>
            <CompletionCard
              yearId={yearId}
              filter={filter}
              asOfMonth={asOfMonth}
              exportName={`${t('analysis.completion.title')}-${exportName}`}
              onPickCategory={pickCategory}
            />
          </Col>
        </Row>
        <Card
          title={
            <span>
              <HeatMapOutlined style={{ marginInlineEnd: 8 }} />
              {t('analysis.heat.title')}
            </span>
          }
          extra={
            <Flex gap={12} align="center">
              <span className="heat-legend" aria-hidden>
                {LEVELS.map((lv) => (
                  <span key={lv}>
                    <span className={`heat-cell heat-${lv}`} /> {t(`analysis.heat.${lv === 'GREEN' ? 'green' : lv === 'YELLOW' ? 'yellow' : 'red'}`)}
                  </span>
                ))}
              </span>
              <TableExcelButton
                compact
                name={`${t('analysis.heat.title')}-${exportName}`}
                columns={heatColumns}
                rows={heat.data?.units ?? []}
                data-testid="heat-excel"
              />
            </Flex>
          }
          data-testid="analysis-heat"
        >
          {heat.isError ? (
            <ErrorState error={heat.error} onRetry={() => void heat.refetch()} />
          ) : (
            <>
              <Typography.Paragraph type="secondary">
                {t('analysis.heat.hint', { yellow: heat.data?.thresholds.yellowLagPoints ?? '—', red: heat.data?.thresholds.redLagPoints ?? '—' })}
              </Typography.Paragraph>
              <HeatmapGrid units={heat.data?.units ?? []} yearId={yearId} loading={heat.isFetching && !heat.data} months={months} />
            </>
          )}
        </Card>
        <SpecialTaskBoard yearId={yearId} exportName={year?.name ?? ''} />
        <RankingSection yearId={yearId} yearName={year?.name ?? ''} />
      </Flex>
    ) : null);

  return (
    <>
      <PageHeader
        title={t('analysis.title')}
        subTitle={t('analysis.subtitle')}
        extra={
          <Flex gap={12} wrap align="center">
            {picker}
            <Select<AnalysisPeriod>
              style={{ width: 140 }}
              aria-label={t('analysis.period.filter')}
              value={period}
              onChange={setPeriod}
              options={ANALYSIS_PERIODS.map((p) => {
                const notBegun = p !== 'Y' && monthsBegun !== undefined && periodAsOf(p, monthsBegun) === null;
                return {
                  value: p,
                  disabled: notBegun,
                  label: notBegun ? `${t(`analysis.period.${p}`)}（${t('analysis.period.notBegun')}）` : t(`analysis.period.${p}`),
                };
              })}
              data-testid="analysis-period"
            />
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('analysis.allTypes')}
              aria-label={t('analysis.typeFilter')}
              value={targetTypeId}
              onChange={setTargetTypeId}
              loading={types.isLoading}
              options={(types.data ?? []).map((ty) => ({ value: ty.id, label: ty.name }))}
              data-testid="analysis-type"
            />
            <Select
              allowClear
              style={{ width: 180 }}
              placeholder={t('analysis.allCategories')}
              aria-label={t('analysis.categoryFilter')}
              value={categoryId}
              onChange={pickCategory}
              loading={categories.isLoading}
              options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              data-testid="analysis-category"
            />
          </Flex>
        }
      />
      {body}
    </>
  );
}

export default AnalysisPage;
