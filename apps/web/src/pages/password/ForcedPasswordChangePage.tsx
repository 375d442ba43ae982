import { Alert, Button, Card, Flex, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { signOut } from '../../auth/actions';
import { useT } from '../../locales';
import { ChangePasswordForm } from './ChangePasswordForm';

/** While a password change is required this is the only page the app shows. */
export function ForcedPasswordChangePage({ user }: { user: SessionUser }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <div className="login-page" data-testid="forced-password-change">
      <Card className="login-card" style={{ width: 460 }} variant="borderless">
        <div className="login-brand">
          <span className="app-logo-mark">绩</span>
          <Typography.Title level={3} style={{ margin: '0 0 4px' }}>
            {t('auth.password.forcedTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {user.displayName}（{user.username}）
          </Typography.Text>
        </div>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={user.passwordExpired && !user.mustChangePassword ? t('auth.password.forcedExpired') : t('auth.password.forcedFirstLogin')}
        />
        <ChangePasswordForm onDone={() => void navigate('/', { replace: true })} />
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
            {t('auth.password.logoutInstead')}
          </Button>
        </Flex>
      </Card>
    </div>
  );
}
