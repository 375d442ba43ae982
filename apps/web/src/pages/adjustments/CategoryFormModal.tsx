import { Alert, App, Form, Input, Radio, Switch } from 'antd';
import { ADJUSTMENT_KINDS, createAdjustmentCategory, type AdjustmentCategory, type AdjustmentKind } from '@jx/contract';
import { useCreateAdjustmentCategory, useUpdateAdjustmentCategory } from '../../api/adjustments';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

interface Values {
  code: string;
  name: string;
  kind: AdjustmentKind;
  defaultPoints?: string;
  active: boolean;
}

const shape = bodyShape(createAdjustmentCategory);

/**
 * 新增 / 编辑 a category: code (unique in the year), name, kind, default points (none for 一票否决), in use or not. A
 * category that lines already use keeps its code and kind (the server says so too).
 */
export function CategoryFormModal({
  yearId,
  editing,
  open,
  onClose,
}: {
  yearId: string;
  editing: AdjustmentCategory | null;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const create = useCreateAdjustmentCategory();
  const update = useUpdateAdjustmentCategory();
  const kind = Form.useWatch('kind', form);
  const inUse = !!editing && editing.usage > 0;

  const submit = (v: Values) => {
    const body = {
      code: v.code.trim(),
      name: v.name.trim(),
      kind: v.kind,
      defaultPoints: v.kind === 'VETO' ? null : v.defaultPoints?.trim() || null,
      active: v.active,
    };
    const done = {
      onSuccess: () => {
        message.success(editing ? t('adjustments.messages.categoryUpdated') : t('adjustments.messages.categoryCreated'));
        onClose();
      },
      onError: (e: Error) => handleError(e, { form, onReload: onClose }),
    };
    if (editing) update.mutate({ params: { id: editing.id }, body: { ...body, version: editing.version } }, done);
    else create.mutate({ body: { ...body, yearId } }, done);
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('adjustments.categories.editTitle', { name: editing.name }) : t('adjustments.categories.createTitle')}
      form={form}
      onCancel={onClose}
      onFinish={submit}
      confirmLoading={create.isPending || update.isPending}
      initialValues={
        editing
          ? { code: editing.code, name: editing.name, kind: editing.kind, defaultPoints: editing.defaultPoints ?? undefined, active: editing.active }
          : { kind: 'DEDUCTION', active: true }
      }
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.kind === 'VETO') form.setFieldValue('defaultPoints', undefined);
      }}
      testId="adjustment-category-form"
    >
      <ZodFormItem name="code" label={t('adjustments.categories.code')} schema={shape.code} extra={t('adjustments.categories.codeHint')}>
        <Input maxLength={30} style={{ width: 260 }} disabled={inUse} data-testid="adjustment-category-code" />
      </ZodFormItem>
      <ZodFormItem name="name" label={t('adjustments.categories.name')} schema={shape.name}>
        <Input maxLength={40} data-testid="adjustment-category-name" />
      </ZodFormItem>
      <Form.Item name="kind" label={t('adjustments.categories.kind')} required>
        <Radio.Group
          disabled={inUse}
          optionType="button"
          options={ADJUSTMENT_KINDS.map((k) => ({ value: k, label: t(`adjustments.kinds.${k}`) }))}
          data-testid="adjustment-category-kind"
        />
      </Form.Item>
      {inUse ? (
        <Alert type="info" showIcon title={t('adjustments.categories.kindLocked', { count: editing.usage })} style={{ marginTop: -8, marginBottom: 16 }} />
      ) : null}
      <ZodFormItem
        name="defaultPoints"
        label={t('adjustments.categories.defaultPoints')}
        schema={shape.defaultPoints}
        extra={kind === 'VETO' ? t('adjustments.form.pointsVeto') : t('adjustments.categories.defaultPointsHint')}
      >
        <Input disabled={kind === 'VETO'} inputMode="decimal" style={{ width: 160 }} data-testid="adjustment-category-points" />
      </ZodFormItem>
      <Form.Item name="active" label={t('adjustments.categories.active')} valuePropName="checked">
        <Switch checkedChildren={t('adjustments.categories.activeOn')} unCheckedChildren={t('adjustments.categories.activeOff')} />
      </Form.Item>
    </FormModal>
  );
}
