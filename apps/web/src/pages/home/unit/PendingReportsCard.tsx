import { useState } from 'react';
import { Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { beijingDay, formatPeriodKey, type PendingReportItem } from '@jx/contract';
import { usePendingReports } from '../../../api/reports';
import { NOT_ON_PHONE, usePhone } from '../../../hooks/usePhone';
import { useYears } from '../../../api/years';
import { defaultYear } from '../../../components/YearPicker';
import { tableLocale } from '../../../components/tableLocale';
import { useT } from '../../../locales';
import { ReportFormModal } from '../../reports/ReportFormModal';

/** Rows a page of the card shows; the API cuts the page from the unit's whole list. */
const PAGE_SIZE = 8;

/** The last day on time, as a Beijing date whatever the browser's zone: `dueAt` is the Beijing midnight that ends it. */
const lastDay = (dueAt: string) => beijingDay(new Date(Date.parse(dueAt) - 1));

/**
 * 本期待报送 on a unit's home: every started period of its targets (a 责任人's: theirs) without a report, the overdue ones
 * first, each reported in one click from here.
 */
export function PendingReportsCard() {
  const t = useT();
  const years = useYears();
  const year = defaultYear(years.data ?? []);
  const [page, setPage] = useState(1);
  const query = usePendingReports(year?.id, page, PAGE_SIZE);
  const phone = usePhone();
  const [reporting, setReporting] = useState<PendingReportItem | null>(null);
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  const overdue = query.data?.overdue ?? 0;

  const columns: TableColumnsType<PendingReportItem> = [
    {
      key: 'title',
      title: t('reports.pending.target'),
      // On a phone the period goes under the title, so the title keeps a readable width beside the status.
      render: (_, i) => (
        <>
          <Link to={`/targets/${i.targetId}#reports`}>{i.title}</Link>
          {phone ? <div className="muted small">{formatPeriodKey(i.periodKey)}</div> : null}
        </>
      ),
    },
    { key: 'period', title: t('reports.pending.period'), width: 110, responsive: NOT_ON_PHONE, render: (_, i) => formatPeriodKey(i.periodKey) },
    { key: 'due', title: t('reports.pending.due'), width: 120, responsive: ['sm'], render: (_, i) => lastDay(i.dueAt) },
    {
      key: 'status',
      title: t('reports.pending.status'),
      width: phone ? 84 : 100,
      render: (_, i) => (
        <Tag color={i.overdue ? 'red' : 'blue'} data-testid="pending-status">
          {i.overdue ? t('reports.pending.overdue') : t('reports.pending.dueSoon')}
        </Tag>
      ),
    },
    {
      key: 'action',
      title: t('common.table.actions'),
      width: phone ? 64 : 90,
      render: (_, i) => (
        <Button type="primary" size="small" onClick={() => setReporting(i)} data-testid="pending-report">
          {t('reports.pending.report')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={
        <span>
          <FormOutlined style={{ marginInlineEnd: 8 }} />
          {t('reports.pending.title')}
          {overdue ? (
            <Typography.Text type="danger" style={{ marginInlineStart: 8, fontSize: 13, fontWeight: 'normal' }}>
              {t('reports.pending.overdueCount', { count: overdue })}
            </Typography.Text>
          ) : null}
        </span>
      }
      extra={<Link to="/reports">{t('reports.pending.all')}</Link>}
      data-testid="home-pending-reports"
    >
      <Table<PendingReportItem>
        rowKey={(i) => `${i.targetId}-${i.periodKey}`}
        size="small"
        columns={columns}
        dataSource={items}
        loading={query.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          onChange: setPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: (n) => t('common.table.total', { total: n }),
        }}
        rowClassName={(i) => (i.overdue ? 'pending-overdue' : '')}
        locale={tableLocale({
          error: query.error,
          onRetry: () => void query.refetch(),
          empty: t('reports.pending.empty'),
          loading: query.isLoading,
        })}
      />
      {reporting ? (
        <ReportFormModal
          open
          target={{
            id: reporting.targetId,
            title: reporting.title,
            unitName: reporting.unitName,
            metricTarget: reporting.metricTarget,
            metricUnit: reporting.metricUnit,
          }}
          periodKey={reporting.periodKey}
          plannedPercent={reporting.plannedPercent}
          lateIfSubmitted={reporting.overdue}
          onClose={() => setReporting(null)}
          onSaved={() => {
            setReporting(null);
            // The only row of a later page reported: show the page before it rather than an empty one.
            if (items.length === 1 && page > 1) setPage(page - 1);
          }}
        />
      ) : null}
    </Card>
  );
}
