import { Alert, App, Form, Input, Radio, Select } from 'antd';
import { ASSESSMENT_PERIOD_KINDS, createAssessmentPeriod, type AssessmentPeriod, type AssessmentPeriodKind } from '@jx/contract';
import { useCreateAssessmentPeriod } from '../../api/assessment';
import { useSpecialTasks } from '../../api/targets';
import { useTargetTypes } from '../../api/units';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { isStandardName, QUARTERS, standardCode, standardName, takenCodes } from './processRules';

type Scope = 'task' | 'type';
interface Values {
  kind: AssessmentPeriodKind;
  /** The quarter of a 平时考核 (named `code`, so that the server's `code` issues land on it). */
  code?: string;
  name: string;
  scope?: Scope;
  specialTaskId?: string;
  targetTypeId?: string;
}

const shape = bodyShape(createAssessmentPeriod);

/**
 * 新增考核时机: the kind (平时 / 半年 / 年终 / 专项); for 平时 the quarter; a name (a standard period's own name is
 * filled in); for 专项 what it covers, one special task or one target type. A standard period the year has already is
 * offered disabled.
 */
export function PeriodFormModal({
  open,
  yearId,
  periods,
  onClose,
  onCreated,
}: {
  open: boolean;
  yearId: string;
  periods: readonly AssessmentPeriod[];
  onClose: () => void;
  onCreated: (p: AssessmentPeriod) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handleError = useApiErrorHandler();
  const create = useCreateAssessmentPeriod();
  const kind = Form.useWatch('kind', form);
  const scope = Form.useWatch('scope', form);
  const tasks = useSpecialTasks(open && kind === 'SPECIAL' ? yearId : undefined);
  const types = useTargetTypes(open && kind === 'SPECIAL');
  const taken = takenCodes(periods);
  const kindTaken = (k: AssessmentPeriodKind) =>
    k === 'QUARTER' ? QUARTERS.every((q) => taken.has(q)) : k === 'SPECIAL' ? false : taken.has(standardCode(k, undefined) ?? '');
  const firstKind = ASSESSMENT_PERIOD_KINDS.find((k) => !kindTaken(k)) ?? 'SPECIAL';

  // A standard period's name follows its kind and quarter, unless the office typed a name of its own.
  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if (!('kind' in changed) && !('code' in changed)) return;
    const code = standardCode(all.kind, all.kind === 'QUARTER' ? all.code : undefined);
    const name = all.kind === 'SPECIAL' ? undefined : standardName(code);
    if (!all.name || isStandardName(all.name)) form.setFieldValue('name', name ?? '');
    if ('kind' in changed && all.kind === 'QUARTER' && all.code && taken.has(all.code)) form.setFieldValue('code', undefined);
  };

  const onFinish = (v: Values) => {
    const special = v.kind === 'SPECIAL';
    create.mutate(
      {
        body: {
          yearId,
          kind: v.kind,
          code: special ? null : standardCode(v.kind, v.code),
          name: v.name.trim(),
          specialTaskId: special && v.scope === 'task' ? v.specialTaskId : null,
          targetTypeId: special && v.scope === 'type' ? v.targetTypeId : null,
        },
      },
      {
        onSuccess: (p) => {
          message.success(t('assessment.messages.created'));
          onCreated(p);
          onClose();
        },
        onError: (e) => handleError(e, { form }),
      },
    );
  };

  const initialCode = QUARTERS.find((q) => !taken.has(q));
  return (
    <FormModal<Values>
      open={open}
      title={t('assessment.form.createTitle')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      confirmLoading={create.isPending}
      okText={t('assessment.form.ok')}
      width={600}
      initialValues={{
        kind: firstKind,
        code: firstKind === 'QUARTER' ? initialCode : undefined,
        name: firstKind === 'SPECIAL' ? '' : (standardName(standardCode(firstKind, initialCode)) ?? ''),
        scope: 'type',
      }}
      testId="period-form"
    >
      <Form.Item
        name="kind"
        label={t('assessment.form.kind')}
        required
        extra={ASSESSMENT_PERIOD_KINDS.some(kindTaken) ? t('assessment.form.kindsTaken') : undefined}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="period-form-kind"
          options={ASSESSMENT_PERIOD_KINDS.map((k) => ({ value: k, label: t(`assessment.kinds.${k}`), disabled: kindTaken(k) }))}
        />
      </Form.Item>
      {kind === 'QUARTER' ? (
        <Form.Item name="code" label={t('assessment.form.quarter')} rules={[{ required: true, message: t('assessment.form.quarterRequired') }]}>
          <Radio.Group
            data-testid="period-form-quarter"
            options={QUARTERS.map((q) => ({
              value: q,
              label: `${t(`assessment.quarters.${q}`)}${taken.has(q) ? t('assessment.form.exists') : ''}`,
              disabled: taken.has(q),
            }))}
          />
        </Form.Item>
      ) : null}
      <ZodFormItem name="name" label={t('assessment.form.name')} schema={shape.name}>
        <Input maxLength={40} showCount autoComplete="off" placeholder={t('assessment.form.namePlaceholder')} data-testid="period-form-name" />
      </ZodFormItem>
      {kind === 'SPECIAL' ? (
        <>
          <Form.Item name="scope" label={t('assessment.form.scope')} required>
            <Radio.Group
              data-testid="period-form-scope"
              options={[
                { value: 'type', label: t('assessment.form.scopeType') },
                { value: 'task', label: t('assessment.form.scopeTask') },
              ]}
            />
          </Form.Item>
          {scope === 'task' ? (
            <Form.Item
              name="specialTaskId"
              label={t('assessment.form.specialTask')}
              rules={[{ required: true, message: t('assessment.form.specialTaskRequired') }]}
            >
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('assessment.form.specialTaskPlaceholder')}
                aria-label={t('assessment.form.specialTask')}
                loading={tasks.isLoading}
                notFoundContent={tasks.isLoading ? undefined : t('assessment.form.noSpecialTasks')}
                options={(tasks.data ?? []).map((s) => ({ value: s.id, label: s.title }))}
                data-testid="period-form-special-task"
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="targetTypeId"
              label={t('assessment.form.targetType')}
              rules={[{ required: true, message: t('assessment.form.targetTypeRequired') }]}
            >
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('assessment.form.targetTypePlaceholder')}
                aria-label={t('assessment.form.targetType')}
                loading={types.isLoading}
                options={(types.data ?? []).filter((ty) => ty.active).map((ty) => ({ value: ty.id, label: ty.name }))}
                data-testid="period-form-target-type"
              />
            </Form.Item>
          )}
        </>
      ) : null}
      <Alert type="info" showIcon title={kind === 'SPECIAL' ? t('assessment.form.hintSpecial') : t('assessment.form.hintStandard')} />
    </FormModal>
  );
}
