import { Card, Typography } from 'antd';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { formatDate } from '../../utils/format';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordPage() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <>
      <PageHeader
        title={t('auth.password.title')}
        subTitle={t('auth.password.expiresAt', { date: formatDate(user.passwordExpiresAt) })}
      />
      <Card>
        <ChangePasswordForm />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('auth.password.policyNotCommon')}
      </Typography.Paragraph>
    </>
  );
}

export default ChangePasswordPage;
