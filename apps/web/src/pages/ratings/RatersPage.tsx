import { useState } from 'react';
import { Card, Flex, Select, Tabs, Typography } from 'antd';
import { listImportedValues, listRatings } from '@jx/contract';
import { useCategories } from '../../api/years';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { usePeriodChoice } from '../assessment/usePeriodChoice';
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
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const { yearId, periodId, period, yearPicker, periodPicker, problem } = usePeriodChoice({
    defaultPeriodId,
    year: { label: t('ratings.raters.year'), placeholder: t('ratings.raters.yearPlaceholder'), testId: 'raters-year-select' },
    period: {
      label: t('ratings.period'),
      placeholder: t('ratings.periodPlaceholder'),
      openText: t('ratings.periodOpen'),
      notOpenText: t('ratings.periodNotOpen'),
      testId: 'raters-period-select',
      width: 260,
    },
    noPeriods: { text: (year) => t('ratings.raters.noPeriods', { year }), hint: t('ratings.raters.noPeriodsHint'), testId: 'raters-no-periods' },
    onYearChange: () => setCategoryId(undefined),
  });
  const categories = useCategories(yearId);
  const [tab, setTab] = useState<Tab>('roster');
  const canDetails = canCall(listRatings, user.roles);
  const canSurvey = canCall(listImportedValues, user.roles);
  const office = canDetails;

  let body = problem;
  if (!body) {
    const filters = (
      <Flex gap={12} wrap align="center">
        {periodPicker}
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
      <PageHeader title={t('ratings.raters.title')} subTitle={office ? t('ratings.raters.subtitle') : t('ratings.raters.subtitleReader')} extra={yearPicker} />
      {body}
    </>
  );
}

export default RatersPage;
