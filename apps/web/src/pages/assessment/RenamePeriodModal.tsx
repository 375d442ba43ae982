import { App, Form, Input } from 'antd';
import { updateAssessmentPeriod, type AssessmentPeriod } from '@jx/contract';
import { useUpdateAssessmentPeriod } from '../../api/assessment';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

interface Values {
  name: string;
}

const shape = bodyShape(updateAssessmentPeriod);

/** 重命名 a period (its code and kind stay), with the version the user saw. */
export function RenamePeriodModal({ period, onClose }: { period: AssessmentPeriod | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handleError = useApiErrorHandler();
  const update = useUpdateAssessmentPeriod();

  const onFinish = (v: Values) => {
    if (!period) return;
    update.mutate(
      { params: { id: period.id }, body: { name: v.name.trim(), version: period.version } },
      {
        onSuccess: () => {
          message.success(t('assessment.messages.renamed'));
          onClose();
        },
        onError: (e) => handleError(e, { form, onReload: onClose }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={!!period}
      title={t('assessment.form.renameTitle')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={update.isPending}
      okText={t('common.actions.save')}
      initialValues={{ name: period?.name ?? '' }}
      testId="period-rename-form"
    >
      <ZodFormItem name="name" label={t('assessment.form.name')} schema={shape.name}>
        <Input maxLength={40} showCount autoComplete="off" data-testid="period-rename-name" />
      </ZodFormItem>
    </FormModal>
  );
}
