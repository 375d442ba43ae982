import { useMemo, useState } from 'react';
import { Button, Card, Flex, Tooltip, TreeSelect } from 'antd';
import { FileWordOutlined, PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import {
  bulkAssignTargets,
  createTarget,
  downloadResponsibilityLetter,
  downloadTargetImportTemplate,
  exportTargets,
  importTargets,
  listTargets,
  TARGET_ORIGINS,
  TARGET_STATUSES,
  type TargetListItem,
} from '@jx/contract';
import { useIndicatorTree } from '../../api/framework';
import type { QueryInput } from '../../api/client';
import { useTargets } from '../../api/targets';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ExportButton } from '../../components/ExportButton';
import { isFiltered } from '../../components/isFiltered';
import { ListFilters } from '../../components/ListFilters';
import { PageHeader } from '../../components/PageHeader';
import { yearProblem } from '../../components/yearProblem';
import { ServerTable } from '../../components/ServerTable';
import { unpinned, usePhone } from '../../hooks/usePhone';
import { useServerTable, type FiltersOf, type SortOf } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { enumParam } from '../../utils/enumParam';
import { BulkAssignModal } from './BulkAssignModal';
import { TargetImportModal } from './import/TargetImportModal';
import { targetColumns } from './columns';
import { indicatorOptions } from './indicatorOptions';
import { allowedActions, isUnitOnly, useYearChoice } from './shared';
import { useTargetActions } from './useTargetActions';

type Filters = FiltersOf<typeof listTargets>;
const SORTABLE: readonly SortOf<typeof listTargets>[] = ['title', 'deadline', 'maxScore', 'status', 'updatedAt', 'unitName'];

