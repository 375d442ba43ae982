import { App, Checkbox, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { createCategory, type Category } from '@jx/contract';
import { useTargetTypes } from '../../api/units';
import { useCreateCategory, useUpdateCategory } from '../../api/years';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { blankToNull, bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

interface Values {
  code: string;
  name: string;
  description?: string | null;
  sortOrder?: number | null;
  targetTypeIds?: string[];
}

export type CategoryModalState = { mode: 'create' } | { mode: 'edit'; category: Category } | null;

const shape = bodyShape(createCategory);

export function CategoryFormModal({ state, yearId, onClose }: { state: CategoryModalState; yearId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const targetTypes = useTargetTypes(!!state);
  const handleError = useApiErrorHandler();
  const editing = state?.mode === 'edit' ? state.category : null;

  const onFinish = (v: Values) => {
    const fields = {
      ...blankToNull({ code: v.code, name: v.name, description: v.description }, ['description']),
      sortOrder: v.sortOrder ?? 0,
      targetTypeIds: v.targetTypeIds ?? [],
    };
    if (editing) {
      update.mutate(
        { params: { id: editing.id }, body: { ...fields, version: editing.version } },
        {
          onSuccess: () => {
            message.success(t('categories.categoryUpdated'));
            onClose();
          },
          onError: (e) => handleError(e, { form, onReload: onClose }),
        },
      );
    } else {
      create.mutate(
        { body: { ...fields, yearId } },
        {
          onSuccess: () => {
            message.success(t('categories.categoryCreated'));
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
      title={editing ? t('categories.editCategory') : t('categories.createCategory')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending || update.isPending}
      okText={t('common.actions.save')}
      width={600}
      initialValues={
        editing
          ? {
              code: editing.code,
              name: editing.name,
              description: editing.description,
              sortOrder: editing.sortOrder,
              targetTypeIds: editing.targetTypeIds,
            }
          : { sortOrder: 0, targetTypeIds: [] }
      }
      testId="category-form"
    >
      <ZodFormItem name="name" label={t('categories.fields.name')} schema={shape.name}>
        <Input maxLength={40} autoComplete="off" />
      </ZodFormItem>
      <Flex gap={16}>
        <ZodFormItem name="code" label={t('categories.fields.code')} schema={shape.code} style={{ flex: 1 }}>
          <Input maxLength={32} autoComplete="off" />
        </ZodFormItem>
        <ZodFormItem name="sortOrder" label={t('categories.fields.sortOrder')} schema={shape.sortOrder}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: 140 }} />
        </ZodFormItem>
      </Flex>
      <ZodFormItem name="targetTypeIds" label={t('categories.fields.targetTypes')} schema={shape.targetTypeIds} extra={t('categories.targetTypesHint')}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Flex vertical gap={6}>
            {(targetTypes.data ?? [])
              .filter((tt) => tt.active || editing?.targetTypeIds.includes(tt.id))
              .map((tt) => (
                <Checkbox key={tt.id} value={tt.id}>
                  {tt.name}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {t('categories.targetTypeOwner', { owner: tt.ownerUnitName })}
                  </Typography.Text>
                </Checkbox>
              ))}
          </Flex>
        </Checkbox.Group>
      </ZodFormItem>
      <ZodFormItem name="description" label={t('categories.fields.description')} schema={shape.description}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </ZodFormItem>
    </FormModal>
  );
}
