import { useMemo, useState } from 'react';
import { Button, Card, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ADJUSTMENT_KINDS, ADJUSTMENT_STATUSES, exportAdjustments, fileAdjustment, listAdjustments, subjectOf, type Adjustment } from '@jx/contract';
import { useAdjustmentCategories, useAdjustments } from '../../api/adjustments';
import { useAssessedUnits } from '../../api/years';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ExportButton } from '../../components/ExportButton';
import { isFiltered } from '../../components/isFiltered';
import { ListFilters } from '../../components/ListFilters';
import { ServerTable } from '../../components/ServerTable';
import { unpinned, usePhone } from '../../hooks/usePhone';
import { useServerTable, type FiltersOf } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { adjustmentColumns, LEDGER_MIN_WIDTH, LEDGER_PHONE_WIDTH } from './adjustmentColumns';
import { decidesAny } from './adjustmentRules';
import { FileAdjustmentModal } from './FileAdjustmentModal';
import { useAdjustmentActions } from './useAdjustmentActions';
import './adjustments.css';

type Filters = FiltersOf<typeof listAdjustments>;

/**
 * 加减分台账 of one year: a server-paged, sorted and filtered table (status, 考核对象, type, category), the points signed
 * and 一票否决 in red; 申报 for the departments and the office, 通过 / 驳回 for the office, the list's Excel export.
 */
export function AdjustmentLedger({ yearId, yearName }: { yearId: string; yearName: string }) {
  const t = useT();
  const phone = usePhone();
  const user = useCurrentUser();
  const subject = useMemo(() => subjectOf(user), [user]);
  const canFile = canCall(fileAdjustment, user.roles);
  const table = useServerTable(listAdjustments, { defaultSort: 'createdAt', defaultOrder: 'desc', sortable: ['createdAt', 'unitName', 'points', 'status'] });
  const query = useAdjustments({ ...table.query, yearId });
  const units = useAssessedUnits(yearId);
  const categories = useAdjustmentCategories(yearId);
  const actions = useAdjustmentActions();
  const [filing, setFiling] = useState(false);
  const filtered = isFiltered(table.state.filters);
  const { status, assessedUnitId, kind, categoryId, sort, order } = table.query;

  const columns = adjustmentColumns({
    t,
    subject,
    sortOrderOf: table.sortOrderOf,
    decides: decidesAny(subject),
    busyId: actions.busyId,
    onAction: actions.run,
    phone,
  });

  const empty = filtered ? (
    t('adjustments.emptyFiltered')
  ) : (
    <Flex vertical gap={8} align="center" data-testid="adjustments-empty">
      <span>{t('adjustments.empty', { year: yearName })}</span>
      {canFile ? (
        <>
          <span className="muted small">{t('adjustments.emptyFiler')}</span>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('adjustments.actions.file')}
          </Button>
        </>
      ) : null}
    </Flex>
  );

  return (
    <Card>
      <Flex justify="space-between" align="start" gap={12} wrap className="adjustment-toolbar">
        <ListFilters<Filters>
          table={table}
          fields={[
            {
              kind: 'select',
              name: 'status',
              placeholder: t('adjustments.filters.status'),
              options: ADJUSTMENT_STATUSES.map((s) => ({ value: s, label: t(`adjustments.statuses.${s}`) })),
              testId: 'adjustment-filter-status',
              width: 120,
            },
            {
              kind: 'select',
              name: 'assessedUnitId',
              placeholder: t('adjustments.filters.unit'),
              options: (units.data ?? []).map((u) => ({ value: u.id, label: u.unitName })),
              searchable: true,
              testId: 'adjustment-filter-unit',
              width: 200,
            },
            {
              kind: 'select',
              name: 'kind',
              placeholder: t('adjustments.filters.kind'),
              options: ADJUSTMENT_KINDS.map((k) => ({ value: k, label: t(`adjustments.kinds.${k}`) })),
              testId: 'adjustment-filter-kind',
              width: 120,
            },
            {
              kind: 'select',
              name: 'categoryId',
              placeholder: t('adjustments.filters.category'),
              options: (categories.data ?? []).map((c) => ({ value: c.id, label: c.name })),
              searchable: true,
              testId: 'adjustment-filter-category',
              width: 170,
            },
          ]}
        />
        <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
          <ExportButton
            route={exportAdjustments}
            query={{ yearId, status, assessedUnitId, kind, categoryId, sort, order }}
            fallbackName={t('excel.exportFallbackName')}
            data-testid="adjustment-export"
          >
            {t('adjustments.actions.export')}
          </ExportButton>
          {canFile ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)} data-testid="adjustment-file">
              {t('adjustments.actions.file')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <ServerTable<Adjustment>
        data-testid="adjustment-table"
        rowKey="id"
        size="middle"
        columns={phone ? unpinned(columns) : columns}
        query={query}
        table={table}
        tableLayout="fixed"
        scroll={{ x: phone ? LEDGER_PHONE_WIDTH : LEDGER_MIN_WIDTH }}
        rowClassName={(a) => (a.kind === 'VETO' ? 'row-veto' : '')}
        empty={empty}
      />
      <FileAdjustmentModal open={filing} yearId={yearId} onClose={() => setFiling(false)} />
      {actions.element}
    </Card>
  );
}
