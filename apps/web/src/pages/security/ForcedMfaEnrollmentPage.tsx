import { Alert, Button, Card, Flex, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { signOut } from '../../auth/actions';
import { useT } from '../../locales';
import { TotpEnrollment } from './TotpEnrollment';

/**
 * While the server requires a second factor (MFA_ENROLLMENT_REQUIRED: production mode, privileged
 * roles) this is the only page the app shows; the session user flips once the binding is confirmed.
 */
export function ForcedMfaEnrollmentPage({ user }: { user: SessionUser }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <div className="login-page" data-testid="forced-mfa-enrollment">
      <Card className="login-card" style={{ width: 640 }} variant="borderless">
        <div className="login-brand">
          <span className="app-logo-mark">绩</span>
          <Typography.Title level={3} style={{ margin: '0 0 4px' }}>
            {t('auth.totp.forcedTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {user.displayName}（{user.username}）
          </Typography.Text>
        </div>
        <Alert type="warning" showIcon style={{ marginBottom: 20 }} title={t('auth.totp.forcedText')} />
        <TotpEnrollment />
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button
            type="link"
            icon={<LogoutOutlined />}
            data-testid="logout"
            onClick={async () => {
              await signOut();
              void navigate('/login', { replace: true });
            }}
          >
            {t('auth.totp.logoutInstead')}
          </Button>
        </Flex>
      </Card>
    </div>
  );
}
