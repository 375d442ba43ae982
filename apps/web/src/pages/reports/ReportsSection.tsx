import { useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Empty, Flex, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { formatPeriodKey, reportDueAt, type ProgressReport, type TargetDetail } from '@jx/contract';
import { useReportDocumentCounts } from '../../api/documents';
import { useTargetReports } from '../../api/reports';
import { usePublicSettings } from '../../api/settings';
import { useYears } from '../../api/years';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { TargetDocuments } from '../documents/TargetDocuments';
import { MilestoneChart } from '../targets/MilestoneChart';
import { currentReportablePeriod, firstPublishedAt, periodRows, type PeriodRow } from './periodRows';
import { EditReportButton } from './EditReportButton';
import { canEditReport, canReportOn, planInForce } from './permissions';
import { ReportFormModal } from './ReportFormModal';
import { ReportStatusTag } from './ReportStatusTag';
import './reports.css';

interface Editing {
  row: PeriodRow;
  report?: ProgressReport;
}

/**
 * 进展报告 on the target page: one row per period of the target's rhythm (plan vs actual, status, reporter, documents),
 * the plan-vs-actual chart, 报送 / 修改 for those who may report; then the target's 工作文档.
 */
export function ReportsSection({ target }: { target: TargetDetail }) {
  const t = useT();
  return (
    <>
      {target.publishedRevisionNo !== null ? (
        <ReportsCard target={target} />
      ) : (
        <Card size="small" title={t('reports.section')} data-testid="reports-section">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.notPublished')} />
        </Card>
      )}
      <TargetDocuments target={target} />
    </>
  );
}

function ReportsCard({ target }: { target: TargetDetail }) {
  const t = useT();
  const user = useCurrentUser();
  const years = useYears();
  const reports = useTargetReports(target.id);
  const settings = usePublicSettings();
  const dueDay = settings.data?.['report.dueDay'];
  const [now] = useState(() => new Date());
  const [editing, setEditing] = useState<Editing | null>(null);
  const year = years.data?.find((y) => y.id === target.yearId);
  const plan = planInForce(target);
  const quantitative = plan.metricTarget !== null;
  const publishedAt = useMemo(() => firstPublishedAt(target.revisions), [target.revisions]);
  // Statuses (逾期未报) depend on the due day: no rows until it is known.
  const rows = useMemo(
    () =>
      year && reports.data && dueDay !== undefined
        ? periodRows({
            year: year.year,
            rhythm: target.reportingRhythm,
            milestones: plan.milestones,
            reports: reports.data,
            now,
            dueDay,
            firstPublishedAt: publishedAt,
          })
        : [],
    [year, reports.data, dueDay, target.reportingRhythm, plan.milestones, now, publishedAt],
  );
  const docCounts = useReportDocumentCounts(useMemo(() => (reports.data ?? []).map((r) => r.id), [reports.data]));
  const open = year?.status !== 'CLOSED';
  const mayReport = open && canReportOn(user, target);
  const current = mayReport ? currentReportablePeriod(rows) : undefined;
  const chartPlan = useMemo(() => rows.map((r) => ({ period: r.periodKey, plannedPercent: r.plannedPercent })), [rows]);
  const chartActual = useMemo(() => ({ name: t('reports.actual'), values: rows.map((r) => r.report?.actualPercent ?? null) }), [rows, t]);

  const count = (s: PeriodRow['status']) => rows.filter((r) => r.status === s).length;
  // 应报 / 已报 count the required periods; reports on periods before publication (补报) are mentioned apart.
  const voluntary = rows.filter((r) => r.report && !r.required).length;
  const summary =
    t('reports.summary', {
      due: rows.filter((r) => r.required).length,
      reported: rows.filter((r) => r.required && r.report).length,
      late: rows.filter((r) => r.required && r.status === 'LATE').length,
      overdue: count('OVERDUE'),
    }) + (voluntary ? t('reports.summaryVoluntary', { n: voluntary }) : '');
  const startReport = (row: PeriodRow) => setEditing({ row });

  return (
    <Card
      size="small"
      title={t('reports.section')}
      data-testid="reports-section"
      extra={
        current ? (
          <Button type="primary" onClick={() => startReport(current)} data-testid="report-submit-current">
            {t('reports.actions.submitCurrent', { period: formatPeriodKey(current.periodKey) })}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        {dueDay !== undefined ? (
          <Typography.Text type="secondary">
            {t('reports.rhythmHint', { rhythm: t(`targets.rhythms.${target.reportingRhythm}`), day: dueDay })}
            {rows.length ? `；${summary}` : ''}
          </Typography.Text>
        ) : null}
        {!open ? <Alert type="info" showIcon title={t('reports.closedYear')} /> : null}
        {rows.length ? (
          <div>
            <Typography.Text type="secondary">{t('reports.chartTitle')}</Typography.Text>
            <MilestoneChart
              milestones={chartPlan}
              name={t('reports.planned')}
              actual={chartActual}
              formatPeriod={formatPeriodKey}
              height={240}
              testId="report-progress-chart"
            />
          </div>
        ) : null}
        <Table<PeriodRow>
          size="small"
          rowKey="periodKey"
          pagination={false}
          dataSource={rows}
          loading={reports.isFetching || years.isLoading || settings.isLoading}
          data-testid="report-periods"
          scroll={{ x: quantitative ? 1080 : 960 }}
          rowClassName={(r) => (r.status === 'NOT_STARTED' ? 'report-row-future' : '')}
          locale={tableLocale({
            error: reports.error ?? years.error ?? settings.error,
            onRetry: () => void (reports.isError ? reports.refetch() : years.isError ? years.refetch() : settings.refetch()),
            empty: t('reports.empty'),
            loading: reports.isLoading || years.isLoading || settings.isLoading,
          })}
          onRow={(r) => ({ 'data-period': r.periodKey }) as HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'period', title: t('reports.fields.period'), width: 100, render: (_, r) => formatPeriodKey(r.periodKey) },
            {
              key: 'planned',
              title: t('reports.fields.planned'),
              width: 90,
              align: 'right',
              render: (_, r) => (r.plannedPercent === null ? '—' : `${r.plannedPercent}%`),
            },
            {
              key: 'actual',
              title: t('reports.fields.actualPercent'),
              width: 110,
              align: 'right',
              render: (_, r) =>
                r.report ? (
                  <Typography.Text type={r.plannedPercent !== null && r.report.actualPercent < r.plannedPercent ? 'danger' : undefined} strong>
                    {r.report.actualPercent}%
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            ...(quantitative
              ? [
                  {
                    key: 'value',
                    title: `${t('reports.fields.actualValue')}${plan.metricUnit ? `（${plan.metricUnit}）` : ''}`,
                    width: 120,
                    align: 'right' as const,
                    render: (_: unknown, r: PeriodRow) => r.report?.actualValue ?? '—',
                  },
                ]
              : []),
            { key: 'status', title: t('reports.fields.status'), width: 140, render: (_, r) => <ReportStatusTag status={r.status} /> },
            { key: 'reporter', title: t('reports.fields.reporter'), width: 160, ellipsis: true, render: (_, r) => r.report?.reportedByName ?? '—' },
            {
              key: 'submittedAt',
              title: t('reports.fields.submittedAt'),
              width: 160,
              render: (_, r) => (r.report ? formatDateTime(r.report.submittedAt) : '—'),
            },
            {
              key: 'documents',
              title: t('reports.fields.documents'),
              width: 70,
              align: 'right',
              render: (_, r) => (r.report ? (docCounts.get(r.report.id) ?? '…') : '—'),
            },
            {
              key: 'actions',
              title: t('common.table.actions'),
              width: 130,
              fixed: 'right',
              render: (_, r) => (
                <Space size={0}>
                  {r.report ? (
                    <Link to={`/reports/${r.report.id}`}>
                      <Button type="link" size="small" data-testid="report-view">
                        {t('reports.actions.view')}
                      </Button>
                    </Link>
                  ) : null}
                  {r.report && year && open && canEditReport(user, r.report) ? (
                    <EditReportButton
                      year={year.year}
                      periodKey={r.periodKey}
                      type="link"
                      size="small"
                      onClick={() => setEditing({ row: r, report: r.report })}
                      data-testid="report-edit"
                    />
                  ) : null}
                  {!r.report && r.started && mayReport ? (
                    <Button type="link" size="small" onClick={() => startReport(r)} data-testid="report-submit">
                      {t('reports.actions.submit')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Flex>
      {editing && year && dueDay !== undefined ? (
        <ReportFormModal
          open
          target={{ id: target.id, title: target.title, unitName: target.unitName, metricTarget: plan.metricTarget, metricUnit: plan.metricUnit }}
          periodKey={editing.row.periodKey}
          plannedPercent={editing.row.plannedPercent}
          report={editing.report}
          lateIfSubmitted={reportDueAt(year.year, editing.row.periodKey, dueDay) <= new Date()}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
