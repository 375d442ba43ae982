import { useMemo, useState } from 'react';
import { App, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { listRatings, RATING_STATUSES, ROSTERED_GROUPS, type RatingRow } from '@jx/contract';
import { useRaters, useRatingRows, useReturnRating } from '../../api/ratings';
import { useAssessedUnits } from '../../api/years';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { isFiltered } from '../../components/isFiltered';
import { ListFilters } from '../../components/ListFilters';
import { ServerTable } from '../../components/ServerTable';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useServerTable, type FiltersOf } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { RecordReasonModal } from '../assessment/RecordReasonModal';
import { ratingRowActions, UNIT_STATE_COLORS, unitState } from './ratingRules';

type Filters = FiltersOf<typeof listRatings>;

/** 评价明细: every rating of the period (who rated whom, which level, its state), filtered and paged, with 退回 on submitted ones. */
export function RatingDetailsTab({ periodId, yearId, categoryId }: { periodId: string; yearId: string; categoryId: string | undefined }) {
  const t = useT();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const table = useServerTable(listRatings, { pageSize: 20 });
  const query = useRatingRows({ ...table.query, periodId, categoryId });
  const roster = useRaters({ periodId, categoryId });
  const units = useAssessedUnits(yearId, categoryId);
  const ret = useReturnRating();
  const [returning, setReturning] = useState<RatingRow | null>(null);

  const raterOptions = useMemo(() => {
    const m = new Map<string, string>();
    for (const a of roster.data ?? []) m.set(a.raterAccountId, a.raterUnitName ? `${a.raterName}（${a.raterUnitName}）` : a.raterName);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [roster.data]);

  const doReturn = async (row: RatingRow, reason: string) => {
    try {
      await ret.mutateAsync({ params: { id: row.id }, body: { version: row.version, reason } });
      message.success(t('ratings.details.returned'));
      setReturning(null);
    } catch (e) {
      handleError(e, { onReload: () => setReturning(null) });
    }
  };

  const columns: ColumnsType<RatingRow> = [
    {
      key: 'unit',
      title: t('ratings.details.fields.unit'),
      width: 200,
      fixed: 'left',
      render: (_, r) => (
        <Flex vertical>
          <span data-testid="rating-row-unit">{r.unitName}</span>
          <Typography.Text type="secondary" className="small">
            {r.categoryName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'group',
      title: t('ratings.details.fields.group'),
      width: 150,
      render: (_, r) => (
        <Flex vertical>
          <span>{t(`ratings.groups.${r.group}`)}</span>
          {r.indicatorName ? (
            <Typography.Text type="secondary" className="small">
              {t('ratings.details.indicator', { name: r.indicatorName })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'rater',
      title: t('ratings.details.fields.rater'),
      width: 180,
      render: (_, r) => (
        <Flex vertical>
          <span data-testid="rating-row-rater">{r.raterName}</span>
          {r.raterUnitName ? (
            <Typography.Text type="secondary" className="small">
              {r.raterUnitName}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { key: 'level', title: t('ratings.details.fields.level'), dataIndex: 'level', width: 90 },
    {
      key: 'status',
      title: t('ratings.details.fields.status'),
      width: 90,
      render: (_, r) => {
        const s = unitState(r);
        return (
          <Tag color={UNIT_STATE_COLORS[s]} data-testid="rating-row-status" data-state={s}>
            {t(`ratings.states.${s}`)}
          </Tag>
        );
      },
    },
    {
      key: 'submittedAt',
      title: t('ratings.details.fields.submittedAt'),
      width: 150,
      render: (_, r) => (
        <Tooltip title={t('ratings.details.updatedAt', { at: formatDateTime(r.updatedAt) })}>
          <span>{formatDateTime(r.submittedAt) || '—'}</span>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 80,
      fixed: 'right',
      render: (_, r) =>
        ratingRowActions(r, user.roles).map((a) => (
          <Button key={a} type="link" size="small" danger style={{ paddingInline: 0 }} onClick={() => setReturning(r)} data-testid={`rating-row-${a}`}>
            {t(`ratings.details.actions.${a}`)}
          </Button>
        )),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <ListFilters<Filters>
        table={table}
        fields={[
          {
            kind: 'select',
            name: 'group',
            placeholder: t('ratings.details.filters.groupAll'),
            options: ROSTERED_GROUPS.map((g) => ({ value: g, label: t(`ratings.groups.${g}`) })),
            testId: 'rating-filter-group',
          },
          {
            kind: 'select',
            name: 'status',
            placeholder: t('ratings.details.filters.statusAll'),
            options: RATING_STATUSES.map((s) => ({ value: s, label: t(`ratings.states.${s}`) })),
            testId: 'rating-filter-status',
          },
          {
            kind: 'select',
            name: 'raterAccountId',
            placeholder: t('ratings.details.filters.raterAll'),
            options: raterOptions,
            searchable: true,
            width: 200,
            testId: 'rating-filter-rater',
          },
          {
            kind: 'select',
            name: 'assessedUnitId',
            placeholder: t('ratings.details.filters.unitAll'),
            options: (units.data ?? []).map((u) => ({ value: u.id, label: u.unitName })),
            searchable: true,
            width: 220,
            testId: 'rating-filter-unit',
          },
        ]}
      />
      <ServerTable<RatingRow>
        data-testid="rating-table"
        rowKey="id"
        size="middle"
        columns={columns}
        query={query}
        table={table}
        scroll={{ x: 950 }}
        empty={isFiltered(table.state.filters) ? t('ratings.details.emptyFiltered') : t('ratings.details.empty')}
      />
      {returning ? (
        <RecordReasonModal
          key={returning.id}
          title={t('ratings.details.returnTitle', { rater: returning.raterName, unit: returning.unitName })}
          okText={t('ratings.details.actions.return')}
          loading={ret.isPending}
          onCancel={() => setReturning(null)}
          onSubmit={(reason) => void doReturn(returning, reason)}
        />
      ) : null}
    </Flex>
  );
}
