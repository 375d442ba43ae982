import { useEffect, useState } from 'react';
import { Col, Row, Select } from 'antd';
import { useSearchParams } from 'react-router';
import type { PublishedPeriod } from '@jx/contract';
import { useRankings } from '../../../api/rankings';
import { useT } from '../../../locales';
import { formatDate } from '../../../utils/format';
import { GradeDistributionCard } from './GradeDistributionCard';
import { RankingTableCard } from './RankingTableCard';

/** "半年 · 半年考核": the kind (平时 / 半年 / 专项 / 年终) first, so periods of a kind read together. */
export function periodLabel(p: PublishedPeriod, t: ReturnType<typeof useT>) {
  const kind = t(`analysis.rankings.kinds.${p.kind}`);
  return p.name.startsWith(kind) ? p.name : `${kind} · ${p.name}`;
}

/**
 * 考核排名与等次分布 of a published period (the year's latest by default, or `?periodId=` from a link): per category, the
 * ranked units in scope and their grade counts. Categories are chosen one at a time so both cards stay readable at 390 px.
 */
export function RankingSection(props: { yearId: string; yearName: string }) {
  const t = useT();
  const [search] = useSearchParams();
  const [periodId, setPeriodId] = useState<string | undefined>(search.get('periodId') ?? undefined);
  const [categoryId, setCategoryId] = useState<string | undefined>(search.get('categoryId') ?? undefined);
  const rankings = useRankings(props.yearId, periodId);
  const data = rankings.data;
  const category = data?.categories.find((c) => c.categoryId === categoryId) ?? data?.categories[0];

  useEffect(() => {
    if (window.location.hash === '#rankings') document.getElementById('rankings')?.scrollIntoView();
  }, []);

  const periodName = data?.period ? periodLabel(data.period, t) : '';
  const exportName = `${t('analysis.rankings.title')}-${props.yearName}${data?.period?.name ?? ''}-${category?.categoryName ?? ''}`;
  const emptyText = data && !data.period ? t('analysis.rankings.noPeriod') : t('analysis.rankings.none');
  const note = category
    ? [
        data?.period ? t('analysis.rankings.published', { period: periodName, version: data.period.versionNo, date: formatDate(data.period.publishedAt) }) : '',
        category.rows.length < category.unitCount ? t('analysis.rankings.scope', { shown: category.rows.length, total: category.unitCount }) : '',
      ]
        .filter(Boolean)
        .join('；')
    : null;

  const controls = (
    <>
      <Select
        size="small"
        style={{ minWidth: 160 }}
        aria-label={t('analysis.rankings.period')}
        placeholder={t('analysis.rankings.period')}
        value={data?.period?.periodId}
        onChange={(v: string) => setPeriodId(v)}
        options={(data?.periods ?? []).map((p) => ({ value: p.periodId, label: periodLabel(p, t) }))}
        data-testid="ranking-period"
      />
      <Select
        size="small"
        style={{ minWidth: 120 }}
        aria-label={t('analysis.rankings.category')}
        placeholder={t('analysis.rankings.category')}
        value={category?.categoryId}
        onChange={(v: string) => setCategoryId(v)}
        options={(data?.categories ?? []).map((c) => ({ value: c.categoryId, label: c.categoryName }))}
        data-testid="ranking-category"
      />
    </>
  );

  return (
    <Row gutter={[16, 16]} id="rankings">
      <Col xs={24} xl={10}>
        <GradeDistributionCard
          category={category}
          exportName={`${t('analysis.rankings.gradesTitle')}-${props.yearName}${data?.period?.name ?? ''}-${category?.categoryName ?? ''}`}
          controls={controls}
          loading={rankings.isLoading}
          error={rankings.isError ? rankings.error : undefined}
          onRetry={() => void rankings.refetch()}
          emptyText={emptyText}
        />
      </Col>
      <Col xs={24} xl={14}>
        <RankingTableCard category={category} exportName={exportName} note={note} loading={rankings.isLoading} emptyText={emptyText} />
      </Col>
    </Row>
  );
}
