import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation } from 'react-router';
import { ApiError, LoginBody } from '@jx/contract';
import { signIn } from '../../auth/actions';
import { useSessionState } from '../../auth/session';
import { FullPageSpin } from '../../auth/guards';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { useT, type MessageKey } from '../../locales';

interface LoginValues {
  username: string;
  password: string;
}

const KNOWN_ERRORS = ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_DISABLED', 'RATE_LIMITED', 'NETWORK'] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];

export function LoginPage() {
  const t = useT();
  const session = useSessionState();
  const location = useLocation();
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<{ title: string; detail?: string; code: string } | null>(null);

  useEffect(() => {
    document.title = `${t('auth.login.title')} - ${t('common.appName')}`;
  }, [t]);

  if (session.status === 'loading') return <FullPageSpin />;
  if (session.status === 'authenticated') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn({ username: values.username.trim(), password: values.password });
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      const code = err?.code ?? 'other';
      const key: MessageKey = (KNOWN_ERRORS as readonly string[]).includes(code)
        ? `auth.login.errors.${code as KnownError}`
        : 'auth.login.errors.other';
      const title = t(key);
      // The server's message carries the details (attempts left; for a locked account, until when).
      const serverMessage = err && err.code !== 'NETWORK' ? err.message : undefined;
      if (serverMessage && serverMessage.startsWith(title)) setError({ title: serverMessage, code });
      else setError({ title, detail: serverMessage !== title ? serverMessage : undefined, code });
      form.setFieldValue('password', '');
      // Focus the password again so the user can retype at once.
      requestAnimationFrame(() => document.getElementById('login_password')?.focus());
    } finally {
      setSubmitting(false);
    }
  };

  const notice =
    session.reason === 'expired' ? t('auth.login.expired') : session.reason === 'logout' ? t('auth.login.loggedOut') : null;

  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless">
        <div className="login-brand">
          <span className="app-logo-mark">绩</span>
          <Typography.Title level={3} style={{ margin: '0 0 4px' }}>
            {t('common.appName')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('common.orgName')}</Typography.Text>
        </div>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error.title}
            description={error.detail}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            data-code={error.code}
          />
        ) : notice ? (
          <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="login-notice" />
        ) : null}
        <Form<LoginValues> form={form} name="login" layout="vertical" size="large" onFinish={onFinish} requiredMark={false} data-testid="login-form">
          <ZodFormItem name="username" label={t('auth.login.username')} schema={LoginBody.shape.username}>
            <Input
              prefix={<UserOutlined />}
              placeholder={t('auth.login.usernamePlaceholder')}
              autoComplete="username"
              autoFocus
              data-testid="login-username"
            />
          </ZodFormItem>
          <ZodFormItem name="password" label={t('auth.login.password')} schema={LoginBody.shape.password}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('auth.login.passwordPlaceholder')}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </ZodFormItem>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {submitting ? t('auth.login.submitting') : t('auth.login.submit')}
          </Button>
        </Form>
        <div className="login-footer">
          <Typography.Text type="secondary" className="small">
            {t('auth.login.footer')}
          </Typography.Text>
        </div>
      </Card>
    </div>
  );
}

export default LoginPage;
