import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useT } from '../../locales';

/** 修订 / 退档 / 作废 of a record ask why (2 to 500 characters). Mounted afresh for each action (keyed by the parent). */
export function RecordReasonModal(props: { title: string; okText: string; loading: boolean; onCancel: () => void; onSubmit: (reason: string) => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const invalid = reason.trim().length < 2;
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={t('common.actions.cancel')}
      confirmLoading={props.loading}
      onCancel={props.onCancel}
      onOk={() => {
        setChecked(true);
        if (!invalid) props.onSubmit(reason.trim());
      }}
      okButtonProps={{ 'data-testid': 'record-reason-ok' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="record-reason-form">
        <Form.Item
          label={t('scoring.reason.label')}
          required
          validateStatus={checked && invalid ? 'error' : undefined}
          help={checked && invalid ? t('scoring.reason.required') : undefined}
        >
          <Input.TextArea
            rows={4}
            maxLength={500}
            showCount
            value={reason}
            placeholder={t('scoring.reason.placeholder')}
            onChange={(e) => setReason(e.target.value)}
            data-testid="record-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
