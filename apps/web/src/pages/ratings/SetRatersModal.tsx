import { useEffect, useMemo, useRef } from 'react';
import { App, Button, Flex, Form, Select, TreeSelect, Typography } from 'antd';
import { ROSTERED_GROUPS, type Category, type IndicatorNode, type RaterGroup } from '@jx/contract';
import { useIndicatorTree } from '../../api/framework';
import { useRaterCandidates, useRaters, useRatingScales, useSetRaters } from '../../api/ratings';
import { FormModal } from '../../components/form/FormModal';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { defaultScaleId, ratedRatersOf, slotKey, type RosterSlot } from './ratingRules';

interface Values {
  categoryId?: string;
  group?: RaterGroup;
  indicatorId?: string | null;
  scaleId?: string;
  raterAccountIds: string[];
}

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}
const treeOptions = (nodes: readonly IndicatorNode[]): TreeOption[] =>
  nodes.map((n) => ({ value: n.id, title: `${n.code} ${n.name}`, children: treeOptions(n.children) }));

/**
 * 设置评价人 of one slot (category × group × indicator): the scale and the whole list of raters, chosen from the accounts
 * the slot may name. Editing a slot keeps its identity; a new one starts from whatever the chosen slot has already.
 * Removing raters who have submitted asks first, then resends with `confirm` (their ratings of the slot are deleted).
 */
