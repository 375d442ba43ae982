import { App, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { FULL_WEIGHT_BP, createIndicator, formatWeightBp, type Indicator, type IndicatorNode, type TargetType } from '@jx/contract';
import { useCreateIndicator, useProposeFrameworkChange, useUpdateIndicator } from '../../api/framework';
import { useTargetTypes } from '../../api/units';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { blankToNull, bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { LevelTag } from './columns';

interface Values {
  name: string;
  code: string;
  weight: string;
  sortOrder?: number | null;
  targetTypeId?: string | null;
  description?: string | null;
  note?: string | null;
}

/** Create under `parent` (null: a first-level indicator, `siblings` are the set it joins) or edit one. */
export type IndicatorModalState =
  { mode: 'create'; parent: Indicator | null; siblings: readonly IndicatorNode[] } | { mode: 'edit'; indicator: Indicator } | null;

const shape = bodyShape(createIndicator);

/** What a new sibling starts with: the weight still missing from the set, the next sort number and code. */
function createDefaults(parent: Indicator | null, siblings: readonly IndicatorNode[]): Partial<Values> {
  const rest = FULL_WEIGHT_BP - siblings.reduce((s, i) => s + i.weightBp, 0);
  const n = siblings.length + 1;
  return {
    weight: rest > 0 ? formatWeightBp(rest) : '',
    sortOrder: Math.max(0, ...siblings.map((s) => s.sortOrder)) + 10,
    code: parent ? `${parent.code}.${n}` : String(n),
    targetTypeId: null,
  };
}

/**
 * The editor's form, or — with `ownTypes` (a department's target types) — the same form as a proposal (提议) that the
 * office accepts or rejects: the tree does not change until then (decision 0029).
 */
export function IndicatorFormModal({
  state,
  yearId,
  onClose,
  ownTypes,
}: {
  state: IndicatorModalState;
  yearId: string;
  onClose: () => void;
  ownTypes?: readonly TargetType[];
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const propose = useProposeFrameworkChange();
  const proposing = !!ownTypes;
  const targetTypes = useTargetTypes(!!state);
  const handleError = useApiErrorHandler();
  const editing = state?.mode === 'edit' ? state.indicator : null;
  const parent = state?.mode === 'create' ? state.parent : null;
  const level = editing ? editing.level : (parent?.level ?? 0) + 1;
  const levelName = t(`framework.levels.${String(Math.min(level, 3)) as '1' | '2' | '3'}`);

  const onFinish = (v: Values) => {
    const fields = {
      ...blankToNull({ code: v.code, name: v.name, description: v.description }, ['description']),
      weight: v.weight.trim(),
      sortOrder: v.sortOrder ?? 0,
      targetTypeId: level === 1 ? (v.targetTypeId ?? null) : null,
    };
    if (proposing) {
      const { targetTypeId, ...proposed } = fields;
      const note = v.note?.trim() || null;
      const body = editing
        ? { kind: 'UPDATE' as const, indicatorId: editing.id, indicatorVersion: editing.version, ...proposed, note }
        : { kind: 'CREATE' as const, yearId, parentId: parent?.id ?? null, targetTypeId: parent ? null : targetTypeId, ...proposed, note };
      propose.mutate(
        { body },
        {
          onSuccess: () => {
            message.success(t('framework.proposals.submitted'));
            onClose();
          },
          onError: (e) => handleError(e, { form, onReload: onClose }),
        },
      );
    } else if (editing) {
      update.mutate(
        { params: { id: editing.id }, body: { ...fields, version: editing.version } },
        {
          onSuccess: () => {
            message.success(t('framework.updated'));
            onClose();
          },
          onError: (e) => handleError(e, { form, onReload: onClose }),
        },
      );
    } else {
      create.mutate(
        { body: { ...fields, yearId, parentId: parent?.id ?? null } },
        {
          onSuccess: () => {
            message.success(t('framework.created'));
            onClose();
          },
          onError: (e) => handleError(e, { form }),
        },
      );
    }
  };

  const title = proposing
    ? editing
      ? t('framework.proposals.updateTitle', { name: editing.name })
      : parent
        ? t('framework.proposals.createChildTitle', { name: parent.name, level: levelName })
        : t('framework.proposals.createRootTitle')
    : editing
      ? t('framework.editTitle')
      : parent
        ? t('framework.createChildTitle', { name: parent.name, level: levelName })
        : t('framework.createRootTitle');

  return (
    <FormModal<Values>
      open={!!state}
      title={title}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending || update.isPending || propose.isPending}
      okText={proposing ? t('framework.proposals.submit') : t('common.actions.save')}
      width={600}
      initialValues={
        editing
          ? {
              name: editing.name,
              code: editing.code,
              weight: editing.weightPercent,
              sortOrder: editing.sortOrder,
              targetTypeId: editing.targetTypeId,
              description: editing.description,
            }
          : state?.mode === 'create'
            ? { ...createDefaults(state.parent, state.siblings), targetTypeId: proposing && !state.parent && ownTypes.length === 1 ? ownTypes[0]!.id : null }
            : undefined
      }
      testId="indicator-form"
    >
      {parent || editing ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          <LevelTag level={level} t={t} />
          {parent ? `${t('framework.fields.parent')}：${parent.name}（${parent.code}）` : null}
        </Typography.Paragraph>
      ) : null}
      <ZodFormItem name="name" label={t('framework.fields.name')} schema={shape.name}>
        <Input maxLength={60} autoComplete="off" />
      </ZodFormItem>
      <Flex gap={16}>
        <ZodFormItem name="code" label={t('framework.fields.code')} schema={shape.code} style={{ flex: 1 }}>
          <Input maxLength={32} autoComplete="off" className="mono" />
        </ZodFormItem>
        <ZodFormItem name="weight" label={t('framework.fields.weight')} schema={shape.weight} style={{ width: 160 }}>
          <Input suffix="%" inputMode="decimal" placeholder={t('framework.weightPlaceholder')} autoComplete="off" data-testid="indicator-weight" />
        </ZodFormItem>
        <ZodFormItem name="sortOrder" label={t('framework.fields.sortOrder')} schema={shape.sortOrder}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: 110 }} />
        </ZodFormItem>
      </Flex>
      <Typography.Paragraph type="secondary" className="small" style={{ marginTop: -12 }}>
        {t('framework.weightHint')}
      </Typography.Paragraph>
      {proposing ? (
        <Typography.Paragraph type="secondary" className="small">
          {t('framework.proposals.formHint')}
        </Typography.Paragraph>
      ) : null}
      {level === 1 && !(proposing && editing) ? (
        <ZodFormItem
          name="targetTypeId"
          label={t('framework.fields.targetType')}
          schema={shape.targetTypeId}
          extra={proposing ? t('framework.proposals.ownTypeOnly') : t('framework.targetTypeOnlyFirstLevel')}
        >
          <Select
            allowClear={!proposing}
            placeholder={proposing ? t('framework.proposals.ownTypePlaceholder') : t('framework.targetTypePlaceholder')}
            loading={targetTypes.isLoading}
            options={(proposing ? ownTypes : (targetTypes.data ?? []))
              .filter((tt) => tt.active || tt.id === editing?.targetTypeId)
              .map((tt) => ({ value: tt.id, label: `${tt.name}（${tt.ownerUnitName}）` }))}
            data-testid="indicator-target-type"
          />
        </ZodFormItem>
      ) : null}
      <ZodFormItem name="description" label={t('framework.fields.description')} schema={shape.description}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </ZodFormItem>
      {proposing ? (
        <Form.Item name="note" label={t('framework.proposals.note')}>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('framework.proposals.notePlaceholder')} data-testid="proposal-note" />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
