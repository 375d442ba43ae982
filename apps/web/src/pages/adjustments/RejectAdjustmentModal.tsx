import { Alert, Form, Input, type FormInstance } from 'antd';
import { rejectAdjustment } from '@jx/contract';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useT } from '../../locales';

interface Values {
  reason: string;
}

const shape = bodyShape(rejectAdjustment);

/** 驳回 asks why (required): the reason is kept on the line and sent to the filing department. */
export function RejectAdjustmentModal(props: {
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
      okText={t('adjustments.actions.reject')}
      okDanger
      testId="adjustment-reject-form"
    >
      <Alert type="info" showIcon title={t('adjustments.reject.hint')} style={{ marginBottom: 12 }} />
      {/* An untouched box counts as empty text, so the rule's own words (请填写原因) are shown. */}
      <ZodFormItem name="reason" label={t('adjustments.reject.reason')} schema={shape.reason} toInput={(v) => (typeof v === 'string' ? v : '')}>
        <Input.TextArea rows={4} maxLength={500} showCount placeholder={t('adjustments.reject.placeholder')} data-testid="adjustment-reject-reason" />
      </ZodFormItem>
    </FormModal>
  );
}
