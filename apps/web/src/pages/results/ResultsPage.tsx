import { useEffect, useState } from 'react';
import { Alert, App, Badge, Button, Card, Empty, Flex, Progress, Skeleton, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CheckCircleTwoTone, PlayCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { ResultCategory, ResultUnit } from '@jx/contract';
import { usePublishResultSet, useResultSet, useStartSummaryRun, useSummaryRun } from '../../api/results';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT, type TFunction } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { usePeriodChoice } from '../assessment/usePeriodChoice';
import { MissingDrawer } from './MissingDrawer';
import { PublishModal } from './PublishModal';
import { RunModal } from './RunModal';

const defaultPeriod = (periods: readonly { id: string; code: string; processes: { status: string }[] }[]) =>
  [...periods].reverse().find((p) => p.processes.length > 0 && p.processes.every((x) => x.status === 'CLOSED'))?.id ?? periods[0]?.id;

function Moved(props: { row: ResultUnit; t: TFunction }) {
  const { row, t } = props;
  if (!row.prev || (row.prev.final === row.final && row.prev.rank === row.rank && row.prev.grade === row.grade))
    return <Typography.Text type="secondary">—</Typography.Text>;
  const up = row.final > row.prev.final || row.rank < row.prev.rank;
  return (
    <Tooltip title={t('results.table.prevLine', { final: row.prev.final.toFixed(2), rank: row.prev.rank, grade: row.prev.grade })}>
      <Typography.Text type={up ? 'success' : 'danger'} data-testid="result-moved">
        {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {row.prev.final.toFixed(2)} → {row.final.toFixed(2)}
      </Typography.Text>
    </Tooltip>
  );
}

function CategoryTable(props: { category: ResultCategory; resultSetId: string; onMissing: (u: ResultUnit) => void; t: TFunction }) {
  const { category: c, t } = props;
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap align="center">
        <Typography.Text type="secondary">
          {t('results.table.model', { name: c.modelName, version: c.modelVersionNo, runNo: c.runNo, at: formatDateTime(c.computedAt).slice(0, 16) })}
        </Typography.Text>
        {c.distribution.map((d) => (
          <Tag key={d.grade}>{t('results.table.distribution', { grade: d.grade, count: d.count })}</Tag>
        ))}
      </Flex>
      {(c.quotas as Array<{ grade: string; limit: number | null; qualified: number; demoted: string[] }>)
        .filter((q) => q.demoted.length)
        .map((q) => (
          <Alert
            key={q.grade}
            type="info"
            showIcon
            title={t('results.table.quota', { grade: q.grade, limit: q.limit ?? '—', qualified: q.qualified, demoted: q.demoted.length })}
          />
        ))}
      <Table<ResultUnit>
        size="small"
        rowKey="unitId"
        dataSource={c.units}
        pagination={c.units.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        // Narrower than this (a phone) the row scrolls sideways rather than breaking every name into single characters.
        scroll={{ x: 900 }}
        onRow={() => ({ 'data-testid': 'result-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('results.table.rank'), dataIndex: 'rank', width: 72, sorter: (a, b) => a.rank - b.rank },
          { title: t('results.table.unit'), dataIndex: 'unitName', sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') },
          {
            title: t('results.table.final'),
            dataIndex: 'final',
            width: 100,
            align: 'right',
            sorter: (a, b) => a.final - b.final,
            render: (v: number) => <strong>{v.toFixed(2)}</strong>,
          },
          {
            title: t('results.table.grade'),
            dataIndex: 'grade',
            width: 150,
            render: (g: string, r) => (
              <Flex gap={4}>
                <Tag color="blue">{g}</Tag>
                {r.gradeReason === 'quota' ? (
                  <Tag color="orange">{t('results.table.byQuota')}</Tag>
                ) : r.gradeReason === 'veto' ? (
                  <Tag color="red">{t('results.table.byVeto')}</Tag>
                ) : null}
              </Flex>
            ),
          },
          { title: t('results.table.moved'), key: 'moved', width: 180, render: (_: unknown, r) => <Moved row={r} t={t} /> },
          {
            title: t('results.table.missing'),
            key: 'missing',
            width: 110,
            render: (_: unknown, r) =>
              r.missingCount === 0 ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              ) : (
                <Button size="small" type="link" onClick={() => props.onMissing(r)} data-testid="result-missing">
                  {r.openMissingCount ? (
                    <Badge count={r.openMissingCount} color="red" offset={[8, -2]}>
                      {t('results.table.missingOf', { count: r.missingCount })}
                    </Badge>
                  ) : (
                    t('results.table.allWaived', { count: r.missingCount })
                  )}
                </Button>
              ),
          },
          {
            title: t('results.table.receipt'),
            key: 'receipt',
            width: 96,
            render: (_: unknown, r) => <Link to={`/assessment/result-sets/${props.resultSetId}/units/${r.unitId}`}>{t('results.table.receiptLink')}</Link>,
          },
        ]}
      />
    </Flex>
  );
}

/**
 * 批量自动汇总与发布 (the office): summarise a period's categories as a background job with its progress, review each
 * unit's score, grade, rank, what moved since the last run and its missing inputs, waive what stays missing, and
 * publish the ranked 考核通报.
 */
export function ResultsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const choice = usePeriodChoice({
    defaultPeriodId: defaultPeriod,
    year: { label: t('results.year'), placeholder: t('results.yearPlaceholder'), testId: 'results-year' },
    period: {
      label: t('results.period'),
      placeholder: t('results.periodPlaceholder'),
      openText: t('results.periodOpen'),
      notOpenText: t('results.periodNotOpen'),
      testId: 'results-period',
      width: 200,
    },
    noPeriods: { text: (y) => t('results.noPeriods', { year: y }), hint: '', testId: 'results-no-periods' },
  });
  const set = useResultSet(choice.periodId);
  const [runOpen, setRunOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [missingOf, setMissingOf] = useState<ResultUnit | null>(null);
  const start = useStartSummaryRun();
  const publish = usePublishResultSet();
  const latest = set.data?.latestRun ?? null;
  const run = useSummaryRun(latest && (latest.status === 'QUEUED' || latest.status === 'RUNNING') ? latest.id : undefined);
  const running = !!run.data && (run.data.status === 'QUEUED' || run.data.status === 'RUNNING');
  const runStatus = run.data?.status;
  const refetchSet = set.refetch;
  // A run that ended: its results replace the set's.
  useEffect(() => {
    if (runStatus === 'SUCCEEDED' || runStatus === 'FAILED') void refetchSet();
  }, [runStatus, refetchSet]);

  const canPublish =
    !!set.data &&
    set.data.categories.length > 0 &&
    set.data.openMissingCount === 0 &&
    !running &&
    (set.data.publishedVersionNo === null || set.data.changedSincePublished);
  const publishBlocked = !set.data
    ? ''
    : set.data.openMissingCount > 0
      ? t('results.publish.blockedMissing', { count: set.data.openMissingCount })
      : set.data.publishedVersionNo !== null && !set.data.changedSincePublished
        ? t('results.publish.nothingNew')
        : '';

  const extra = (
    <>
      {choice.yearPicker}
      {choice.periodPicker}
      <Button icon={<PlayCircleOutlined />} type="primary" disabled={!choice.periodId || running} onClick={() => setRunOpen(true)} data-testid="results-run">
        {t('results.run.button')}
      </Button>
      <Tooltip title={publishBlocked}>
        <Button icon={<SendOutlined />} disabled={!canPublish} onClick={() => setPublishOpen(true)} data-testid="results-publish">
          {set.data?.publishedVersionNo ? t('results.publish.again', { version: set.data.publishedVersionNo + 1 }) : t('results.publish.button')}
        </Button>
      </Tooltip>
    </>
  );

  let body = choice.problem;
  if (body) {
    // Nothing to choose.
  } else if (set.isError) {
    body = <ErrorState error={set.error} onRetry={() => void set.refetch()} />;
  } else if (set.isLoading || !choice.periodId) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  } else {
    const data = set.data;
    body = (
      <Flex vertical gap={16}>
        {running && run.data ? (
          <Card data-testid="results-progress">
            <Typography.Text>{t('results.run.progress', { runNo: run.data.runNo, done: run.data.done, total: run.data.total })}</Typography.Text>
            <Progress percent={run.data.total ? Math.round((run.data.done * 100) / run.data.total) : 0} status="active" />
          </Card>
        ) : null}
        {latest?.status === 'FAILED' ? (
          <Alert type="error" showIcon title={t('results.run.failed', { runNo: latest.runNo })} description={latest.error} data-testid="results-failed" />
        ) : null}
        {data?.latestRun?.status === 'SUCCEEDED' ? (
          <Alert
            type={data.openMissingCount ? 'warning' : 'success'}
            showIcon
            data-testid="results-state"
            title={t('results.state', {
              runNo: data.latestRun.runNo,
              categories: runCategoryNames(data.latestRun.categoryIds, data.categories),
              moved: data.latestRun.moved ?? 0,
              missing: data.openMissingCount,
            })}
            description={
              data.publishedVersionNo
                ? data.changedSincePublished
                  ? t('results.changedSincePublished', { version: data.publishedVersionNo })
                  : t('results.publishedVersion', { version: data.publishedVersionNo })
                : null
            }
          />
        ) : null}
        {!data || data.categories.length === 0 ? (
          <Card>
            <Empty description={t('results.empty')} data-testid="results-empty">
              <Button type="primary" disabled={running} onClick={() => setRunOpen(true)}>
                {t('results.run.button')}
              </Button>
            </Empty>
          </Card>
        ) : (
          <Card>
            <Tabs
              items={data.categories.map((c) => ({
                key: c.categoryId,
                label: `${c.categoryName}（${c.units.length}）`,
                children: <CategoryTable category={c} resultSetId={data.id} onMissing={setMissingOf} t={t} />,
              }))}
            />
          </Card>
        )}
      </Flex>
    );
  }

  return (
    <>
      <PageHeader title={t('results.title')} subTitle={t('results.subtitle')} extra={extra} />
      {body}
      {choice.yearId ? (
        <RunModal
          open={runOpen}
          yearId={choice.yearId}
          busy={start.isPending}
          onCancel={() => setRunOpen(false)}
          onRun={(categoryIds) =>
            start
              .mutateAsync({ body: { periodId: choice.periodId!, categoryIds } })
              .then(() => {
                setRunOpen(false);
                message.info(t('results.run.queued'));
              })
              .catch(handleError)
          }
        />
      ) : null}
      <PublishModal
        open={publishOpen}
        busy={publish.isPending}
        defaultTitle={t('results.publish.defaultTitle', { period: choice.period?.name ?? '' })}
        onCancel={() => setPublishOpen(false)}
        onPublish={(v) =>
          publish
            .mutateAsync({ params: { id: set.data!.id }, body: { ...v, version: set.data!.version } })
            .then((r) => {
              setPublishOpen(false);
              message.success(
                <span data-testid="published-message">
                  {t('results.publish.done', { version: r.versionNo })}{' '}
                  <a role="link" onClick={() => navigate(`/assessment/bulletins/${r.bulletinId}`)}>
                    {t('results.publish.view')}
                  </a>
                </span>,
              );
            })
            .catch(handleError)
        }
      />
      {set.data ? <MissingDrawer resultSetId={set.data.id} unit={missingOf} onClose={() => setMissingOf(null)} /> : null}
    </>
  );
}

export default ResultsPage;

/** The names of the categories a run summarised, in the page's tab order. */
function runCategoryNames(categoryIds: readonly string[], categories: readonly ResultCategory[]): string {
  return categories
    .filter((c) => categoryIds.includes(c.categoryId))
    .map((c) => c.categoryName)
    .join('、');
}
