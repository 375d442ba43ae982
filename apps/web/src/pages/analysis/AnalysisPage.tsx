import { useState } from 'react';
import { Card, Col, Flex, Row, Select, Typography } from 'antd';
import { HeatMapOutlined } from '@ant-design/icons';
import { useStatisticsHeatmap } from '../../api/statistics';
import { useTargetTypes } from '../../api/units';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { useYearChoice } from '../targets/shared';
import { CompletionCard } from './CompletionCard';
import { HeatmapGrid } from './HeatmapGrid';
import { TrendCard } from './TrendCard';
import { RankingSection } from './rankings/RankingSection';

const LEVELS = ['GREEN', 'YELLOW', 'RED'] as const;

/**
 * 决策分析 for leaders, departments and the office: the year's completion against plan month by month and against the
 * previous year, by target type and category, and each unit's lag month by month, all in the user's scope.
 */
export function AnalysisPage() {
  const t = useT();
  const { years, yearId, year, picker } = useYearChoice();
  const [targetTypeId, setTargetTypeId] = useState<string | undefined>();
  const types = useTargetTypes();
  const heat = useStatisticsHeatmap(yearId, targetTypeId);
  const previous = years.data?.find((y) => year && y.year === year.year - 1);

  const noYear = yearProblem(years, t);
  const body =
    noYear ??
    (yearId ? (
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <TrendCard yearId={yearId} targetTypeId={targetTypeId} previous={previous ? { id: previous.id, name: previous.name } : undefined} />
          </Col>
          <Col xs={24} xl={10}>
            <CompletionCard yearId={yearId} />
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
            <span className="heat-legend" aria-hidden>
              {LEVELS.map((lv) => (
                <span key={lv}>
                  <span className={`heat-cell heat-${lv}`} /> {t(`analysis.heat.${lv === 'GREEN' ? 'green' : lv === 'YELLOW' ? 'yellow' : 'red'}`)}
                </span>
              ))}
            </span>
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
              <HeatmapGrid units={heat.data?.units ?? []} yearId={yearId} loading={heat.isFetching && !heat.data} />
            </>
          )}
        </Card>
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
          </Flex>
        }
      />
      {body}
    </>
  );
}

export default AnalysisPage;
