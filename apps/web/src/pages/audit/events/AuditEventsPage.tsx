import { useSearchParams } from 'react-router';
import { useState } from 'react';
import { Card, Select } from 'antd';
import { listAuditEvents, type AuditEvent } from '@jx/contract';
import { useAuditEvents, useVerifyAudit } from '../../../api/audit';
import { PageHeader } from '../../../components/PageHeader';
import { FilterBar, ServerTable } from '../../../components/ServerTable';
import { TextFilter } from '../../../components/TextFilter';
import { useServerTable } from '../../../hooks/useServerTable';
import { useT } from '../../../locales';
import { auditEventColumns } from './columns';
import { ActionFilter } from './ActionFilter';
import { AuditEventDrawer } from './AuditEventDrawer';
import { OBJECT_TYPES } from './labels';
import { linkedAuditFilters, OutcomeFilter, TimeRangeFilter } from '../AuditFilters';
import { VerifyChainButton, VerifyResult } from './VerifyChain';

export function AuditEventsPage() {
  const t = useT();
  const [search] = useSearchParams();
  const table = useServerTable(listAuditEvents, {
    defaultSort: 'at',
    defaultOrder: 'desc',
    linkedFilters: linkedAuditFilters(search, ['SUCCESS', 'DENIED'] as const),
  });
  const query = useAuditEvents(table.query);
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
            aria-label={t('audit.events.filters.objectType')}
            value={f.objectType}
            onChange={(objectType) => table.setFilters({ objectType })}
            options={OBJECT_TYPES.map((o) => ({ value: o, label: t(`audit.events.objectTypes.${o}`) }))}
          />
          <OutcomeFilter
            outcomes={['SUCCESS', 'DENIED'] as const}
            label={(o) => t(`enums.auditOutcomes.${o}`)}
            placeholder={t('audit.events.filters.outcome')}
            value={f.outcome}
            onChange={(outcome) => table.setFilters({ outcome })}
            width={110}
          />
          <TimeRangeFilter initial={f} onChange={(range) => table.setFilters(range)} />
        </FilterBar>
        <ServerTable<AuditEvent>
          data-testid="audit-events-table"
          rowKey="seq"
          size="small"
          columns={auditEventColumns(t, table.state.order === 'asc' ? 'ascend' : 'descend')}
          query={query}
          table={table}
          scroll={{ x: 1100 }}
          onRow={(e) => ({ onClick: () => setOpen(e), className: 'clickable-row' })}
          empty={filtered ? t('audit.events.empty') : t('audit.events.emptyAll')}
        />
      </Card>
      <AuditEventDrawer event={open} onClose={() => setOpen(null)} />
    </>
  );
}

export default AuditEventsPage;
