import { Alert, App, Button, Form, Input, Space } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { resetAccountPassword, type Account, type BodyOf } from '@jx/contract';
import { useResetAccountPassword } from '../../api/accounts';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { PasswordPolicyHint } from '../../components/PasswordPolicyHint';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { randomPassword } from './randomPassword';

type Values = Omit<BodyOf<typeof resetAccountPassword>, 'version'>;

const shape = bodyShape(resetAccountPassword);

/** The admin types (or generates) a new issued password; the user must change it at next login. */
export function ResetPasswordModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useResetAccountPassword();
  const handleError = useApiErrorHandler();
  const password = Form.useWatch('password', form);

  const onFinish = (v: Values) => {
    if (!account) return;
    modal.confirm({
      title: t('accounts.confirm.resetTitle', { name: account.displayName }),
      content: t('accounts.confirm.resetContent'),
      okText: t('accounts.actions.resetPassword'),
      okButtonProps: { danger: true, 'data-testid': 'reset-confirm' },
      cancelText: t('common.actions.cancel'),
      onOk: () =>
        reset
          .mutateAsync({ params: { id: account.id }, body: { password: v.password, version: account.version } })
          .then(() => {
            message.success(t('accounts.messages.reset'));
            onClose();
          })
          .catch((e: unknown) => handleError(e, { form, fieldFor: { PASSWORD_POLICY: 'password' }, onReload: onClose })),
    });
  };

  return (
    <FormModal<Values>
      open={!!account}
      title={account ? t('accounts.resetTitle', { name: account.displayName }) : ''}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={reset.isPending}
      okText={t('accounts.actions.resetPassword')}
      okDanger
      width={520}
      testId="reset-password-form"
    >
      <Alert type="warning" showIcon title={t('accounts.resetNotice')} style={{ marginBottom: 16 }} />
      <Form.Item label={t('accounts.fields.newPassword')} required>
        <Space.Compact block>
          <ZodFormItem name="password" noStyle schema={shape.password}>
            <Input.Password autoComplete="new-password" data-testid="reset-password" />
          </ZodFormItem>
          <Button
            icon={<ThunderboltOutlined />}
            onClick={() => {
              form.setFieldValue('password', randomPassword());
              void form.validateFields(['password']);
            }}
          >
            {t('accounts.generate')}
          </Button>
        </Space.Compact>
      </Form.Item>
      <PasswordPolicyHint value={password} />
    </FormModal>
  );
}
