import { Alert, Form, Input, type FormInstance } from 'antd';
import type { z } from 'zod';
import { FormModal } from './form/FormModal';
import { ZodFormItem } from './form/ZodFormItem';
import { textOrEmpty } from './form/zodRule';

interface Values {
  reason: string;
}

/**
 * An action that asks why: a hint, then the reason (up to 500 characters) checked by the route's own schema. An
 * untouched box is an empty reason, so OK shows the schema's required words (请填写原因). The form is
 * `${testId}-form`, its box `${testId}-reason`, its OK button `${testId}-form-ok`.
 */
export function ReasonModal(props: {
  open: boolean;
  title: string;
  loading: boolean;
  okText: string;
  okDanger?: boolean;
  hint: string;
  label: string;
  placeholder: string;
  schema: z.ZodType;
  testId: string;
  onCancel: () => void;
  onSubmit: (reason: string, form: FormInstance<Values>) => void;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={props.open}
      title={props.title}
      form={form}
      onCancel={props.onCancel}
      onFinish={(v) => props.onSubmit(v.reason.trim(), form)}
      confirmLoading={props.loading}
      okText={props.okText}
      okDanger={props.okDanger}
      testId={`${props.testId}-form`}
    >
      <Alert type="info" showIcon title={props.hint} style={{ marginBottom: 12 }} />
      <ZodFormItem name="reason" label={props.label} schema={props.schema} toInput={textOrEmpty}>
        <Input.TextArea rows={4} maxLength={500} showCount placeholder={props.placeholder} data-testid={`${props.testId}-reason`} />
      </ZodFormItem>
    </FormModal>
  );
}
