import { Card, Flex } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { exportReports, formatPeriodKey, listReports, periodKeys, type ProgressReport } from '@jx/contract';
import type { QueryInput } from '../../api/client';
import { useReports } from '../../api/reports';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ExportButton } from '../../components/ExportButton';
import { isFiltered } from '../../components/isFiltered';
import { ListFilters } from '../../components/ListFilters';
import { PageHeader } from '../../components/PageHeader';
import { yearProblem } from '../../components/yearProblem';
import { ServerTable } from '../../components/ServerTable';
import { NOT_ON_PHONE, unpinned, usePhone } from '../../hooks/usePhone';
import { useServerTable } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { isUnitOnly, useYearChoice } from '../targets/shared';
import { TimelinessTag } from './ReportStatusTag';

const PERIOD_OPTIONS = [...periodKeys('QUARTERLY'), ...periodKeys('MONTHLY')].map((k) => ({ value: k, label: formatPeriodKey(k) }));

/** /reports — 进展报告 in the caller's scope: year, unit, period and 迟报 filters, newest first, server paging. */
export function ReportsPage() {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const phone = usePhone();
  const unitOnly = isUnitOnly(user.roles);
  const { years, yearId, picker } = useYearChoice();
  const [search] = useSearchParams();
  // 首页 逾期报送的报告 links here with ?late=true.
  const table = useServerTable(listReports, {
    defaultSort: 'submittedAt',
    defaultOrder: 'desc',
    linkedFilters: search.get('late') === 'true' ? { late: 'true' } : undefined,
  });
  const listQuery: QueryInput<typeof listReports> = { ...table.query, yearId };
  const query = useReports(listQuery, !!yearId);
  // The export takes the list's filters and order, without paging.
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listQuery;
  const filtered = isFiltered(table.state.filters);

  const columns: ColumnsType<ProgressReport> = [
    {
      key: 'target',
      title: t('reports.fields.target'),
      width: phone ? 140 : 220,
      fixed: 'left',
      render: (_, r) => (
        <Link to={`/targets/${r.targetId}`} onClick={(e) => e.stopPropagation()}>
          {r.targetTitle}
        </Link>
      ),
    },
    ...(unitOnly ? [] : [{ key: 'unit', title: t('reports.fields.unit'), dataIndex: 'unitName', width: 160, responsive: NOT_ON_PHONE }]),
    { key: 'period', title: t('reports.fields.period'), width: 80, render: (_, r) => formatPeriodKey(r.periodKey) },
    { key: 'actual', title: t('reports.fields.actualPercent'), width: 100, align: 'right', responsive: NOT_ON_PHONE, render: (_, r) => `${r.actualPercent}%` },
    { key: 'timeliness', title: t('reports.fields.timeliness'), width: 90, render: (_, r) => <TimelinessTag late={r.late} /> },
    { key: 'reporter', title: t('reports.fields.reporter'), dataIndex: 'reportedByName', width: 150, responsive: NOT_ON_PHONE, ellipsis: { showTitle: true } },
    {
      key: 'submittedAt',
      title: t('reports.fields.submittedAt'),
      width: 190,
      responsive: NOT_ON_PHONE,
      sorter: true,
      sortOrder: table.sortOrderOf('submittedAt'),
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (_, r) => formatDateTime(r.submittedAt),
    },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Link to={`/reports/${r.id}`} onClick={(e) => e.stopPropagation()}>
          {t('reports.actions.view')}
        </Link>
      ),
    },
  ];

  const body = yearProblem(years, t) ?? (
    <Card>
      <ListFilters
        table={table}
        unitOnly={unitOnly}
        fields={[
          { kind: 'unit', name: 'unitId', placeholder: t('reports.filters.unit'), width: 240, testId: 'report-filter-unit' },
          {
            kind: 'select',
            name: 'periodKey',
            placeholder: t('reports.filters.period'),
            options: PERIOD_OPTIONS,
            searchable: true,
            testId: 'report-filter-period',
          },
          { kind: 'checkbox', name: 'late', value: 'true', label: t('reports.filters.lateOnly'), testId: 'report-filter-late' },
        ]}
      />
      <ServerTable<ProgressReport>
        data-testid="report-table"
        rowKey="id"
        size="middle"
        columns={phone ? unpinned(columns) : columns}
        query={query}
        table={table}
        scroll={{ x: phone ? 'max-content' : unitOnly ? 910 : 1070 }}
        rowClassName={() => 'clickable-row'}
        onRow={(r) => ({ onClick: () => void navigate(`/reports/${r.id}`) })}
        empty={filtered ? t('reports.emptyFiltered') : t('reports.empty')}
      />
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subTitle={unitOnly ? t('reports.subtitleUnit') : t('reports.subtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            {picker}
            {yearId ? (
              <ExportButton route={exportReports} query={exportQuery} fallbackName={t('excel.exportFallbackName')} data-testid="report-export">
                {t('excel.export')}
              </ExportButton>
            ) : null}
          </Flex>
        }
      />
      {body}
    </>
  );
}

export default ReportsPage;