/** 目标管理: the year's targets in the user's scope, filtered, with the actions each row allows. */
export function TargetsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const specialTaskId = search.get('specialTaskId') ?? undefined;
  const linkedStatus = enumParam(search.get('status'), TARGET_STATUSES);
  const user = useCurrentUser();
  const unitOnly = isUnitOnly(user.roles);
  const canCreate = canCall(createTarget, user.roles);
  const canAssign = canCall(bulkAssignTargets, user.roles);
  const canImport = canCall(importTargets, user.roles);
  const { years, yearId, year, picker } = useYearChoice();
  const table = useServerTable(listTargets, {
    defaultSort: 'updatedAt',
    defaultOrder: 'desc',
    sortable: SORTABLE,
    linkedFilters: linkedStatus ? { status: linkedStatus } : undefined,
  });
  const listQuery: QueryInput<typeof listTargets> = { ...table.query, yearId, specialTaskId, ...(unitOnly && user.unitId ? { unitId: user.unitId } : {}) };
  const query = useTargets(listQuery, !!yearId);
  // The export takes the list's filters and sort, without paging.
  const { page: _page, pageSize: _pageSize, ...exportQuery } = listQuery;
  const tree = useIndicatorTree(yearId);
  const indicatorTree = useMemo(
    () => indicatorOptions(tree.data?.roots ?? [], table.state.filters.targetTypeId),
    [tree.data, table.state.filters.targetTypeId],
  );
  const actions = useTargetActions();
  const phone = usePhone();
  const [assigning, setAssigning] = useState(false);
  const [importing, setImporting] = useState(false);
  const f = table.state.filters;
  const filtered = isFiltered(f);
  const closed = year?.status === 'CLOSED';
  // 目标责任书 is one unit's: the unit chosen in the filter (a unit user's own unit, always).
  const canLetter = canCall(downloadResponsibilityLetter, user.roles);
  const letterUnitId = listQuery.unitId;

  const columns = targetColumns(t, {
    sortOrderOf: table.sortOrderOf,
    actionsOf: (r) =>
      closed ? allowedActions(r, user.roles).filter((a) => a === 'approve' || a === 'return' || a === 'publish') : allowedActions(r, user.roles),
    onAction: (a, r) => actions.run(a, r),
    hideUnit: unitOnly,
    phone,
  });

  const extra = (
    <>
      {picker}
      {canAssign && yearId && !closed ? (
        <Button icon={<SendOutlined />} onClick={() => setAssigning(true)} data-testid="target-bulk-assign">
          {t('targets.bulkAssign')}
        </Button>
      ) : null}
      {yearId ? (
        <ExportButton route={exportTargets} query={exportQuery} fallbackName={t('excel.exportFallbackName')} data-testid="target-export">
          {t('excel.export')}
        </ExportButton>
      ) : null}
      {yearId && canLetter ? (
        <Tooltip title={letterUnitId ? undefined : t('targets.letter.chooseUnit')}>
          {/* a span, so the hint shows on a disabled button too */}
          <span>
            <ExportButton
              route={downloadResponsibilityLetter}
              query={{ yearId, unitId: letterUnitId ?? '' }}
              disabled={!letterUnitId}
              icon={<FileWordOutlined />}
              fallbackName={t('targets.letter.fallbackName')}
              data-testid="target-responsibility-letter"
            >
              {t('targets.letter.download')}
            </ExportButton>
          </span>
        </Tooltip>
      ) : null}
      {canImport && yearId && !closed ? (
        <>
          <ExportButton
            route={downloadTargetImportTemplate}
            query={{ yearId }}
            fallbackName={t('excel.templateFallbackName')}
            data-testid="target-import-template"
          >
            {t('excel.template')}
          </ExportButton>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="target-import">
            {t('excel.import')}
          </Button>
        </>
      ) : null}
      {canCreate && yearId && !closed ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/targets/new?yearId=${yearId}`)} data-testid="target-create">
          {t('targets.create')}
        </Button>
      ) : null}
    </>
  );

  const indicatorFilter = (
    <TreeSelect
      allowClear
      style={{ width: 220 }}
      placeholder={t('targets.filters.indicator')}
      aria-label={t('targets.filters.indicator')}
      value={f.indicatorId}
      treeData={indicatorTree}
      loading={tree.isLoading}
      showSearch={{ treeNodeFilterProp: 'searchText' }}
      popupMatchSelectWidth={false}
      onChange={(v: string | undefined) => table.setFilters({ indicatorId: v })}
      data-testid="target-filter-indicator"
    />
  );

  const body = yearProblem(years, t) ?? (
    <Card>
      <ListFilters<Filters>
        table={table}
        unitOnly={unitOnly}
        fields={[
          { kind: 'unit', name: 'unitId', placeholder: t('targets.filters.unit'), ownUnit: 'fixed', testId: 'target-filter-unit' },
          { kind: 'targetType', name: 'targetTypeId', placeholder: t('targets.filters.type'), clears: ['indicatorId'], testId: 'target-filter-type' },
          { kind: 'custom', key: 'indicatorId', node: indicatorFilter },
          {
            kind: 'select',
            name: 'status',
            placeholder: t('targets.filters.status'),
            width: 120,
            options: TARGET_STATUSES.map((s) => ({ value: s, label: t(`targets.statuses.${s}`) })),
            testId: 'target-filter-status',
          },
          {
            kind: 'select',
            name: 'origin',
            placeholder: t('targets.filters.origin'),
            width: 120,
            options: TARGET_ORIGINS.map((o) => ({ value: o, label: t(`targets.origins.${o}`) })),
          },
          { kind: 'text', name: 'q', placeholder: t('targets.filters.keyword'), width: 220, testId: 'target-search' },
        ]}
      />
      <ServerTable<TargetListItem>
        data-testid="target-table"
        rowKey="id"
        size="middle"
        columns={phone ? unpinned(columns) : columns}
        query={query}
        table={table}
        scroll={{ x: phone ? 560 : unitOnly ? 1050 : 1200 }}
        empty={filtered ? t('targets.emptyFiltered') : canCreate ? t('targets.empty') : t('targets.emptyReadOnly')}
      />
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('targets.title')}
        subTitle={t('targets.subtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            {extra}
          </Flex>
        }
      />
      {body}
      {actions.element}
      {assigning && yearId ? <BulkAssignModal yearId={yearId} onClose={() => setAssigning(false)} /> : null}
      {importing && yearId ? <TargetImportModal yearId={yearId} onClose={() => setImporting(false)} /> : null}
    </>
  );
}

export default TargetsPage;
