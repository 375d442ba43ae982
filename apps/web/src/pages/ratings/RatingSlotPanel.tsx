import { useState } from 'react';
import { Alert, App, Button, Flex, Progress, Radio, Table, Tag, Tooltip, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, listWarnings, submitRatings, type MyRatingPeriod, type MyRatingSlot, type RatingUnit, type UnratedUnit } from '@jx/contract';
import { ratingKeys, useSaveRating, useSubmitRatings } from '../../api/ratings';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { isUnitOnly } from '../targets/shared';
import { UnitContext } from './UnitContext';
import { percentOf, returnedCount, slotSubmittable, UNIT_STATE_COLORS, unitEditable, unitState, unratedUnits, unratedUnitsOf } from './ratingRules';

/**
 * One slot of 我的评价: the scale, progress and 提交本组评价 above a table of the units to rate. Choosing a level saves
 * it as a draft at once (one save at a time per unit); a stale version reloads the page's data and says so.
 */
export function RatingSlotPanel({ slot, period }: { slot: MyRatingSlot; period: MyRatingPeriod }) {
  const t = useT();
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const qc = useQueryClient();
  const user = useCurrentUser();
  const save = useSaveRating();
  const submit = useSubmitRatings();
  const [pending, setPending] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<UnratedUnit[] | null>(null);
  const open = period.open;
  const canSubmit = canCall(submitRatings, user.roles);
  // Units rated by a unit-only account would open their own unit's lists: the context stays plain text for them.
  const linkContext = canCall(listWarnings, user.roles) && !isUnitOnly(user.roles);

  const unrated = unratedUnits(slot);
  const returned = returnedCount(slot);
  const refusedIds = new Set((refused ?? []).filter((r) => unrated.some((u) => u.assessedUnitId === r.assessedUnitId)).map((r) => r.assessedUnitId));
  const allDone = slot.expected > 0 && slot.submitted >= slot.expected;
  const slotName = [t(`ratings.groups.${slot.group}`), slot.categoryName, slot.indicatorName].filter(Boolean).join(' · ');

  const choose = async (u: RatingUnit, level: string) => {
    setPending((p) => ({ ...p, [u.assessedUnitId]: level }));
    try {
      await save.mutateAsync({
        periodId: slot.periodId,
        group: slot.group,
        assessedUnitId: u.assessedUnitId,
        indicatorId: slot.indicatorId,
        level,
        version: u.rating?.version,
      });
      message.success({ content: t('ratings.mine.saved'), key: 'rating-saved', duration: 1.5 });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        message.warning(t('ratings.mine.conflict', { unit: u.unitName }));
        await qc.invalidateQueries({ queryKey: ratingKeys.allMine });
      } else {
        handleError(e);
      }
    } finally {
      setPending(({ [u.assessedUnitId]: _done, ...rest }) => rest);
    }
  };

  const confirmSubmit = () =>
    modal.confirm({
      title: t('ratings.mine.submitConfirm', { slot: slotName, count: slot.units.length }),
      content: t('ratings.mine.submitContent'),
      okText: t('ratings.mine.submit'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'my-ratings-submit-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        try {
          const res = await submit.mutateAsync({
            body: { periodId: slot.periodId, group: slot.group, categoryId: slot.categoryId, indicatorId: slot.indicatorId },
          });
          setRefused(null);
          message.success(t('ratings.mine.submitted', { count: res.submitted }));
        } catch (e) {
          const units = unratedUnitsOf(e);
          if (units) setRefused(units);
          else handleError(e);
        }
      },
    });

  const levelColumn = (u: RatingUnit) => {
    const chosen = pending[u.assessedUnitId] ?? u.rating?.level;
    if (!unitEditable(u, open)) {
      return chosen ? (
        <Tag color="blue" data-testid="my-rating-level-text">
          {chosen}
        </Tag>
      ) : (
        <span data-testid="my-rating-level-text">—</span>
      );
    }
    return (
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        size="middle"
        value={chosen}
        disabled={u.assessedUnitId in pending}
        aria-label={`${t('ratings.mine.fields.level')} ${u.unitName}`}
        onChange={(e) => void choose(u, e.target.value as string)}
        options={slot.scale.levels.map((l) => ({ value: l.level, label: <Tooltip title={`${l.percent}%`}>{l.level}</Tooltip> }))}
        data-testid="my-rating-level"
      />
    );
  };

  const columns: ColumnsType<RatingUnit> = [
    {
      key: 'unit',
      title: t('ratings.mine.fields.unit'),
      dataIndex: 'unitName',
      width: 240,
      render: (name: string) => <span data-testid="my-rating-unit">{name}</span>,
    },
    {
      key: 'context',
      title: t('ratings.mine.fields.context'),
      width: 320,
      render: (_, u) => <UnitContext unit={u} yearId={period.yearId} link={linkContext} />,
    },
    { key: 'level', title: t('ratings.mine.fields.level'), width: 220, render: (_, u) => levelColumn(u) },
    {
      key: 'status',
      title: t('ratings.mine.fields.status'),
      width: 150,
      render: (_, u) => {
        const s = unitState(u.rating);
        return (
          <Flex vertical gap={2} align="flex-start">
            <Tag color={UNIT_STATE_COLORS[s]} data-testid="my-rating-status" data-state={s} style={{ marginInlineEnd: 0 }}>
              {u.assessedUnitId in pending ? t('ratings.mine.saving') : t(`ratings.states.${s}`)}
            </Tag>
            {s === 'RETURNED' && u.rating?.returnReason ? (
              <Typography.Text type="warning" className="small" data-testid="my-rating-return-reason">
                {t('ratings.mine.returnReason', { reason: u.rating.returnReason })}
              </Typography.Text>
            ) : null}
            {s === 'SUBMITTED' && u.rating?.submittedAt ? (
              <Typography.Text type="secondary" className="small">
                {formatDateTime(u.rating.submittedAt)}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="my-ratings-slot" data-group={slot.group}>
      <Flex gap={16} wrap align="center" justify="space-between">
        <Flex gap={16} wrap align="center">
          <Typography.Text>{t('ratings.mine.scale', { name: slot.scale.levels.map((l) => `${l.level} ${l.percent}%`).join(' / ') })}</Typography.Text>
          <Flex gap={8} align="center" style={{ minWidth: 220 }}>
            <Progress
              percent={percentOf(slot.submitted, slot.expected)}
              size="small"
              showInfo={false}
              style={{ width: 120, margin: 0 }}
              status={allDone ? 'success' : 'normal'}
            />
            <Typography.Text data-testid="my-ratings-progress">
              {t('ratings.mine.progress', { submitted: slot.submitted, expected: slot.expected })}
            </Typography.Text>
          </Flex>
        </Flex>
        {canSubmit && open && !allDone ? (
          <Flex gap={8} align="center">
            {unrated.length > 0 ? (
              <Typography.Text type="secondary" data-testid="my-ratings-unrated-count">
                {t('ratings.mine.unratedLocal', { count: unrated.length })}
              </Typography.Text>
            ) : null}
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={!slotSubmittable(slot, open) || Object.keys(pending).length > 0}
              loading={submit.isPending}
              onClick={confirmSubmit}
              data-testid="my-ratings-submit"
            >
              {t('ratings.mine.submit')}
            </Button>
          </Flex>
        ) : null}
        {allDone ? (
          <Tag color="success" icon={<CheckOutlined />} data-testid="my-ratings-all-submitted">
            {t('ratings.mine.allSubmitted')}
          </Tag>
        ) : null}
      </Flex>
      {returned > 0 ? <Alert type="warning" showIcon title={t('ratings.mine.returnedHint', { count: returned })} data-testid="my-ratings-returned" /> : null}
      {refusedIds.size > 0 ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefused(null) }}
          title={t('ratings.mine.unratedTitle', { count: refusedIds.size })}
          description={
            <span data-testid="my-ratings-unrated-list">
              {(refused ?? [])
                .filter((r) => refusedIds.has(r.assessedUnitId))
                .map((r) => r.unitName)
                .join('、')}
            </span>
          }
          data-testid="my-ratings-refused"
        />
      ) : null}
      <Table<RatingUnit>
        data-testid="my-ratings-table"
        rowKey="assessedUnitId"
        size="middle"
        columns={columns}
        dataSource={slot.units}
        pagination={false}
        scroll={{ x: 930 }}
        onRow={(u) => {
          const s = unitState(u.rating);
          const background = refusedIds.has(u.assessedUnitId) ? token.colorErrorBg : s === 'RETURNED' ? token.colorWarningBg : undefined;
          return { style: background ? { background } : undefined, 'data-state': s } as React.HTMLAttributes<HTMLElement>;
        }}
        locale={{ emptyText: t('ratings.mine.noUnits') }}
      />
    </Flex>
  );
}
