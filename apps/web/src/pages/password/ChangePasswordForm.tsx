import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import type { z } from 'zod';
import { ChangePasswordBody } from '@jx/contract';
import { changeOwnPassword } from '../../auth/actions';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { PasswordPolicyHint } from '../../components/PasswordPolicyHint';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

type Values = z.input<typeof ChangePasswordBody> & { confirm: string };

/** 当前密码, 新密码 (policy shown live), 确认新密码. A success returns a fresh session. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form);
  const [submitting, setSubmitting] = useState(false);
  const handleError = useApiErrorHandler();

  const onFinish = async (values: Values) => {
    setSubmitting(true);
    try {
      await changeOwnPassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success(t('auth.password.success'));
      form.resetFields();
      onDone?.();
    } catch (e) {
      handleError(e, {
        form,
        fieldFor: { INVALID_CREDENTIALS: 'currentPassword', PASSWORD_POLICY: 'newPassword' },
      });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="change-password-form" style={{ maxWidth: 420 }}>
      <ZodFormItem name="currentPassword" label={t('auth.password.current')} schema={ChangePasswordBody.shape.currentPassword}>
        <Input.Password autoFocus autoComplete="current-password" placeholder={t('auth.password.currentPlaceholder')} data-testid="current-password" />
      </ZodFormItem>
      <ZodFormItem
        name="newPassword"
        label={t('auth.password.newPassword')}
        schema={ChangePasswordBody.shape.newPassword}
        dependencies={['currentPassword']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_r, v: unknown) => {
              if (v && v === getFieldValue('currentPassword')) throw new Error(t('auth.password.sameAsCurrent'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" placeholder={t('auth.password.newPlaceholder')} data-testid="new-password" />
      </ZodFormItem>
      <PasswordPolicyHint value={newPassword} />
      <Form.Item
        name="confirm"
        label={t('auth.password.confirm')}
        dependencies={['newPassword']}
        required
        rules={[
          { required: true, message: t('auth.password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_r, v: unknown) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error(t('auth.password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" placeholder={t('auth.password.confirmPlaceholder')} data-testid="confirm-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting} data-testid="change-password-submit">
        {t('auth.password.submit')}
      </Button>
    </Form>
  );
}
