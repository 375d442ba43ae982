import { useState } from 'react';
import { Card, DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditEvent } from '@jx/contract';
import { useAuditEvents, useVerifyAudit, type AuditEventQuery } from '../../../api/audit';
import { PageHeader } from '../../../components/PageHeader';
import { FilterBar, ServerTable } from '../../../components/ServerTable';
import { TextFilter } from '../../../components/TextFilter';
import { useServerTable } from '../../../hooks/useServerTable';
import { useT } from '../../../locales';
import { auditEventColumns } from './columns';
import { ActionFilter } from './ActionFilter';
import { AuditEventDrawer } from './AuditEventDrawer';
import { OBJECT_TYPES } from './labels';
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
        <FilterBar>
          <TextFilter placeholder={t('audit.events.filters.actor')} onApply={(actor) => table.setFilters({ actor })} width={190} />
          <ActionFilter value={f.action} onChange={(action) => table.setFilters({ action })} width={240} />
          <Select<string>
            allowClear
            style={{ width: 140 }}
            popupMatchSelectWidth={false}
            placeholder={t('audit.events.filters.objectType')}
            value={f.objectType}
            onChange={(objectType) => table.setFilters({ objectType })}
            options={OBJECT_TYPES.map((o) => ({ value: o, label: t(`audit.events.objectTypes.${o}`) }))}
          />
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
        </FilterBar>
        <ServerTable<AuditEvent>
          data-testid="audit-events-table"
          rowKey="seq"
          size="small"
          columns={auditEventColumns(t, table.state.order === 'asc' ? 'ascend' : 'descend')}
          query={query}
          table={table}
          scroll={{ x: 1200 }}
          onRow={(e) => ({ onClick: () => setOpen(e), className: 'clickable-row' })}
          empty={filtered ? t('audit.events.empty') : t('audit.events.emptyAll')}
        />
      </Card>
      <AuditEventDrawer event={open} onClose={() => setOpen(null)} />
    </>
  );
}

export default AuditEventsPage;
