import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Select, Skeleton, Table, Typography } from 'antd';
import { exportMyScores, type MyScore, type MyScorePeriod } from '@jx/contract';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { tableLocale } from '../../components/tableLocale';
import { YearPicker } from '../../components/YearPicker';
import { yearProblem } from '../../components/yearProblem';
import { useT, type TFunction } from '../../locales';
import { useYearPick } from '../../components/useYearPick';
import { myScoreColumns } from './columns';
import { useMyScores } from './useMyScores';

const PAGE_SIZE = 50;
const rateOf = (p: MyScorePeriod) => (Number(p.maxScore) > 0 ? ((Number(p.score) * 100) / Number(p.maxScore)).toFixed(1) : '0.0');

/**
 * 本单位考核结果: the unit's scores of the year, period by period, once each period's process has closed — the scores,
 * deductions and opinions the departments submitted, with the period's total. A responsible person sees the targets
 * decomposed to them. Drafts and open processes are never shown.
 */
export function MyScoresPage() {
  const t = useT();
  const user = useCurrentUser();
  const staffOnly = user.roles.includes('UNIT_STAFF') && !user.roles.includes('UNIT_ADMIN');
  const { years, yearId, year, setYearId, pickerProps } = useYearPick({
    label: t('myScores.year'),
    placeholder: t('myScores.yearPlaceholder'),
    testId: 'my-scores-year',
  });
  const [periodId, setPeriodId] = useState<string | undefined>();
  const scores = useMyScores(yearId, periodId);
  const periods = scores.data?.periods ?? [];
  const shown = periodId ? periods.filter((p) => p.id === periodId) : periods;
  const columns = useMemo(() => myScoreColumns(t), [t]);

  const extra = (
    <YearPicker
      {...pickerProps}
      onChange={(v) => {
        setYearId(v);
        setPeriodId(undefined);
      }}
    >
      <ExportButton
        route={exportMyScores}
        query={{ yearId: yearId ?? '', ...(periodId ? { periodId } : {}) }}
        fallbackName={t('myScores.exportFallbackName')}
        disabled={!yearId || !periods.length}
        data-testid="my-scores-export"
      />
    </YearPicker>
  );

  let body = yearProblem(years, t);
  if (body) {
    // No year to show.
  } else if (scores.isError && !scores.data) {
    body = <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />;
  } else if (!scores.data) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  } else if (!periods.length) {
    body = (
      <Card>
        <Empty
          data-testid="my-scores-empty"
          description={
            <Flex vertical gap={4}>
              <span>{t('myScores.empty', { year: year?.name ?? '' })}</span>
              <span className="muted small">{t('myScores.emptyHint')}</span>
            </Flex>
          }
        />
      </Card>
    );
  } else {
    body = (
      <Flex vertical gap={16}>
        <Card styles={{ body: { padding: 16 } }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t('myScores.period')}</Typography.Text>
            <Select
              style={{ width: 240 }}
              allowClear
              placeholder={t('myScores.periodAll')}
              aria-label={t('myScores.period')}
              value={periodId}
              onChange={(v?: string) => setPeriodId(v)}
              options={periods.map((p) => ({ value: p.id, label: p.name }))}
              data-testid="my-scores-period"
            />
            <Flex gap={8} wrap style={{ marginInlineStart: 8 }} data-testid="my-scores-overview">
              {periods.map((p) => (
                <Button
                  key={p.id}
                  size="small"
                  type={p.id === periodId ? 'primary' : 'default'}
                  ghost={p.id === periodId}
                  onClick={() => setPeriodId(p.id === periodId ? undefined : p.id)}
                >
                  {p.name}
                  <Typography.Text strong style={{ marginInlineStart: 6 }}>
                    {p.score}
                  </Typography.Text>
                  <Typography.Text type="secondary">/ {p.maxScore}</Typography.Text>
                </Button>
              ))}
            </Flex>
          </Flex>
        </Card>
        {shown.map((p) => (
          <PeriodScores
            key={p.id}
            period={p}
            items={scores.data.items.filter((i) => i.periodId === p.id)}
            loading={scores.isFetching}
            columns={columns}
            t={t}
          />
        ))}
      </Flex>
    );
  }

  return (
    <>
      <PageHeader title={t('myScores.title')} subTitle={staffOnly ? t('myScores.subtitleStaff') : t('myScores.subtitle')} extra={extra} />
      {body}
    </>
  );
}

/** One period: its total in the title bar, its records, and a 合计 row. */
function PeriodScores(props: { period: MyScorePeriod; items: MyScore[]; loading: boolean; columns: ReturnType<typeof myScoreColumns>; t: TFunction }) {
  const { period: p, items, t } = props;
  return (
    <Card
      size="small"
      title={p.name}
      data-testid="my-scores-period-card"
      extra={
        <Flex gap={12} align="center" data-testid="my-scores-period-total">
          <Typography.Text strong>{t('myScores.totalLine', { score: p.score, maxScore: p.maxScore })}</Typography.Text>
          <Typography.Text type="secondary">{t('myScores.rate', { rate: rateOf(p) })}</Typography.Text>
          <Typography.Text type="secondary">{t('myScores.count', { count: p.count })}</Typography.Text>
        </Flex>
      }
    >
      <Table<MyScore>
        rowKey="id"
        size="small"
        columns={props.columns}
        dataSource={items}
        loading={props.loading}
        scroll={{ x: 960 }}
        pagination={items.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
        locale={tableLocale({ empty: t('myScores.emptyPeriod') })}
        onRow={() => ({ 'data-testid': 'my-score-row' }) as React.HTMLAttributes<HTMLElement>}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid="my-scores-total-row">
              <Table.Summary.Cell index={0} colSpan={3}>
                <strong>{t('myScores.total')}</strong>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {t('myScores.count', { count: p.count })}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <strong>{p.maxScore}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <strong data-testid="my-scores-total-score">{p.score}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} colSpan={3} />
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </Card>
  );
}

export default MyScoresPage;
