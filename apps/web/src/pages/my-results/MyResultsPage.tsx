import { Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { APPEAL_STATUS_LABELS, type Appeal, type MyResult } from '@jx/contract';
import { useAppeals, useMyResults } from '../../api/results';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { TableExcelButton } from '../../components/charts/TableExcelButton';
import { TrendChart, useResultColumns } from './TrendChart';

const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const STATUS_COLOR = { OPEN: 'processing', ACCEPTED: 'success', REJECTED: 'default' } as const;

/** 考核成绩: the unit's score, grade and rank in every published bulletin, its trend, and its appeals. */
export function MyResultsPage() {
  const t = useT();
  const unitId = useCurrentUser().unitId ?? '';
  const results = useMyResults();
  const appeals = useAppeals({ pageSize: 100 });
  const resultColumns = useResultColumns();
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  const items = results.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('results.mine.title')} subTitle={t('results.mine.subtitle')} />
      {!results.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('results.mine.empty')} data-testid="my-results-empty" />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <TrendChart items={items} unitId={unitId} />
          <Card
            title={t('results.mine.periods')}
            size="small"
            extra={<TableExcelButton compact name={t('results.mine.periods')} columns={resultColumns} rows={items} data-testid="my-results-excel" />}
          >
            <Table<MyResult>
              rowKey="bulletinId"
              size="small"
              dataSource={items}
              pagination={false}
              onRow={() => ({ 'data-testid': 'my-result-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('results.bulletins.period'), key: 'period', render: (_: unknown, r) => `${r.year}年 ${r.periodName}` },
                { title: t('results.mine.category'), dataIndex: 'categoryName' },
                { title: t('results.table.final'), dataIndex: 'final', align: 'right', render: (v: number) => <strong>{v.toFixed(2)}</strong> },
                { title: t('results.table.grade'), dataIndex: 'grade', render: (g: string) => <Tag color="blue">{g}</Tag> },
                { title: t('results.table.rank'), key: 'rank', render: (_: unknown, r) => `${r.rank} / ${r.unitCount}` },
                {
                  title: t('results.mine.appealWindow'),
                  key: 'deadline',
                  render: (_: unknown, r) =>
                    r.canAppeal ? (
                      <Tag color="orange">{t('results.mine.until', { at: beijing(r.appealDeadline) })}</Tag>
                    ) : (
                      <Typography.Text type="secondary">{t('results.mine.closed')}</Typography.Text>
                    ),
                },
                {
                  title: t('common.table.actions'),
                  key: 'actions',
                  render: (_: unknown, r) => (
                    <Flex gap={12}>
                      <Link to={`/assessment/bulletins/${r.bulletinId}/units/${unitId}`} data-testid="my-result-receipt">
                        {t('results.mine.receipt')}
                      </Link>
                      <Link to={`/assessment/bulletins/${r.bulletinId}`}>{t('results.mine.ranking')}</Link>
                    </Flex>
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('results.mine.appeals')} size="small">
            <Table<Appeal>
              rowKey="id"
              size="small"
              loading={appeals.isLoading}
              dataSource={appeals.data?.items ?? []}
              pagination={false}
              locale={tableLocale({ empty: t('results.mine.noAppeals') })}
              onRow={() => ({ 'data-testid': 'my-appeal-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('results.appeals.line'), dataIndex: 'lineLabel' },
                {
                  title: t('results.appeals.bulletin'),
                  key: 'b',
                  render: (_: unknown, a) => `${a.periodName}（${t('results.bulletin.versionNo', { version: a.bulletinVersionNo })}）`,
                },
                { title: t('results.appeals.filedAt'), dataIndex: 'createdAt', render: beijing },
                {
                  title: t('results.appeals.status'),
                  dataIndex: 'status',
                  render: (s: Appeal['status']) => <Tag color={STATUS_COLOR[s]}>{APPEAL_STATUS_LABELS[s]}</Tag>,
                },
                { title: t('results.appeals.decision'), key: 'd', render: (_: unknown, a) => a.decisionReason ?? '—' },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}

export default MyResultsPage;
