import { useState } from 'react';
import { Alert, App, Form, Input } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { totpDisable, type BodyOf } from '@jx/contract';
import { disableTotp } from '../../auth/actions';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { normalizeTotpCode, TotpCodeInput } from '../../components/TotpCodeInput';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

type Values = BodyOf<typeof totpDisable>;

const shape = bodyShape(totpDisable);

/** Removing the second factor proves the person twice: the password and a current code. */
export function DisableTotpModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const handleError = useApiErrorHandler();

  const close = () => {
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: Values) => {
    setSubmitting(true);
    try {
      await disableTotp(values);
      message.success(t('auth.totp.disabled'));
      close();
    } catch (e) {
      form.setFieldValue('code', '');
      handleError(e, { form });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('auth.totp.disableTitle')}
      form={form}
      onCancel={close}
      onFinish={(v) => void onFinish(v)}
      confirmLoading={submitting}
      okText={t('auth.totp.disable')}
      okDanger
      width={460}
      testId="totp-disable-form"
    >
      <Alert type="warning" showIcon title={t('auth.totp.disableNotice')} style={{ marginBottom: 16 }} />
      <ZodFormItem name="password" label={t('auth.totp.password')} schema={shape.password}>
        <Input.Password autoComplete="current-password" placeholder={t('auth.totp.passwordPlaceholder')} data-testid="totp-disable-password" />
      </ZodFormItem>
      <ZodFormItem name="code" label={t('auth.totp.code')} schema={shape.code} normalize={normalizeTotpCode}>
        <TotpCodeInput placeholder={t('auth.totp.codePlaceholder')} prefix={<SafetyCertificateOutlined />} data-testid="totp-disable-code" />
      </ZodFormItem>
    </FormModal>
  );
}
