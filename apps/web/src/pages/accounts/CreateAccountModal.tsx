import { App, Button, Divider, Flex, Form, Input, Space } from 'antd';
import type { z } from 'zod';
import { ThunderboltOutlined } from '@ant-design/icons';
import { CreateAccountBody } from '@jx/contract';
import { useCreateAccount } from '../../api/accounts';
import { FormModal } from '../../components/form/FormModal';
import { applyZodIssues } from '../../components/form/serverErrors';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { PasswordPolicyHint } from '../../components/PasswordPolicyHint';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { AccessFieldsEditor, accessBody, validateAccess } from './AccessFieldsEditor';
import { PersonPicker } from './PersonPicker';
import { randomPassword } from './randomPassword';

type Values = z.input<typeof CreateAccountBody>;

const shape = CreateAccountBody.shape;

export function CreateAccountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const handleError = useApiErrorHandler();
  const password = Form.useWatch('password', form);

  const onFinish = (v: Values) => {
    const access = validateAccess(v.access);
    if (!access.success) {
      const unplaced = applyZodIssues(form, access.error, ['access']);
      if (unplaced.length) message.error(unplaced.join('；'));
      return;
    }
    create.mutate(
      {
        body: {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          personId: v.personId ?? null,
          password: v.password,
          access: accessBody(v.access),
        },
      },
      {
        onSuccess: () => {
          message.success(t('accounts.messages.created'));
          onClose();
        },
        onError: (e) => handleError(e, { form, fieldFor: { PASSWORD_POLICY: 'password', CONFLICT: 'username' } }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('accounts.createTitle')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending}
      okText={t('common.actions.save')}
      width={680}
      initialValues={{ access: { roles: [], portfolioUnitIds: [], portfolioTargetTypeIds: [] } }}
      testId="account-create-form"
    >
      <Flex gap={16}>
        <ZodFormItem name="username" label={t('accounts.fields.username')} schema={shape.username} tooltip={t('accounts.help.username')} style={{ flex: 1 }}>
          <Input maxLength={32} autoComplete="off" data-testid="account-username" />
        </ZodFormItem>
        <ZodFormItem name="displayName" label={t('accounts.fields.displayName')} schema={shape.displayName} style={{ flex: 1 }}>
          <Input maxLength={50} autoComplete="off" />
        </ZodFormItem>
      </Flex>
      <ZodFormItem name="personId" label={t('accounts.fields.person')} schema={shape.personId} extra={t('accounts.help.person')}>
        <PersonPicker
          onChange={(_id, person) => {
            if (person && !form.getFieldValue('displayName')) form.setFieldValue('displayName', person.name);
            if (person?.unitId && !form.getFieldValue(['access', 'unitId'])) form.setFieldValue(['access', 'unitId'], person.unitId);
          }}
        />
      </ZodFormItem>
      <Form.Item label={t('accounts.fields.password')} required extra={t('accounts.help.password')}>
        <Space.Compact block>
          <ZodFormItem name="password" noStyle schema={shape.password}>
            <Input.Password autoComplete="new-password" data-testid="account-password" />
          </ZodFormItem>
          <Button
            icon={<ThunderboltOutlined />}
            onClick={() => {
              form.setFieldValue('password', randomPassword());
              void form.validateFields(['password']);
              message.info(t('accounts.generated'));
            }}
          >
            {t('accounts.generate')}
          </Button>
        </Space.Compact>
      </Form.Item>
      <PasswordPolicyHint value={password} />
      <Divider style={{ margin: '8px 0 16px' }} />
      <AccessFieldsEditor form={form} />
    </FormModal>
  );
}
