import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Appeal } from '@jx/contract';
import { useT } from '../../locales';

export interface AcceptValues {
  reason: string;
  correctedScore?: number;
}

/** 采纳申诉: the decision's reason and, on a target's score line, the corrected score (written through the record). */
export function AcceptModal(props: { appeal: Appeal | null; busy: boolean; onCancel: () => void; onAccept: (v: AcceptValues) => void }) {
  const t = useT();
  const [form] = Form.useForm<AcceptValues>();
  const targetLine = !!props.appeal?.lineKey.startsWith('target:');
  return (
    <Modal
      open={!!props.appeal}
      title={t('results.appeals.acceptTitle')}
      okText={t('results.appeals.accept')}
      onOk={() => void form.validateFields().then(props.onAccept)}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'accept-confirm' } as never}
    >
      <Typography.Paragraph>
        {t('results.appeals.acceptHint', { line: props.appeal?.lineLabel ?? '', unit: props.appeal?.unitName ?? '' })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('results.appeals.decisionReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('results.appeals.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="accept-reason" />
        </Form.Item>
        {targetLine ? (
          <Form.Item name="correctedScore" label={t('results.appeals.correctedScore')} extra={t('results.appeals.correctedHint')}>
            <InputNumber min={0} max={1000} step={0.5} precision={2} style={{ width: 200 }} data-testid="accept-score" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
