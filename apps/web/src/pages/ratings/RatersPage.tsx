import { useState } from 'react';
import { Card, Empty, Flex, Select, Tabs, Tag, Typography } from 'antd';
import { listImportedValues, listRatings } from '@jx/contract';
import { useAssessmentPeriods } from '../../api/assessment';
import { useCategories, useYears } from '../../api/years';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { defaultYear, YearPicker } from '../../components/YearPicker';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { PublicSurveyTab } from './PublicSurveyTab';
import { RatingDetailsTab } from './RatingDetailsTab';
import { defaultPeriodId } from './ratingRules';
import { RosterTab } from './RosterTab';

type Tab = 'roster' | 'details' | 'survey';

/**
 * 评价管理: for one 考核时机 (and optionally one 考核类别) the rater roster grouped by slot with each rater's progress,
 * 设置评价人 per slot; 评价明细 with 退回; 社会公众评价 (template, import, the imported values). The main leader reads the
 * roster and its progress only.
 */
export function RatersPage() {
  const t = useT();
  const user = useCurrentUser();
  const years = useYears();
  const [pickedYearId, setYearId] = useState<string | undefined>();
  const yearId = pickedYearId ?? defaultYear(years.data ?? [])?.id;
  const year = years.data?.find((y) => y.id === yearId);
  const periods = useAssessmentPeriods(yearId);
  const categories = useCategories(yearId);
  const [pickedPeriodId, setPeriodId] = useState<string | undefined>();
  const periodId = periods.data?.some((p) => p.id === pickedPeriodId) ? pickedPeriodId : defaultPeriodId(periods.data ?? []);
  const period = periods.data?.find((p) => p.id === periodId);
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [tab, setTab] = useState<Tab>('roster');
  const canDetails = canCall(listRatings, user.roles);
  const canSurvey = canCall(listImportedValues, user.roles);
  const office = canDetails;

  const picker = (
    <YearPicker
      years={years.data}
      loading={years.isLoading}
      value={yearId}
      onChange={(v) => {
        setYearId(v);
        setPeriodId(undefined);
        setCategoryId(undefined);
      }}
      label={t('ratings.raters.year')}
      placeholder={t('ratings.raters.yearPlaceholder')}
      testId="raters-year-select"
    />
  );

  let body = yearProblem(years, t);
  if (body) {
    // No year to show.
  } else if (periods.isError && !periods.data) {
    body = <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  } else if (periods.data && periods.data.length === 0) {
    body = (
      <Card>
        <Empty
          data-testid="raters-no-periods"
          description={
            <Flex vertical gap={4}>
              <span>{t('ratings.raters.noPeriods', { year: year?.name ?? '' })}</span>
              <span className="muted small">{t('ratings.raters.noPeriodsHint')}</span>
            </Flex>
          }
        />
      </Card>
    );
  } else {
    const periodOpen = (p: { processes: readonly { status: string }[] }) => p.processes.some((x) => x.status === 'OPEN');
    const filters = (
      <Flex gap={12} wrap align="center">
        <Flex gap={8} align="center">
          <Typography.Text>{t('ratings.period')}</Typography.Text>
          <Select
            style={{ width: 260 }}
            loading={periods.isLoading}
            placeholder={t('ratings.periodPlaceholder')}
            aria-label={t('ratings.period')}
            value={periodId}
            onChange={(v: string) => setPeriodId(v)}
            options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.name, title: p.name, open: periodOpen(p) }))}
            optionRender={(o) => (
              <Flex justify="space-between" gap={8}>
                <span>{o.data.label}</span>
                <Tag color={o.data.open ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {o.data.open ? t('ratings.periodOpen') : t('ratings.periodNotOpen')}
                </Tag>
              </Flex>
            )}
            data-testid="raters-period-select"
          />
        </Flex>
        <Flex gap={8} align="center">
          <Typography.Text>{t('ratings.raters.category')}</Typography.Text>
          <Select
            style={{ width: 200 }}
            allowClear
            loading={categories.isLoading}
            placeholder={t('ratings.raters.categoryAll')}
            aria-label={t('ratings.raters.category')}
            value={categoryId}
            onChange={(v?: string) => setCategoryId(v)}
            options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            data-testid="raters-category-select"
          />
        </Flex>
      </Flex>
    );
    const items = [
      {
        key: 'roster',
        label: t('ratings.raters.tabs.roster'),
        children: period && yearId ? <RosterTab period={period} yearId={yearId} categoryId={categoryId} categories={categories.data ?? []} /> : null,
      },
      ...(canDetails
        ? [
            {
              key: 'details',
              label: t('ratings.raters.tabs.details'),
              children: periodId && yearId ? <RatingDetailsTab key={periodId} periodId={periodId} yearId={yearId} categoryId={categoryId} /> : null,
            },
          ]
        : []),
      ...(canSurvey
        ? [
            {
              key: 'survey',
              label: t('ratings.raters.tabs.survey'),
              children: periodId ? <PublicSurveyTab periodId={periodId} categoryId={categoryId} /> : null,
            },
          ]
        : []),
    ];
    body = (
      <Card styles={{ body: { padding: 16 } }}>
        <Flex vertical gap={8}>
          {filters}
          <Tabs activeKey={tab} onChange={(k) => setTab(k as Tab)} items={items} destroyOnHidden data-testid="raters-tabs" />
        </Flex>
      </Card>
    );
  }

  return (
    <>
      <PageHeader title={t('ratings.raters.title')} subTitle={office ? t('ratings.raters.subtitle') : t('ratings.raters.subtitleReader')} extra={picker} />
      {body}
    </>
  );
}

export default RatersPage;
