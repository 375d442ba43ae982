import { App, Form, Input, InputNumber, Select } from 'antd';
import { createYear, updateYear, YEAR_STATUSES, type Year } from '@jx/contract';
import { useCreateYear, useUpdateYear } from '../../api/years';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

interface Values {
  year?: number;
  name: string;
  status?: Year['status'];
}

export type YearModalState = { mode: 'create' } | { mode: 'edit'; year: Year } | null;

const createShape = bodyShape(createYear);
const updateShape = bodyShape(updateYear);

export function YearFormModal({ state, onClose, onCreated }: { state: YearModalState; onClose: () => void; onCreated: (y: Year) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateYear();
  const update = useUpdateYear();
  const handleError = useApiErrorHandler();
  const editing = state?.mode === 'edit' ? state.year : null;
  const nextYear = new Date().getFullYear() + 1;

  const onFinish = (v: Values) => {
    if (editing) {
      update.mutate(
        { params: { id: editing.id }, body: { name: v.name.trim(), status: v.status ?? editing.status, version: editing.version } },
        {
          onSuccess: () => {
            message.success(t('categories.yearUpdated'));
            onClose();
          },
          onError: (e) => handleError(e, { form, onReload: onClose }),
        },
      );
    } else {
      create.mutate(
        { body: { year: v.year ?? nextYear, name: v.name.trim() } },
        {
          onSuccess: (y) => {
            message.success(t('categories.yearCreated'));
            onCreated(y);
            onClose();
          },
          onError: (e) => handleError(e, { form }),
        },
      );
    }
  };

  return (
    <FormModal<Values>
      open={!!state}
      title={editing ? t('categories.editYear') : t('categories.createYear')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending || update.isPending}
      okText={t('common.actions.save')}
      width={440}
      initialValues={editing ? { name: editing.name, status: editing.status } : { year: nextYear, name: t('categories.yearNameDefault', { year: nextYear }) }}
      testId="year-form"
    >
      {editing ? null : (
        <ZodFormItem name="year" label={t('categories.yearFields.year')} schema={createShape.year}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </ZodFormItem>
      )}
      <ZodFormItem name="name" label={t('categories.yearFields.name')} schema={createShape.name} extra={t('categories.yearNameHint')}>
        <Input maxLength={40} autoComplete="off" />
      </ZodFormItem>
      {editing ? (
        <ZodFormItem name="status" label={t('categories.yearFields.status')} schema={updateShape.status} extra={t('categories.yearStatusHint')}>
          <Select options={YEAR_STATUSES.map((s) => ({ value: s, label: t(`enums.yearStatuses.${s}`) }))} />
        </ZodFormItem>
      ) : null}
    </FormModal>
  );
}
