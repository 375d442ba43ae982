import { useState } from 'react';
import { Alert, Badge, Card, Empty, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import type { MyRatingPeriod, MyRatingSlot } from '@jx/contract';
import { useMyRatings } from '../../api/ratings';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { PeriodSelect } from '../assessment/usePeriodChoice';
import { returnedCount } from './ratingRules';
import { RatingSlotPanel } from './RatingSlotPanel';

/**
 * 我的评价: the slots of the rosters the signed-in account is on in one period (one tab each: group · category ·
 * indicator), each with the units to rate, their context and the level chosen. Levels save as drafts on change;
 * 提交本组评价 submits a slot. A period without an open process is read-only.
 */
export function MyRatingsPage() {
  const t = useT();
  const [pickedPeriodId, setPeriodId] = useState<string | undefined>();
  const mine = useMyRatings(pickedPeriodId);
  const data = mine.data;
  const period = data?.period ?? null;

  const picker =
    data && data.periods.length > 0 ? (
      <Flex gap={8} align="center">
        <Typography.Text>{t('ratings.period')}</Typography.Text>
        <PeriodSelect
          label={t('ratings.period')}
          placeholder={t('ratings.periodPlaceholder')}
          openText={t('ratings.periodOpen')}
          notOpenText={t('ratings.periodNotOpen')}
          testId="my-ratings-period"
          width={260}
          periods={data.periods.map((p) => ({ id: p.id, label: periodLabel(p), open: p.open }))}
          value={period?.id}
          loading={mine.isFetching}
          onChange={setPeriodId}
        />
        {period ? (
          <Tag color={period.open ? 'green' : 'default'} data-testid="my-ratings-period-state">
            {period.open ? t('ratings.periodOpen') : t('ratings.periodNotOpen')}
          </Tag>
        ) : null}
      </Flex>
    ) : null;

  let body;
  if (mine.isLoading) {
    body = (
      <Card>
        <Skeleton active />
      </Card>
    );
  } else if (mine.isError && !data) {
    body = <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  } else if (!period) {
    body = (
      <Card>
        <Empty
          data-testid="my-ratings-not-rostered"
          description={
            <Flex vertical gap={4}>
              <span>{t('ratings.mine.notRostered')}</span>
              <span className="muted small">{t('ratings.mine.notRosteredHint')}</span>
            </Flex>
          }
        />
      </Card>
    );
  } else {
    const slots = data?.items ?? [];
    body = (
      <Flex vertical gap={12}>
        {!period.open ? (
          <Alert type="info" showIcon title={t('ratings.mine.notOpen', { period: periodLabel(period) })} data-testid="my-ratings-not-open" />
        ) : null}
        {slots.length === 0 ? (
          <Card>
            <Empty description={t('ratings.mine.notRostered')} />
          </Card>
        ) : (
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              key={period.id}
              data-testid="my-ratings-slots"
              items={slots.map((slot) => ({
                key: slot.assignmentId,
                label: <SlotTab slot={slot} />,
                children: <RatingSlotPanel slot={slot} period={period} />,
              }))}
            />
          </Card>
        )}
      </Flex>
    );
  }

  return (
    <>
      <PageHeader title={t('ratings.mine.title')} subTitle={t('ratings.mine.subtitle')} extra={picker} />
      {body}
    </>
  );
}

function periodLabel(p: Pick<MyRatingPeriod, 'yearName' | 'name'>): string {
  return p.name.startsWith(p.yearName) ? p.name : `${p.yearName} ${p.name}`;
}

/** A slot's tab: group · category · indicator, its progress, and a red dot while ratings of it are returned. */
function SlotTab({ slot }: { slot: MyRatingSlot }) {
  const t = useT();
  const done = slot.expected > 0 && slot.submitted >= slot.expected;
  const returned = returnedCount(slot);
  const title = [t(`ratings.groups.${slot.group}`), slot.categoryName, slot.indicatorName].filter(Boolean).join(' · ');
  return (
    <Badge dot={returned > 0} offset={[4, 0]}>
      <Flex gap={6} align="center" data-testid="my-ratings-slot-tab" data-group={slot.group}>
        <span>{title}</span>
        <Tag color={done ? 'success' : 'default'} style={{ marginInlineEnd: 0 }} data-testid="my-ratings-slot-progress">
          {slot.submitted}/{slot.expected}
        </Tag>
      </Flex>
    </Badge>
  );
}

export default MyRatingsPage;
