import { Alert, Form, Input, type FormInstance } from 'antd';
import { resetAssessmentProcess } from '@jx/contract';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useT } from '../../locales';

interface Values {
  reason: string;
}

const shape = bodyShape(resetAssessmentProcess);

/** 重置 asks why (required, up to 500 characters): the reason is logged and sent to the assessing departments. */
export function ResetProcessModal(props: {
  open: boolean;
  title: string;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (reason: string, form: FormInstance<Values>) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={props.open}
      title={props.title}
      form={form}
      onCancel={props.onCancel}
      onFinish={(v) => props.onSubmit(v.reason.trim(), form)}
      confirmLoading={props.loading}
      okText={t('assessment.actions.reset')}
      testId="process-reset-form"
    >
      <Alert type="info" showIcon title={t('assessment.reset.hint')} style={{ marginBottom: 12 }} />
      <ZodFormItem name="reason" label={t('assessment.reset.reason')} schema={shape.reason}>
        <Input.TextArea rows={4} maxLength={500} showCount placeholder={t('assessment.reset.placeholder')} data-testid="process-reset-reason" />
      </ZodFormItem>
    </FormModal>
  );
}
