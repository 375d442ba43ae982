import { useState } from 'react';
import { Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { createOrder, exportOrders, listOrders, SUPERVISION_STATUSES, type SupervisionOrder, type SupervisionStatus } from '@jx/contract';
import { canCall } from '../../auth/access';
import { useOrders } from '../../api/supervision';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ExportButton } from '../../components/ExportButton';
import { isFiltered } from '../../components/isFiltered';
import { ListFilters } from '../../components/ListFilters';
import { pressable } from '../../components/pressable';
import { PageHeader } from '../../components/PageHeader';
import { yearProblem } from '../../components/yearProblem';
import { ServerTable } from '../../components/ServerTable';
import { NOT_ON_PHONE, unpinned, usePhone } from '../../hooks/usePhone';
import { useServerTable, type FiltersOf } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { enumParam } from '../../utils/enumParam';
import { isUnitOnly, useYearChoice } from '../targets/shared';
import { OrderDrawer } from './OrderDrawer';
import { OrderStatusTags } from './OrderStatusTags';
import { SUPERVISION_ANCHOR } from './OrdersSection';
import { useOrderActions } from './useOrderActions';

/** `overdue: 'true'`, 仅看逾期: not closed and past the due date. */
type Filters = FiltersOf<typeof listOrders>;
type CardKey = SupervisionStatus | 'ALL' | 'overdue';
const CARD_COLORS: Record<CardKey, string> = { ALL: '#1f5fbf', OPEN: '#d46b08', RESPONDED: '#1677ff', CLOSED: '#389e0d', overdue: '#cf1322' };

/** 我的待办 links here with ?status=, ?overdue=true (which spans 待回复 and 已回复, so it clears the status) and ?mine=true. */
function linkedFilters(search: URLSearchParams): Filters | undefined {
  const mine = search.get('mine') === 'true' ? { mine: 'true' as const } : {};
  if (search.get('overdue') === 'true') return { overdue: 'true', status: undefined, ...mine };
  const status = enumParam(search.get('status'), SUPERVISION_STATUSES);
  return status || mine.mine ? { status, ...mine } : undefined;
}

/**
 * 督办事项: every order in the user's scope, by year, status, unit and 逾期, with counts per status and overdue (from
 * the list response itself). A unit admin starts on 待回复 (what the unit must answer); the actions are in a drawer.
 */
