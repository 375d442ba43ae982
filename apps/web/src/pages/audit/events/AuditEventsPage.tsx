import { useState } from 'react';
import { Alert, Card, DatePicker, Flex, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditEvent } from '@jx/contract';
import { useAuditEvents, useVerifyAudit, type AuditEventQuery } from '../../../api/audit';
import { PageHeader } from '../../../components/PageHeader';
import { TextFilter } from '../../../components/TextFilter';
import { tableLocale } from '../../../components/tableLocale';
import { useServerTable } from '../../../hooks/useServerTable';
import { useT } from '../../../locales';
import { auditEventColumns } from './columns';
import { AuditEventDrawer } from './AuditEventDrawer';
import { VerifyChainButton, VerifyResult } from './VerifyChain';

interface Filters {
  actor?: string;
  action?: string;
  objectType?: string;
  outcome?: 'SUCCESS' | 'DENIED';
  from?: string;
  to?: string;
}
const INITIAL_FILTERS: Filters = {};

export function AuditEventsPage() {
  const t = useT();
  const table = useServerTable<'at', Filters>({ defaultSort: 'at', defaultOrder: 'desc', sendSort: false, initialFilters: INITIAL_FILTERS });
  const query = useAuditEvents(table.query as AuditEventQuery);
  const verify = useVerifyAudit();
  const [open, setOpen] = useState<AuditEvent | null>(null);
  const f = table.state.filters;
  const filtered = Object.values(f).some((v) => v !== undefined);

  return (
    <>
      <PageHeader title={t('audit.events.title')} subTitle={t('audit.events.subtitle')} extra={<VerifyChainButton verify={verify} />} />
      <VerifyResult result={verify.data} onClose={() => verify.reset()} />
      <Card>
        <Flex className="filter-bar" gap={12} wrap align="center">
          <TextFilter placeholder={t('audit.events.filters.actor')} onApply={(actor) => table.setFilters({ actor })} width={150} />
          <TextFilter placeholder={t('audit.events.filters.action')} onApply={(action) => table.setFilters({ action })} width={200} />
          <TextFilter placeholder={t('audit.events.filters.objectType')} onApply={(objectType) => table.setFilters({ objectType })} width={180} />
          <Select<'SUCCESS' | 'DENIED'>
            allowClear
            style={{ width: 110 }}
            placeholder={t('audit.events.filters.outcome')}
            value={f.outcome}
            onChange={(outcome) => table.setFilters({ outcome })}
            options={(['SUCCESS', 'DENIED'] as const).map((o) => ({ value: o, label: t(`enums.auditOutcomes.${o}`) }))}
          />
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={[t('audit.events.filters.rangeStart'), t('audit.events.filters.rangeEnd')]}
            onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
              table.setFilters({ from: range?.[0]?.format() ?? undefined, to: range?.[1]?.format() ?? undefined })
            }
          />
        </Flex>
        {query.isError && query.data ? <Alert type="error" showIcon title={t('common.errors.loadFailed')} style={{ marginBottom: 12 }} /> : null}
        <Table<AuditEvent>
          data-testid="audit-events-table"
          rowKey="seq"
          size="small"
          columns={auditEventColumns(t, table.state.order === 'asc' ? 'ascend' : 'descend')}
          dataSource={query.data?.items ?? []}
          loading={query.isFetching}
          onChange={table.onChange}
          pagination={table.pagination(query.data?.total)}
          scroll={{ x: 1200 }}
          onRow={(e) => ({ onClick: () => setOpen(e), className: 'clickable-row' })}
          locale={tableLocale({
            error: query.data ? null : query.error,
            onRetry: () => void query.refetch(),
            empty: filtered ? t('audit.events.empty') : t('audit.events.emptyAll'),
            loading: query.isLoading,
          })}
        />
      </Card>
      <AuditEventDrawer event={open} onClose={() => setOpen(null)} />
    </>
  );
}

export default AuditEventsPage;
