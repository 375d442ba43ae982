import { Button, Card, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { formatDate } from '../../utils/format';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordPage() {
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('auth.password.title')}
        subTitle={t('auth.password.expiresAt', { date: formatDate(user.passwordExpiresAt) })}
        extra={
          <Button icon={<SafetyCertificateOutlined />} onClick={() => void navigate('/account/security')} data-testid="password-security-link">
            {t('auth.password.securityLink')}
          </Button>
        }
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
