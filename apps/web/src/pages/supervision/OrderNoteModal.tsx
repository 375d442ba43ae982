import { Alert, Form, Input } from 'antd';
import type { z } from 'zod';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';

export interface OrderNoteValues {
  text?: string;
}

export interface OrderNoteModalProps {
  open: boolean;
  title: string;
  /** What happens on OK (the modal is the confirmation). */
  hint?: string;
  /** Shown above the hint, e.g. why an earlier response was returned. */
  warning?: string;
  label: string;
  placeholder: string;
  schema: z.ZodType;
  maxLength: number;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  onCancel: () => void;
  onSubmit: (text: string | null, form: ReturnType<typeof Form.useForm<OrderNoteValues>>[0]) => void;
  testId: string;
}

/** One text for a step of a supervision order: the response (回复), the closing note (办结) or the return note (退回). */
export function OrderNoteModal({
  open,
  title,
  hint,
  warning,
  label,
  placeholder,
  schema,
  maxLength,
  okText,
  danger,
  loading,
  onCancel,
  onSubmit,
  testId,
}: OrderNoteModalProps) {
  const [form] = Form.useForm<OrderNoteValues>();
  return (
    <FormModal<OrderNoteValues>
      open={open}
      title={title}
      form={form}
      onCancel={onCancel}
      onFinish={(v) => onSubmit(v.text?.trim() || null, form)}
      confirmLoading={loading}
      okText={okText}
      okDanger={danger}
      width={600}
      testId={testId}
    >
      {warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} /> : null}
      {hint ? <Alert type="info" showIcon title={hint} style={{ marginBottom: 12 }} /> : null}
      {/* An empty box is an empty text (the return note's schema then says 请填写退回意见, not a type error). */}
      <ZodFormItem name="text" label={label} schema={schema} toInput={(v) => v ?? ''}>
        <Input.TextArea rows={5} maxLength={maxLength} showCount placeholder={placeholder} data-testid={`${testId}-text`} />
      </ZodFormItem>
    </FormModal>
  );
}