export function SupervisionPage() {
  const t = useT();
  const phone = usePhone();
  const user = useCurrentUser();
  const unitOnly = isUnitOnly(user.roles);
  const responder = user.roles.includes('UNIT_ADMIN');
  // 批示跟踪: whoever issues orders may list only their own.
  const issuer = canCall(createOrder, user.roles);
  const { years, yearId, picker } = useYearChoice();
  const [initialFilters] = useState<Filters>(() => (responder ? { status: 'OPEN' } : {}));
  const [search] = useSearchParams();
  const table = useServerTable(listOrders, { initialFilters, linkedFilters: linkedFilters(search) });
  const query = useOrders({ ...table.query, yearId }, !!yearId);
  const { status, unitId, overdue } = table.query;
  const counts = query.data?.counts;
  const [selected, setSelected] = useState<SupervisionOrder | null>(null);
  const actions = useOrderActions({ onDone: (o) => setSelected((s) => (s?.id === o.id ? o : s)) });
  const f = table.state.filters;
  const filtered = isFiltered(f, initialFilters);
  const total = counts ? SUPERVISION_STATUSES.reduce((n, s) => n + counts[s], 0) : undefined;

  const columns: ColumnsType<SupervisionOrder> = [
    {
      key: 'target',
      title: t('supervision.fields.target'),
      width: phone ? 180 : 200,
      fixed: 'left',
      // On a phone the unit goes under the title and the status comes next, on screen without scrolling.
      render: (_, o) => (
        <>
          <Link to={`/targets/${o.targetId}#${SUPERVISION_ANCHOR}`} data-testid="order-target-link">
            {o.targetTitle}
          </Link>
          {phone && !unitOnly ? <div className="muted small">{o.unitName}</div> : null}
        </>
      ),
    },
    ...(unitOnly ? [] : [{ key: 'unit', title: t('supervision.fields.unit'), dataIndex: 'unitName', width: 150, responsive: NOT_ON_PHONE }]),
    {
      key: 'instruction',
      title: t('supervision.fields.instruction'),
      dataIndex: 'instruction',
      ellipsis: { showTitle: true },
      responsive: NOT_ON_PHONE,
    },
    { key: 'status', title: t('supervision.fields.status'), width: 140, render: (_, o) => <OrderStatusTags order={o} /> },
    {
      key: 'dueDate',
      title: t('supervision.fields.dueDate'),
      dataIndex: 'dueDate',
      width: 110,
      render: (v: string, o) => <Typography.Text type={o.overdue ? 'danger' : undefined}>{v}</Typography.Text>,
    },
    { key: 'issuedBy', title: t('supervision.fields.issuedBy'), dataIndex: 'issuedByName', width: 140, responsive: NOT_ON_PHONE },
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

  // The 逾期 card toggles 仅看逾期; the others pick a status (全部: none).
  const card = (key: CardKey, value: number | undefined) => {
    const active = key === 'overdue' ? !!f.overdue : key === 'ALL' ? !f.status : f.status === key;
    const pick = () =>
      key === 'overdue' ? table.setFilters({ overdue: f.overdue ? undefined : 'true' }) : table.setFilters({ status: key === 'ALL' ? undefined : key });
    return (
      <Col xs={12} sm={8} lg={{ flex: '1 1 0' }} key={key}>
        <Card
          hoverable
          {...pressable(pick, active)}
          style={{ borderTop: `3px solid ${CARD_COLORS[key]}`, ...(active ? { boxShadow: `0 0 0 1px ${CARD_COLORS[key]}` } : {}) }}
          data-testid={`order-count-${key}`}
          data-count={value ?? 0}
        >
          <Statistic
            title={key === 'ALL' ? t('supervision.all') : key === 'overdue' ? t('supervision.overdueCount') : t(`supervision.statuses.${key}`)}
            value={value ?? 0}
            loading={query.isLoading}
            styles={{ content: { color: CARD_COLORS[key] } }}
          />
        </Card>
      </Col>
    );
  };

  const emptyText = () => {
    if (f.overdue && !f.status && !f.unitId) return t('supervision.emptyOverdue');
    if (filtered) return t('supervision.emptyFiltered');
    return f.status === 'OPEN' ? t('supervision.emptyOpen') : t('supervision.empty');
  };

  const body = yearProblem(years, t) ?? (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {card('ALL', total)}
        {SUPERVISION_STATUSES.map((s) => card(s, counts?.[s]))}
        {card('overdue', counts?.overdue)}
      </Row>
      <Card>
        <ListFilters<Filters>
          table={table}
          unitOnly={unitOnly}
          initialFilters={initialFilters}
          fields={[
            {
              kind: 'select',
              name: 'status',
              placeholder: t('supervision.filters.status'),
              options: SUPERVISION_STATUSES.map((s) => ({ value: s, label: t(`supervision.statuses.${s}`) })),
              testId: 'order-filter-status',
            },
            { kind: 'unit', name: 'unitId', placeholder: t('supervision.filters.unit'), testId: 'order-filter-unit' },
            { kind: 'checkbox', name: 'overdue', value: 'true', label: t('supervision.filters.overdueOnly'), testId: 'order-filter-overdue' },
            ...(issuer
              ? [{ kind: 'checkbox' as const, name: 'mine' as const, value: 'true' as const, label: t('supervision.mine'), testId: 'order-filter-mine' }]
              : []),
          ]}
        />
        <ServerTable<SupervisionOrder>
          data-testid="order-table"
          rowKey="id"
          size="middle"
          columns={phone ? unpinned(columns) : columns}
          query={query}
          table={table}
          rowClassName={(o) => (o.overdue ? 'row-overdue' : '')}
          scroll={{ x: phone ? 610 : unitOnly ? 960 : 1110 }}
          empty={emptyText()}
        />
      </Card>
    </>
  );

  return (
    <>
      <PageHeader
        title={t('supervision.title')}
        subTitle={unitOnly ? t('supervision.subtitleUnit') : t('supervision.subtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            {picker}
            {yearId ? (
              <ExportButton
                route={exportOrders}
                query={{ yearId, status, unitId, overdue }}
                fallbackName={t('excel.exportFallbackName')}
                data-testid="order-export"
              >
                {t('excel.export')}
              </ExportButton>
            ) : null}
          </Flex>
        }
      />
      {body}
      <OrderDrawer order={selected} onClose={() => setSelected(null)} actions={selected ? actions.buttons(selected, 'middle') : null} />
      {actions.element}
    </>
  );
}

export default SupervisionPage;
