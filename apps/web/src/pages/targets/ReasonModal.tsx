import { Alert, Form, Input } from 'antd';
import { ReasonBody } from '@jx/contract';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { textOrEmpty } from '../../components/form/zodRule';
import { useT } from '../../locales';

export interface ReasonModalProps {
  open: boolean;
  title: string;
  placeholder: string;
  hint?: string;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  onCancel: () => void;
  onSubmit: (reason: string, form: ReturnType<typeof Form.useForm<{ reason: string }>>[0]) => void;
  testId?: string;
}

/** A reason for 退回 / 发起修订 (ReasonBody.reason: 2–500 characters). */
export function ReasonModal({ open, title, placeholder, hint, okText, danger, loading, onCancel, onSubmit, testId = 'reason-form' }: ReasonModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={title}
      form={form}
      onCancel={onCancel}
      onFinish={(v) => onSubmit(v.reason.trim(), form)}
      confirmLoading={loading}
      okText={okText}
      okDanger={danger}
      testId={testId}
    >
      {hint ? <Alert type="info" showIcon title={hint} style={{ marginBottom: 12 }} /> : null}
      <ZodFormItem name="reason" label={t('targets.reason.label')} schema={ReasonBody.shape.reason} toInput={textOrEmpty}>
        <Input.TextArea rows={4} maxLength={500} showCount placeholder={placeholder} data-testid={`${testId}-reason`} />
      </ZodFormItem>
    </FormModal>
  );
}
