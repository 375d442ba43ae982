import { useState } from 'react';
import { Alert, Button, Card, Select } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { downloadPersonImportTemplate, exportPersons, listPersons, onboardPerson, PERSON_SORT_FIELDS, type Person } from '@jx/contract';
import { usePersons } from '../../api/persons';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar, ServerTable } from '../../components/ServerTable';
import { TextFilter } from '../../components/TextFilter';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { usePhone } from '../../hooks/usePhone';
import { useServerTable, type FiltersOf } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { personColumns } from './columns';
import { DepartModal } from './DepartModal';
import { EditPersonModal } from './EditPersonModal';
import { OnboardModal } from './OnboardModal';
import { PersonImportModal } from './PersonImportModal';
import { PersonDrawer } from './PersonDrawer';
import { TransferModal } from './TransferModal';

type Filters = FiltersOf<typeof listPersons>;
const INITIAL_FILTERS: Filters = { status: 'ACTIVE' };

export function PersonsPage() {
  const t = useT();
  const phone = usePhone();
  const user = useCurrentUser();
  const canEdit = canCall(onboardPerson, user.roles);
  const table = useServerTable(listPersons, { defaultSort: 'staffNo', sortable: PERSON_SORT_FIELDS, initialFilters: INITIAL_FILTERS });
  const query = usePersons(table.query);
  const [onboarding, setOnboarding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const [transferring, setTransferring] = useState<Person | null>(null);
  const [departing, setDeparting] = useState<Person | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);

  const { page: _page, pageSize: _pageSize, ...exportQuery } = table.query;
  const filtered = !!(table.state.filters.q || table.state.filters.unitId || table.state.filters.status !== 'ACTIVE');

  const columns = personColumns(t, {
    phone,
    canEdit,
    sortOrderOf: table.sortOrderOf,
    onDetail: (p) => setDetailId(p.id),
    onEdit: setEditing,
    onTransfer: setTransferring,
    onDepart: setDeparting,
  });

  return (
    <>
      <PageHeader
        title={t('persons.title')}
        subTitle={t('persons.subtitle')}
        extra={
          <>
            <ExportButton route={exportPersons} query={exportQuery} fallbackName={t('persons.excel.exportFallbackName')} data-testid="person-export">
              {t('excel.export')}
            </ExportButton>
            {canEdit ? (
              <>
                <ExportButton route={downloadPersonImportTemplate} fallbackName={t('persons.excel.templateFallbackName')} data-testid="person-import-template">
                  {t('excel.template')}
                </ExportButton>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="person-import">
                  {t('excel.import')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setOnboarding(true)} data-testid="person-onboard">
                  {t('persons.onboard')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {!canEdit ? <Alert type="info" showIcon title={t('persons.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Card>
        <FilterBar filtered={filtered} onReset={table.resetFilters}>
          <TextFilter placeholder={t('persons.keywordPlaceholder')} width={240} onApply={(q) => table.setFilters({ q })} testId="person-search" />
          <UnitTreeSelect
            style={{ width: 260 }}
            placeholder={t('persons.unitFilter')}
            aria-label={t('persons.unitFilter')}
            value={table.state.filters.unitId}
            onChange={(v: string | undefined) => table.setFilters({ unitId: v })}
            includeInactive
            inactiveSelectable
          />
          <Select<Filters['status'] | 'ALL'>
            style={{ width: 140 }}
            aria-label={t('persons.statusFilter')}
            value={table.state.filters.status ?? 'ALL'}
            onChange={(v) => table.setFilters({ status: v === 'ALL' ? undefined : v })}
            options={[
              { value: 'ALL', label: `${t('persons.statusFilter')}：${t('common.states.all')}` },
              { value: 'ACTIVE', label: `${t('persons.statusFilter')}：${t('enums.personStatuses.ACTIVE')}` },
              { value: 'DEPARTED', label: `${t('persons.statusFilter')}：${t('enums.personStatuses.DEPARTED')}` },
            ]}
          />
        </FilterBar>
        <ServerTable<Person>
          data-testid="person-table"
          rowKey="id"
          size="middle"
          columns={columns}
          query={query}
          table={table}
          scroll={{ x: phone ? 440 : 960 }}
          empty={filtered ? t('persons.emptyFiltered') : t('persons.empty')}
        />
      </Card>
      <OnboardModal open={onboarding} onClose={() => setOnboarding(false)} />
      {importing ? <PersonImportModal onClose={() => setImporting(false)} /> : null}
      <EditPersonModal person={editing} onClose={() => setEditing(null)} />
      <TransferModal person={transferring} onClose={() => setTransferring(null)} />
      <DepartModal person={departing} onClose={() => setDeparting(null)} />
      <PersonDrawer personId={detailId} onClose={() => setDetailId(null)} />
    </>
  );
}

export default PersonsPage;
