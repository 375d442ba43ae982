import { useState } from 'react';
import { Button, Card, Col, Empty, Flex, Row, Select, Statistic, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { SUPERVISION_STATUSES, type SupervisionOrder, type SupervisionStatus } from '@jx/contract';
import { useOrderCounts, useOrders, type OrderQuery } from '../../api/supervision';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar, ServerTable } from '../../components/ServerTable';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useServerTable } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { isUnitOnly, useYearChoice } from '../targets/shared';
import { OrderDrawer } from './OrderDrawer';
import { OrderStatusTags } from './OrderStatusTags';
import { SUPERVISION_ANCHOR } from './OrdersSection';
import { useOrderActions } from './useOrderActions';

interface Filters {
  status?: SupervisionStatus;
  unitId?: string;
}
const CARD_COLORS: Record<SupervisionStatus | 'ALL', string> = { ALL: '#1f5fbf', OPEN: '#d46b08', RESPONDED: '#1677ff', CLOSED: '#389e0d' };

/**
 * 督办事项: every order in the user's scope, by year, status and unit, with counts per status. A unit admin starts
 * on 待回复 (what the unit must answer); the actions are in a drawer.
 */
export function SupervisionPage() {
  const t = useT();
  const user = useCurrentUser();
  const unitOnly = isUnitOnly(user.roles);
  const responder = user.roles.includes('UNIT_ADMIN');
  const { years, yearId, picker } = useYearChoice();
  const [initialFilters] = useState<Filters>(() => (responder ? { status: 'OPEN' } : {}));
  const table = useServerTable<never, Filters>({ initialFilters, sendSort: false });
  const { page, pageSize, status, unitId } = table.query as OrderQuery;
  const query = useOrders({ page, pageSize, status, unitId, yearId }, !!yearId);
  const counts = useOrderCounts({ unitId, yearId }, !!yearId);
  const [selected, setSelected] = useState<SupervisionOrder | null>(null);
  const actions = useOrderActions({ onDone: (o) => setSelected((s) => (s?.id === o.id ? o : s)) });
  const f = table.state.filters;
  const filtered = f.status !== initialFilters.status || !!f.unitId;
  const total = SUPERVISION_STATUSES.reduce((n, s) => n + (counts.counts[s] ?? 0), 0);

  const columns: ColumnsType<SupervisionOrder> = [
    {
      key: 'target',
      title: t('supervision.fields.target'),
      width: 200,
      fixed: 'left',
      render: (_, o) => (
        <Link to={`/targets/${o.targetId}#${SUPERVISION_ANCHOR}`} data-testid="order-target-link">
          {o.targetTitle}
        </Link>
      ),
    },
    ...(unitOnly ? [] : [{ key: 'unit', title: t('supervision.fields.unit'), dataIndex: 'unitName', width: 150 }]),
    {
      key: 'instruction',
      title: t('supervision.fields.instruction'),
      dataIndex: 'instruction',
      ellipsis: { showTitle: true },
    },
    { key: 'status', title: t('supervision.fields.status'), width: 140, render: (_, o) => <OrderStatusTags order={o} /> },
    {
      key: 'dueDate',
      title: t('supervision.fields.dueDate'),
      dataIndex: 'dueDate',
      width: 110,
      render: (v: string, o) => <Typography.Text type={o.overdue ? 'danger' : undefined}>{v}</Typography.Text>,
    },
    { key: 'issuedBy', title: t('supervision.fields.issuedBy'), dataIndex: 'issuedByName', width: 140 },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 180,
      fixed: 'right',
      render: (_, o) => (
        <Flex gap={4} align="center">
          <Button type="link" size="small" onClick={() => setSelected(o)} data-testid="order-detail">
            {t('supervision.actions.detail')}
          </Button>
          {actions.buttons(o)}
        </Flex>
      ),
    },
  ];

  const card = (key: SupervisionStatus | 'ALL', value: number | undefined) => {
    const active = key === 'ALL' ? !f.status : f.status === key;
    return (
      <Col xs={12} md={6} key={key}>
        <Card
          hoverable
          onClick={() => table.setFilters({ status: key === 'ALL' ? undefined : key })}
          style={{ borderTop: `3px solid ${CARD_COLORS[key]}`, ...(active ? { boxShadow: `0 0 0 1px ${CARD_COLORS[key]}` } : {}) }}
          data-testid={`order-count-${key}`}
          data-count={value ?? 0}
        >
          <Statistic
            title={key === 'ALL' ? t('supervision.all') : t(`supervision.statuses.${key}`)}
            value={value ?? 0}
            loading={counts.isLoading}
            styles={{ content: { color: CARD_COLORS[key] } }}
          />
        </Card>
      </Col>
    );
  };

  let body;
  if (years.isError) body = <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  else if (years.data && years.data.length === 0)
    body = (
      <Card>
        <Empty description={t('targets.noYears')} />
      </Card>
    );
  else
    body = (
      <>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          {card('ALL', total)}
          {SUPERVISION_STATUSES.map((s) => card(s, counts.counts[s]))}
        </Row>
        <Card>
          <FilterBar filtered={filtered} onReset={table.resetFilters}>
            <Select<SupervisionStatus>
              allowClear
              style={{ width: 150 }}
              placeholder={t('supervision.filters.status')}
              value={f.status}
              onChange={(v) => table.setFilters({ status: v })}
              options={SUPERVISION_STATUSES.map((s) => ({ value: s, label: t(`supervision.statuses.${s}`) }))}
              data-testid="order-filter-status"
            />
            {unitOnly ? null : (
              <UnitTreeSelect
                style={{ width: 220 }}
                placeholder={t('supervision.filters.unit')}
                value={f.unitId}
                onChange={(v: string | undefined) => table.setFilters({ unitId: v })}
                data-testid="order-filter-unit"
              />
            )}
          </FilterBar>
          <ServerTable<SupervisionOrder>
            data-testid="order-table"
            rowKey="id"
            size="middle"
            columns={columns}
            query={query}
            table={table}
            rowClassName={(o) => (o.overdue ? 'row-overdue' : '')}
            scroll={{ x: unitOnly ? 960 : 1110 }}
            empty={filtered ? t('supervision.emptyFiltered') : f.status === 'OPEN' ? t('supervision.emptyOpen') : t('supervision.empty')}
          />
        </Card>
      </>
    );

  return (
    <>
      <PageHeader title={t('supervision.title')} subTitle={unitOnly ? t('supervision.subtitleUnit') : t('supervision.subtitle')} extra={<Flex>{picker}</Flex>} />
      {body}
      <OrderDrawer order={selected} onClose={() => setSelected(null)} actions={selected ? actions.buttons(selected, 'middle') : null} />
      {actions.element}
    </>
  );
}

export default SupervisionPage;
