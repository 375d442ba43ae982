import { useMemo } from 'react';
import { App, Form, Input, InputNumber, Select } from 'antd';
import { CreateUnitBody, UNIT_KINDS, UpdateUnitBody, type Unit, type UnitKind, type UnitTreeNode } from '@jx/contract';
import { useCreateUnit, useUpdateUnit } from '../../api/units';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { blankToNull } from '../../components/form/zodRule';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { subtreeIds } from '../../utils/unitTree';

interface Values {
  code: string;
  name: string;
  shortName?: string | null;
  kind?: UnitKind;
  parentId?: string | null;
  sortOrder?: number | null;
}

export type UnitModalState = { mode: 'create'; parentId?: string | null; kind?: UnitKind } | { mode: 'edit'; unit: Unit } | null;

export function UnitFormModal({ state, tree, onClose }: { state: UnitModalState; tree: readonly UnitTreeNode[]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const handleError = useApiErrorHandler();
  const editing = state?.mode === 'edit' ? state.unit : null;

  // A unit cannot be moved under itself or one of its descendants.
  const disabledIds = useMemo(() => (editing ? subtreeIds(tree, editing.id) : undefined), [tree, editing]);

  const initialValues: Partial<Values> = editing
    ? {
        code: editing.code,
        name: editing.name,
        shortName: editing.shortName,
        kind: editing.kind,
        parentId: editing.parentId,
        sortOrder: editing.sortOrder,
      }
    : { parentId: state?.mode === 'create' ? (state.parentId ?? undefined) : undefined, kind: state?.mode === 'create' ? state.kind : undefined, sortOrder: 0 };

  const onFinish = (v: Values) => {
    const common = blankToNull({ name: v.name, shortName: v.shortName, kind: v.kind as UnitKind, parentId: v.parentId, sortOrder: v.sortOrder ?? 0 }, [
      'shortName',
      'parentId',
    ]);
    const done = (text: string) => {
      message.success(text);
      onClose();
    };
    if (editing) {
      update.mutate(
        { params: { id: editing.id }, body: { ...common, version: editing.version } },
        { onSuccess: () => done(t('units.messages.updated')), onError: (e) => handleError(e, { form, onReload: onClose }) },
      );
    } else {
      create.mutate(
        { body: { ...common, code: v.code.trim() } },
        { onSuccess: () => done(t('units.messages.created')), onError: (e) => handleError(e, { form }) },
      );
    }
  };

  return (
    <FormModal<Values>
      open={!!state}
      title={editing ? t('units.editTitle') : t('units.createTitle')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending || update.isPending}
      okText={t('common.actions.save')}
      initialValues={initialValues}
      testId="unit-form"
    >
      <ZodFormItem name="name" label={t('units.fields.name')} schema={UpdateUnitBody.shape.name}>
        <Input maxLength={60} autoComplete="off" />
      </ZodFormItem>
      <ZodFormItem name="shortName" label={t('units.fields.shortName')} schema={UpdateUnitBody.shape.shortName}>
        <Input maxLength={20} autoComplete="off" />
      </ZodFormItem>
      <ZodFormItem name="code" label={t('units.fields.code')} schema={editing ? undefined : CreateUnitBody.shape.code} extra={t('units.help.code')}>
        <Input disabled={!!editing} maxLength={32} autoComplete="off" />
      </ZodFormItem>
      <ZodFormItem name="kind" label={t('units.fields.kind')} schema={CreateUnitBody.shape.kind}>
        <Select placeholder={t('common.form.select')} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enums.unitKinds.${k}`) }))} />
      </ZodFormItem>
      <ZodFormItem name="parentId" label={t('units.fields.parent')} schema={CreateUnitBody.shape.parentId} extra={t('units.help.parent')}>
        <UnitTreeSelect disabledIds={disabledIds} placeholder={t('units.noParent')} />
      </ZodFormItem>
      <ZodFormItem name="sortOrder" label={t('units.fields.sortOrder')} schema={CreateUnitBody.shape.sortOrder} extra={t('units.help.sortOrder')}>
        <InputNumber min={0} max={9999} precision={0} style={{ width: 160 }} />
      </ZodFormItem>
    </FormModal>
  );
}
