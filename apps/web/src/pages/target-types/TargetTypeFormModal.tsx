import { App, Flex, Form, Input, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import { createTargetType, REPORTING_RHYTHMS, updateTargetType, type ReportingRhythm, type TargetType } from '@jx/contract';
import { useUpdateTargetType } from '../../api/framework';
import { useCreateTargetType } from '../../api/targetTypes';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { renderDivisionOption } from './DivisionOption';
import { filterDivision, useDivisions, type DivisionOption } from './useDivisions';

interface Values {
  code: string;
  name: string;
  ownerUnitId: string;
  reportingRhythm: ReportingRhythm;
  sortOrder?: number | null;
  active: boolean;
}

/** null: closed; `{}`: a new type; `{ type }`: edit it. */
export type TargetTypeModalState = { type?: TargetType } | null;

const createShape = bodyShape(createTargetType);
const updateShape = bodyShape(updateTargetType);
/** The code special tasks are found by (apps/api framework/target-type.rules.ts). */
export const SPECIAL_CODE = 'SPECIAL';

/** 新建 / 编辑目标类型: code, name, owning division, reporting rhythm, sort order and (when editing) whether it is active. */
export function TargetTypeFormModal({ editing, onClose }: { editing: TargetType | undefined; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateTargetType();
  const update = useUpdateTargetType();
  const divisions = useDivisions();
  const handleError = useApiErrorHandler();
  const special = editing?.code === SPECIAL_CODE;
  // The rhythm belongs to the yearly framework: the office sets it; the administrator keeps the catalogue (decision 0029).
  const setsRhythm = useCurrentUser().roles.includes('PERF_OFFICE');

  const onFinish = (v: Values) => {
    const fields = { code: v.code.trim(), name: v.name.trim(), ownerUnitId: v.ownerUnitId, reportingRhythm: v.reportingRhythm };
    const sortOrder = v.sortOrder ?? undefined;
    const done = (key: 'targetTypes.form.created' | 'targetTypes.form.updated') => () => {
      message.success(t(key, { name: fields.name }));
      onClose();
    };
    if (editing) {
      update.mutate(
        { params: { id: editing.id }, body: { ...fields, sortOrder, active: v.active, version: editing.version } },
        { onSuccess: done('targetTypes.form.updated'), onError: (e) => handleError(e, { form, onReload: onClose }) },
      );
    } else {
      create.mutate({ body: { ...fields, sortOrder } }, { onSuccess: done('targetTypes.form.created'), onError: (e) => handleError(e, { form }) });
    }
  };

  return (
    <FormModal<Values>
      open
      title={editing ? t('targetTypes.form.editTitle', { name: editing.name }) : t('targetTypes.form.createTitle')}
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
              ownerUnitId: editing.ownerUnitId,
              reportingRhythm: editing.reportingRhythm,
              sortOrder: editing.sortOrder,
              active: editing.active,
            }
          : { reportingRhythm: 'MONTHLY', active: true }
      }
      testId="target-type-form"
    >
      <Flex gap={16}>
        <ZodFormItem name="name" label={t('targetTypes.fields.name')} schema={createShape.name} style={{ flex: 1 }}>
          <Input maxLength={20} autoComplete="off" placeholder={t('targetTypes.form.namePlaceholder')} data-testid="target-type-name" />
        </ZodFormItem>
        <ZodFormItem
          name="code"
          label={t('targetTypes.fields.code')}
          schema={createShape.code}
          style={{ width: 200 }}
          extra={special ? undefined : t('targetTypes.form.codeHint')}
          normalize={(v: string) => v.toUpperCase()}
        >
          <Input
            maxLength={32}
            autoComplete="off"
            className="mono"
            disabled={special}
            placeholder={t('targetTypes.form.codePlaceholder')}
            data-testid="target-type-code"
          />
        </ZodFormItem>
      </Flex>
      {/* A select: the only way to get it wrong is to choose nothing (the id schema would say "无效的编号"). */}
      <Form.Item
        name="ownerUnitId"
        label={t('targetTypes.fields.owner')}
        rules={[{ required: true, message: t('targetTypes.form.ownerRequired') }]}
        extra={t('targetTypes.form.ownerHint')}
      >
        <Select<string, DivisionOption>
          showSearch={{ filterOption: filterDivision }}
          optionRender={renderDivisionOption}
          loading={divisions.isLoading}
          placeholder={t('targetTypes.form.ownerPlaceholder')}
          options={divisions.options}
          data-testid="target-type-owner"
        />
      </Form.Item>
      <Flex gap={16} wrap>
        <ZodFormItem
          name="reportingRhythm"
          label={t('targetTypes.fields.rhythm')}
          schema={updateShape.reportingRhythm}
          required
          style={{ flex: 1 }}
          extra={setsRhythm ? undefined : t('targetTypes.form.rhythmOfficeOnly')}
        >
          <Radio.Group
            disabled={!setsRhythm}
            optionType="button"
            options={REPORTING_RHYTHMS.map((r) => ({ value: r, label: t(`targetTypes.rhythms.${r}`) }))}
            data-testid="target-type-rhythm"
          />
        </ZodFormItem>
        <ZodFormItem name="sortOrder" label={t('targetTypes.fields.sortOrder')} schema={updateShape.sortOrder}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: 110 }} />
        </ZodFormItem>
        {editing ? (
          <Form.Item name="active" label={t('targetTypes.form.activeLabel')} valuePropName="checked">
            <Switch disabled={special} data-testid="target-type-active" />
          </Form.Item>
        ) : null}
      </Flex>
      {editing ? (
        <Typography.Paragraph type="secondary" className="small" style={{ marginTop: -12, marginBottom: 0 }}>
          {special ? t('targetTypes.form.specialFixed') : t('targetTypes.form.activeHint')}
        </Typography.Paragraph>
      ) : null}
    </FormModal>
  );
}
