import { App, Form, Input } from 'antd';
import { updateAccount, type Account, type BodyOf } from '@jx/contract';
import { useUpdateAccount } from '../../api/accounts';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { PersonPicker } from './PersonPicker';

type Values = Omit<BodyOf<typeof updateAccount>, 'version'>;

const shape = bodyShape(updateAccount);

export function EditAccountModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateAccount();
  const handleError = useApiErrorHandler();

  const onFinish = (v: Values) => {
    if (!account) return;
    update.mutate(
      { params: { id: account.id }, body: { displayName: v.displayName.trim(), personId: v.personId ?? null, version: account.version } },
      {
        onSuccess: () => {
          message.success(t('accounts.messages.updated'));
          onClose();
        },
        onError: (e) => handleError(e, { form, onReload: onClose }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={!!account}
      title={account ? t('accounts.editTitle', { name: account.username }) : ''}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={update.isPending}
      okText={t('common.actions.save')}
      initialValues={account ? { displayName: account.displayName, personId: account.personId } : {}}
      testId="account-edit-form"
    >
      <ZodFormItem label={t('accounts.fields.username')}>
        <Input value={account?.username} disabled />
      </ZodFormItem>
      <ZodFormItem name="displayName" label={t('accounts.fields.displayName')} schema={shape.displayName}>
        <Input maxLength={50} autoComplete="off" />
      </ZodFormItem>
      <ZodFormItem name="personId" label={t('accounts.fields.person')} schema={shape.personId} extra={t('accounts.help.person')}>
        <PersonPicker initial={account?.personId && account.personName ? { id: account.personId, name: account.personName } : null} />
      </ZodFormItem>
    </FormModal>
  );
}
