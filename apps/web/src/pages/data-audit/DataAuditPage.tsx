import { useState } from 'react';
import { Alert, Card, Flex, Table, Typography } from 'antd';
import type { DepartmentAudit } from '@jx/contract';
import { useDepartmentAudit } from '../../api/dataAudit';
import { PageHeader } from '../../components/PageHeader';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { usePeriodChoice } from '../assessment/usePeriodChoice';
import { ActivityDrawer } from './ActivityDrawer';
import { defaultAuditPeriod } from './auditRules';
import { departmentColumns } from './departmentColumns';

/**
 * 考核数据审计 (the office): per assessing department of a 考核时机, its logins within the period's assessment window,
 * its records by state, what it is expected to record and what is late. A department opens in a drawer with its
 * logins, its records (提交 / 退档 / 作废 from there) and the audit log of those records.
 */
export function DataAuditPage() {
  const t = useT();
  const [openId, setOpenId] = useState<string | null>(null);
  const { period, yearPicker, periodPicker, problem } = usePeriodChoice({
    defaultPeriodId: defaultAuditPeriod,
    year: { label: t('dataAudit.year'), placeholder: t('dataAudit.yearPlaceholder'), testId: 'data-audit-year-select' },
    period: {
      label: t('dataAudit.period'),
      placeholder: t('dataAudit.periodPlaceholder'),
      openText: t('dataAudit.periodOpen'),
      notOpenText: t('dataAudit.periodNotOpen'),
      testId: 'data-audit-period-select',
      width: 260,
    },
    noPeriods: { text: (year) => t('dataAudit.noPeriods', { year }), hint: t('dataAudit.noPeriodsHint'), testId: 'data-audit-no-periods' },
    onYearChange: () => setOpenId(null),
    onPeriodChange: () => setOpenId(null),
  });
  const audit = useDepartmentAudit(period?.id);
  const rows = audit.data?.items ?? [];
  const open = rows.find((r) => r.departmentId === openId) ?? null;
  const totals = rows.reduce((s, r) => ({ expected: s.expected + r.expected, late: s.late + r.late }), { expected: 0, late: 0 });
  const window = audit.data?.window;

  const body = problem ?? (
    <Card styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center" justify="space-between">
          {periodPicker}
          {audit.data && rows.length ? (
            <Typography.Text type="secondary" data-testid="data-audit-summary">
              {t('dataAudit.summary', { count: rows.length, expected: totals.expected, late: totals.late })}
            </Typography.Text>
          ) : null}
        </Flex>
        {audit.data ? (
          <Alert
            type="info"
            showIcon
            data-testid="data-audit-window"
            title={window ? t('dataAudit.window', { from: formatDateTime(window.from), to: formatDateTime(window.to) }) : t('dataAudit.windowNone')}
            description={window ? t('dataAudit.windowHint') : undefined}
          />
        ) : null}
        <Table<DepartmentAudit>
          data-testid="data-audit-table"
          rowKey="departmentId"
          size="middle"
          columns={departmentColumns(t, (r) => setOpenId(r.departmentId))}
          dataSource={rows}
          loading={!!period && audit.isFetching}
          scroll={{ x: 960 }}
          pagination={false}
          locale={tableLocale({
            error: audit.isError && !audit.data ? audit.error : undefined,
            onRetry: () => void audit.refetch(),
            loading: !!period && audit.isLoading,
            empty: period ? t('dataAudit.empty') : t('dataAudit.choosePeriod'),
          })}
        />
      </Flex>
    </Card>
  );

  return (
    <>
      <PageHeader title={t('dataAudit.title')} subTitle={t('dataAudit.subtitle')} extra={yearPicker} />
      {body}
      {period ? <ActivityDrawer department={open} period={period} onClose={() => setOpenId(null)} /> : null}
    </>
  );
}

export default DataAuditPage;
