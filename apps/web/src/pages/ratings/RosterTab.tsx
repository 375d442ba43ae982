import { useMemo, useState } from 'react';
import { Button, Checkbox, Collapse, Empty, Flex, Progress, Skeleton, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { setRaters, type AssessmentPeriod, type Category, type RaterAssignment } from '@jx/contract';
import { useRaters } from '../../api/ratings';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { usePhone } from '../../hooks/usePhone';
import { useT } from '../../locales';
import { groupRoster, percentOf, raterProgress, unfinishedRaters, type RaterProgress, type RosterSlot } from './ratingRules';
import { SetRatersModal } from './SetRatersModal';

const PROGRESS_COLORS: Record<RaterProgress, string> = { DONE: 'success', PENDING: 'error', NONE: 'default' };

/** 评价名单 of a period: one panel per slot (category · group · indicator) with each rater's progress; 设置评价人 per slot. */
export function RosterTab({
  period,
  yearId,
  categoryId,
  categories,
}: {
  period: AssessmentPeriod;
  yearId: string;
  categoryId: string | undefined;
  categories: readonly Category[];
}) {
  const t = useT();
  const phone = usePhone();
  const user = useCurrentUser();
  const canSet = canCall(setRaters, user.roles);
  const roster = useRaters({ periodId: period.id, categoryId });
  const [onlyUnfinished, setOnlyUnfinished] = useState(false);
  const [editing, setEditing] = useState<RosterSlot | 'new' | null>(null);
  // The slots tapped away from how they start: on a desk every slot starts open (so a slot just added shows its raters);
  // on a phone every slot starts folded to its header and counts, or the page runs to many screens.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const startsOpen = !phone;
  const slots = useMemo(() => groupRoster(roster.data ?? []), [roster.data]);
  const shown = onlyUnfinished ? slots.filter((s) => s.unfinished > 0) : slots;
  const raterCount = slots.reduce((n, s) => n + s.raters.length, 0);

  const columns: ColumnsType<RaterAssignment> = [
    {
      key: 'rater',
      title: t('ratings.raters.fields.rater'),
      width: 200,
      render: (_, r) => (
        <Flex vertical>
          <span data-testid="roster-rater-name">{r.raterName}</span>
          <Typography.Text type="secondary" className="small">
            {r.raterUsername}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'unit', title: t('ratings.raters.fields.unit'), width: 200, render: (_, r) => r.raterUnitName ?? '—' },
    {
      key: 'progress',
      title: t('ratings.raters.fields.progress'),
      width: 220,
      render: (_, r) => (
        <Flex gap={8} align="center">
          <Progress
            percent={percentOf(r.submitted, r.expected)}
            size="small"
            showInfo={false}
            status={raterProgress(r) === 'DONE' ? 'success' : 'normal'}
            style={{ width: 110, margin: 0 }}
          />
          <span data-testid="roster-rater-progress">{t('ratings.raters.progress', { submitted: r.submitted, expected: r.expected })}</span>
        </Flex>
      ),
    },
    { key: 'drafts', title: t('ratings.raters.fields.drafts'), width: 80, align: 'right', render: (_, r) => r.drafts || '—' },
    {
      key: 'state',
      title: t('ratings.raters.fields.state'),
      width: 110,
      render: (_, r) => {
        const p = raterProgress(r);
        return (
          <Tag color={PROGRESS_COLORS[p]} data-testid="roster-rater-state" data-state={p}>
            {t(`ratings.raters.progressStates.${p}`)}
          </Tag>
        );
      },
    },
  ];

  if (roster.isLoading) return <Skeleton active />;
  if (roster.isError && !roster.data) return <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />;

  return (
    <Flex vertical gap={12} data-testid="roster">
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={12} wrap align="center">
          <Typography.Text data-testid="roster-summary">
            {t('ratings.raters.summary', { slots: slots.length, raters: raterCount, unfinished: unfinishedRaters(slots) })}
          </Typography.Text>
          <Checkbox checked={onlyUnfinished} onChange={(e) => setOnlyUnfinished(e.target.checked)} data-testid="roster-only-unfinished">
            {t('ratings.raters.onlyUnfinished')}
          </Checkbox>
        </Flex>
        {canSet ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="roster-add-slot">
            {t('ratings.raters.addSlot')}
          </Button>
        ) : null}
      </Flex>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={slots.length ? t('ratings.raters.emptyFiltered') : t('ratings.raters.empty')} />
      ) : (
        <Collapse
          activeKey={shown.filter((s) => toggled.has(s.key) !== startsOpen).map((s) => s.key)}
          onChange={(keys) => {
            const open = new Set(Array.isArray(keys) ? keys : [keys]);
            setToggled(new Set(shown.filter((s) => open.has(s.key) !== startsOpen).map((s) => s.key)));
          }}
          items={shown.map((s) => ({
            key: s.key,
            label: <SlotHeader slot={s} />,
            extra: canSet ? (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={(e) => {
                  e.stopPropagation();
                  setEditing(s);
                }}
                data-testid="roster-edit-slot"
                // On a phone the icon alone, so the button stays inside the group's header.
                aria-label={t('ratings.raters.editSlot')}
              >
                {phone ? null : t('ratings.raters.editSlot')}
              </Button>
            ) : null,
            children: (
              <Table<RaterAssignment>
                size="small"
                rowKey="id"
                columns={columns}
                dataSource={s.raters}
                pagination={s.raters.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                scroll={{ x: 810 }}
                onRow={() => ({ 'data-testid': 'roster-rater' }) as React.HTMLAttributes<HTMLElement>}
              />
            ),
          }))}
          data-testid="roster-slots"
        />
      )}
      {editing ? (
        <SetRatersModal
          periodId={period.id}
          yearId={yearId}
          categories={categories}
          slot={editing === 'new' ? null : editing}
          defaultCategoryId={categoryId}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  );
}

function SlotHeader({ slot }: { slot: RosterSlot }) {
  const t = useT();
  const done = slot.raters.length - slot.unfinished;
  return (
    <Flex gap="4px 12px" wrap align="center" data-testid="roster-slot-header">
      <Typography.Text strong data-testid="roster-slot-title">
        {[slot.categoryName, t(`ratings.groups.${slot.group}`), slot.indicatorName].filter(Boolean).join(' · ')}
      </Typography.Text>
      <Tag style={{ marginInlineEnd: 0 }}>{t('ratings.raters.scale', { name: slot.scaleName })}</Tag>
      <Typography.Text type="secondary" data-testid="roster-slot-progress">
        {t('ratings.raters.slotProgress', { done, total: slot.raters.length })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('ratings.raters.slotSubmitted', { submitted: slot.submitted, expected: slot.expected })}</Typography.Text>
      {slot.unfinished > 0 ? (
        <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="roster-slot-unfinished">
          {t('ratings.raters.progressStates.PENDING')} {slot.unfinished}
        </Tag>
      ) : (
        <Tag color="success" style={{ marginInlineEnd: 0 }} data-testid="roster-slot-done">
          {t('ratings.raters.progressStates.DONE')}
        </Tag>
      )}
    </Flex>
  );
}
