import { useState } from 'react';
import { Form, Input, Modal, Typography, Upload, App, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { fileAppeal, uploadAppealEvidence } from '@jx/contract';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { resultKeys } from '../../api/results';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

/** 申诉 on one receipt line: the reason (at least 5 characters) and, optionally, evidence files. */
export function AppealModal(props: { bulletinId: string; line: { key: string; label: string } | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      const appeal = await call(fileAppeal, { body: { bulletinId: props.bulletinId, lineKey: props.line!.key, reason } });
      for (const f of files) {
        const formData = new FormData();
        formData.append('file', f.originFileObj as File, f.name);
        await call(uploadAppealEvidence, { params: { id: appeal.id }, formData });
      }
      message.success(t('results.appeal.filed'));
      await qc.invalidateQueries({ queryKey: resultKeys.all });
      form.resetFields();
      setFiles([]);
      props.onClose();
    } catch (e) {
      handleError(e, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={!!props.line}
      title={t('results.appeal.title')}
      okText={t('results.appeal.submit')}
      onOk={() => void submit()}
      confirmLoading={busy}
      onCancel={props.onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'appeal-submit' } as never}
    >
      <Typography.Paragraph>{t('results.appeal.line', { label: props.line?.label ?? '' })}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('results.appeal.reason')}
          rules={[
            { required: true, message: t('results.appeal.reasonRequired') },
            { min: 5, message: t('results.appeal.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="appeal-reason" />
        </Form.Item>
        <Form.Item label={t('results.appeal.evidence')} extra={t('results.appeal.evidenceHint')}>
          <Upload fileList={files} beforeUpload={() => false} onChange={(i) => setFiles(i.fileList)} accept=".docx,.pdf,.png,.jpg,.jpeg" multiple>
            <a>
              <UploadOutlined /> {t('results.appeal.pick')}
            </a>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