export function SetRatersModal({
  periodId,
  yearId,
  categories,
  slot,
  defaultCategoryId,
  onClose,
}: {
  periodId: string;
  yearId: string;
  categories: readonly Category[];
  slot: RosterSlot | null;
  defaultCategoryId?: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const set = useSetRaters();
  const categoryId = Form.useWatch('categoryId', form) ?? slot?.categoryId ?? defaultCategoryId;
  const group = Form.useWatch('group', form) ?? slot?.group;
  const indicatorId = Form.useWatch('indicatorId', form) ?? slot?.indicatorId ?? null;
  const chosen: string[] = Form.useWatch('raterAccountIds', form) ?? [];
  const scales = useRatingScales(yearId);
  const tree = useIndicatorTree(group === 'ORG' ? yearId : undefined);
  const candidates = useRaterCandidates({ periodId, categoryId, group });
  // The slot's raters as they are now: a new slot that exists already starts from them (a set replaces the whole list).
  const current = useRaters(categoryId && group ? { periodId, categoryId, group } : undefined);
  const currentRaters = useMemo(() => (current.data ?? []).filter((a) => (a.indicatorId ?? null) === (indicatorId ?? null)), [current.data, indicatorId]);
  const prefilled = useRef<string | null>(slot ? slotKey(slot) : null);

  useEffect(() => {
    if (slot || !categoryId || !group || !current.data || !scales.data) return;
    const key = slotKey({ categoryId, group, indicatorId: indicatorId ?? null });
    if (prefilled.current === key) return;
    prefilled.current = key;
    form.setFieldsValue({
      raterAccountIds: currentRaters.map((r) => r.raterAccountId),
      scaleId: currentRaters[0]?.scaleId ?? defaultScaleId(scales.data, group),
    });
  }, [slot, categoryId, group, indicatorId, current.data, currentRaters, scales.data, form]);

  const options = useMemo(() => {
    const byId = new Map<string, { value: string; label: string; search: string }>();
    for (const c of candidates.data ?? []) {
      byId.set(c.accountId, {
        value: c.accountId,
        label: `${c.displayName}（${c.unitName ?? c.username}）`,
        search: `${c.displayName} ${c.username} ${c.unitName ?? ''}`,
      });
    }
    // Raters on the list now whom the candidates no longer offer (e.g. disabled since) still show by name.
    for (const r of currentRaters) {
      if (!byId.has(r.raterAccountId)) {
        byId.set(r.raterAccountId, {
          value: r.raterAccountId,
          label: `${r.raterName}（${r.raterUnitName ?? r.raterUsername}）`,
          search: `${r.raterName} ${r.raterUsername} ${r.raterUnitName ?? ''}`,
        });
      }
    }
    return [...byId.values()];
  }, [candidates.data, currentRaters]);

  const send = async (v: Values, confirm: boolean) => {
    try {
      await set.mutateAsync({
        body: {
          periodId,
          categoryId: v.categoryId ?? categoryId!,
          group: v.group ?? group!,
          indicatorId: (v.group ?? group) === 'ORG' ? (v.indicatorId ?? indicatorId ?? null) : null,
          scaleId: v.scaleId!,
          raterAccountIds: v.raterAccountIds,
          confirm,
        },
      });
      message.success(t('ratings.raters.form.saved'));
      onClose();
    } catch (e) {
      const rated = confirm ? null : ratedRatersOf(e);
      if (!rated) {
        handleError(e, { form });
        return;
      }
      modal.confirm({
        title: t('ratings.raters.form.confirmTitle'),
        content: (
          <Flex vertical gap={4} data-testid="raters-confirm-list">
            <span>{t('ratings.raters.form.confirmContent')}</span>
            {rated.map((r) => (
              <span key={r.raterAccountId}>{t('ratings.raters.form.confirmRater', { name: r.raterName, count: r.submitted })}</span>
            ))}
          </Flex>
        ),
        okText: t('ratings.raters.form.confirmOk'),
        okType: 'danger',
        cancelText: t('common.actions.cancel'),
        okButtonProps: { 'data-testid': 'raters-confirm-ok' } as Record<`data-${string}`, string>,
        onOk: () => send(v, true),
      });
    }
  };

  const slotName = slot ? [slot.categoryName, t(`ratings.groups.${slot.group}`), slot.indicatorName].filter(Boolean).join(' · ') : '';
  const slotChosen = !!categoryId && !!group;

  return (
    <FormModal<Values>
      open
      title={slot ? t('ratings.raters.form.titleEdit', { slot: slotName }) : t('ratings.raters.form.titleNew')}
      form={form}
      onCancel={onClose}
      onFinish={(v) => void send(v, false)}
      confirmLoading={set.isPending}
      width={680}
      initialValues={{
        categoryId: slot?.categoryId ?? defaultCategoryId,
        group: slot?.group,
        indicatorId: slot?.indicatorId ?? null,
        scaleId: slot?.scaleId,
        raterAccountIds: slot?.raters.map((r) => r.raterAccountId) ?? [],
      }}
      onValuesChange={(changed: Partial<Values>) => {
        if ('group' in changed && changed.group !== 'ORG') form.setFieldValue('indicatorId', null);
      }}
      testId="raters-form"
    >
      <Flex gap={12}>
        <Form.Item
          name="categoryId"
          label={t('ratings.raters.form.category')}
          rules={[{ required: true, message: t('ratings.raters.form.categoryRequired') }]}
          style={{ flex: 1 }}
        >
          <Select
            disabled={!!slot}
            aria-label={t('ratings.raters.form.category')}
            options={categories.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="raters-form-category"
          />
        </Form.Item>
        <Form.Item
          name="group"
          label={t('ratings.raters.form.group')}
          rules={[{ required: true, message: t('ratings.raters.form.groupRequired') }]}
          style={{ flex: 1 }}
        >
          <Select
            disabled={!!slot}
            aria-label={t('ratings.raters.form.group')}
            options={ROSTERED_GROUPS.map((g) => ({ value: g, label: t(`ratings.groups.${g}`) }))}
            data-testid="raters-form-group"
          />
        </Form.Item>
      </Flex>
      {group === 'ORG' ? (
        <Form.Item name="indicatorId" label={t('ratings.raters.form.indicator')} extra={t('ratings.raters.form.indicatorHint')}>
          <TreeSelect
            disabled={!!slot}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder={t('ratings.raters.form.indicatorPlaceholder')}
            aria-label={t('ratings.raters.form.indicator')}
            loading={tree.isLoading}
            treeData={treeOptions(tree.data?.roots ?? [])}
            data-testid="raters-form-indicator"
          />
        </Form.Item>
      ) : null}
      <Form.Item name="scaleId" label={t('ratings.raters.form.scale')} rules={[{ required: true, message: t('ratings.raters.form.scaleRequired') }]}>
        <Select
          aria-label={t('ratings.raters.form.scale')}
          loading={scales.isLoading}
          options={(scales.data ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.levels.map((l) => `${l.level} ${l.percent}%`).join('、')}）` }))}
          data-testid="raters-form-scale"
        />
      </Form.Item>
      <Form.Item
        label={
          <Flex gap={8} align="center">
            <span>{t('ratings.raters.form.raters')}</span>
            <Typography.Text type="secondary" className="small">
              {chosen.length}/{options.length}
            </Typography.Text>
          </Flex>
        }
        extra={slotChosen ? t('ratings.raters.form.ratersHint') : t('ratings.raters.form.chooseSlotFirst')}
      >
        <Flex vertical gap={6}>
          <Form.Item name="raterAccountIds" noStyle>
            <Select
              mode="multiple"
              allowClear
              disabled={!slotChosen}
              loading={candidates.isFetching}
              placeholder={t('ratings.raters.form.ratersPlaceholder')}
              aria-label={t('ratings.raters.form.raters')}
              showSearch={{ optionFilterProp: 'search' }}
              notFoundContent={candidates.isFetching ? undefined : t('ratings.raters.form.candidatesEmpty')}
              options={options}
              maxTagCount={30}
              data-testid="raters-form-raters"
            />
          </Form.Item>
          <Flex gap={8}>
            <Button
              size="small"
              disabled={!slotChosen || !options.length}
              onClick={() =>
                form.setFieldValue(
                  'raterAccountIds',
                  options.map((o) => o.value),
                )
              }
              data-testid="raters-form-select-all"
            >
              {t('ratings.raters.form.selectAll')}
            </Button>
            <Button size="small" disabled={!chosen.length} onClick={() => form.setFieldValue('raterAccountIds', [])}>
              {t('ratings.raters.form.clear')}
            </Button>
          </Flex>
        </Flex>
      </Form.Item>
    </FormModal>
  );
}
