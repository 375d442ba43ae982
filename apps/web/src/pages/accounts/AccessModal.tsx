import { App, Form } from 'antd';
import type { Account, BodyOf, setAccountAccess } from '@jx/contract';
import { useSetAccountAccess } from '../../api/accounts';
import { FormModal } from '../../components/form/FormModal';
import { applyZodIssues } from '../../components/form/serverErrors';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { AccessFieldsEditor, accessBody, validateAccess } from './AccessFieldsEditor';

type Values = Omit<BodyOf<typeof setAccountAccess>, 'version'>;

export function AccessModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetAccountAccess();
  const handleError = useApiErrorHandler();

  const onFinish = (v: Values) => {
    if (!account) return;
    const access = validateAccess(v.access);
    if (!access.success) {
      const unplaced = applyZodIssues(form, access.error, ['access']);
      if (unplaced.length) message.error(unplaced.join('；'));
      return;
    }
    save.mutate(
      { params: { id: account.id }, body: { access: accessBody(v.access), version: account.version } },
      {
        onSuccess: () => {
          message.success(t('accounts.messages.accessSaved'));
          onClose();
        },
        onError: (e) => handleError(e, { form, onReload: onClose }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={!!account}
      title={account ? t('accounts.accessTitle', { name: account.displayName }) : ''}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={save.isPending}
      okText={t('common.actions.save')}
      width={640}
      initialValues={
        account
          ? {
              access: {
                roles: account.roles,
                unitId: account.unitId,
                portfolioUnitIds: account.portfolioUnitIds,
                portfolioTargetTypeIds: account.portfolioTargetTypeIds,
              },
            }
          : {}
      }
      testId="account-access-form"
    >
      <AccessFieldsEditor form={form} />
    </FormModal>
  );
}
