import { useEffect, useState } from 'react';
import { Alert, Avatar, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { ArrowLeftOutlined, LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation } from 'react-router';
import type { z } from 'zod';
import { ApiError, LoginBody, TotpCodeSchema } from '@jx/contract';
import { useSystemName } from '../../api/system';
import { signIn } from '../../auth/actions';
import { useSessionState } from '../../auth/session';
import { FullPageSpin } from '../../auth/guards';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { normalizeTotpCode, TotpCodeInput } from '../../components/TotpCodeInput';
import { useT, type MessageKey, type TFunction } from '../../locales';
import { LanguageSwitch } from '../../layouts/LanguageSwitch';

/** Step 1: the username and password (the second factor, if any, is step 2). */
type LoginValues = Omit<z.input<typeof LoginBody>, 'totpCode'>;

interface TotpValues {
  totpCode: string;
}

/** The username and password the user gave in step 1, kept in memory only for step 2. */
interface Credentials {
  username: string;
  password: string;
}

interface LoginError {
  title: string;
  detail?: string;
  code: string;
}

const KNOWN_ERRORS = ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_DISABLED', 'RATE_LIMITED', 'NETWORK', 'MFA_REQUIRED'] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];

/** The catalogue's title for a failed login, with the server's message (attempts left, locked until…) as detail. */
function describeError(t: TFunction, e: unknown): LoginError {
  const err = e instanceof ApiError ? e : null;
  const code = err?.code ?? 'other';
  const key: MessageKey = (KNOWN_ERRORS as readonly string[]).includes(code) ? `auth.login.errors.${code as KnownError}` : 'auth.login.errors.other';
  const title = t(key);
  const serverMessage = err && err.code !== 'NETWORK' ? err.message : undefined;
  if (serverMessage && serverMessage.startsWith(title)) return { title: serverMessage, code };
  return { title, detail: serverMessage !== title ? serverMessage : undefined, code };
}

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Two steps: username and password; then, for an account with a second factor (the server answers
 * MFA_REQUIRED), the 6-digit code of the authenticator app, sent again with the username and password.
 */
export function LoginPage() {
  const t = useT();
  const systemName = useSystemName();
  const session = useSessionState();
  const location = useLocation();
  const [form] = Form.useForm<LoginValues>();
  const [totpForm] = Form.useForm<TotpValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const [pending, setPending] = useState<Credentials | null>(null);

  useEffect(() => {
    document.title = `${t('auth.login.title')} - ${systemName}`;
  }, [t, systemName]);

  if (session.status === 'loading') return <FullPageSpin />;
  if (session.status === 'authenticated') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }

  /** Back to step 1 (返回, or the account got locked meanwhile): the username stays, the password is typed again. */
  const startOver = (username: string) => {
    setPending(null);
    totpForm.resetFields();
    form.setFieldsValue({ username, password: '' });
    focusSoon('login_password');
  };

  const onPassword = async (values: LoginValues) => {
    const credentials = { username: values.username.trim(), password: values.password };
    setSubmitting(true);
    setError(null);
    try {
      await signIn(credentials);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'MFA_REQUIRED') {
        setPending(credentials);
        return;
      }
      setError(describeError(t, e));
      form.setFieldValue('password', '');
      // Focus the password again so the user can retype at once.
      focusSoon('login_password');
    } finally {
      setSubmitting(false);
    }
  };

  const onTotp = async ({ totpCode }: TotpValues) => {
    if (!pending) return;
    setSubmitting(true);
    setError(null);
    try {
      await signIn({ ...pending, totpCode });
    } catch (e) {
      const described = describeError(t, e);
      setError(described);
      // A wrong or reused code gets the one answer for wrong credentials (it does not say which factor failed): the
      // password was right a moment ago, so the user stays on the code step and types the next code.
      const stay = e instanceof ApiError && ['INVALID_CREDENTIALS', 'MFA_REQUIRED', 'RATE_LIMITED', 'NETWORK'].includes(e.code);
      if (stay) {
        totpForm.setFields([{ name: 'totpCode', value: '', errors: [] }]);
        focusSoon('login-totp_totpCode');
      } else {
        // Locked, disabled, or the password no longer valid: the code step cannot succeed any more.
        startOver(pending.username);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const notice =
    session.reason === 'locked'
      ? (session.message ?? t('auth.login.locked'))
      : session.reason === 'expired'
        ? t('auth.login.expired')
        : session.reason === 'logout'
          ? t('auth.login.loggedOut')
          : null;

  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless">
        <div className="login-language" data-testid="login-language">
          <LanguageSwitch />
        </div>
        <div className="login-brand">
          <span className="app-logo-mark">绩</span>
          {/* The page's h1, drawn at the size of an h3. */}
          <Typography.Title level={1} style={{ margin: '0 0 4px', fontSize: 24, lineHeight: 1.33 }} data-testid="login-system-name">
            {systemName}
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
        ) : notice && !pending ? (
          <Alert
            type={session.reason === 'locked' ? 'warning' : 'info'}
            showIcon
            title={notice}
            style={{ marginBottom: 16 }}
            data-testid="login-notice"
            data-reason={session.reason}
          />
        ) : null}
        <Form<LoginValues>
          form={form}
          name="login"
          layout="vertical"
          size="large"
          onFinish={onPassword}
          requiredMark={false}
          data-testid="login-form"
          hidden={!!pending}
        >
          <ZodFormItem name="username" label={t('auth.login.username')} schema={LoginBody.shape.username}>
            <Input prefix={<UserOutlined />} placeholder={t('auth.login.usernamePlaceholder')} autoComplete="username" autoFocus data-testid="login-username" />
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
        {pending ? (
          <div data-testid="login-totp-step">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              <SafetyCertificateOutlined style={{ color: '#1456b8', marginInlineEnd: 8 }} />
              {t('auth.login.totpTitle')}
            </Typography.Title>
            <Flex align="center" gap={10} className="login-account">
              <Avatar size="small" icon={<UserOutlined />} className="header-avatar" />
              <div>
                <Typography.Text type="secondary" className="small">
                  {t('auth.login.signingInAs')}
                </Typography.Text>
                <div className="mono login-account-name" data-testid="login-totp-username">
                  {pending.username}
                </div>
              </div>
            </Flex>
            <Typography.Paragraph type="secondary">{t('auth.login.totpIntro')}</Typography.Paragraph>
            <Form<TotpValues> form={totpForm} name="login-totp" layout="vertical" size="large" onFinish={onTotp} requiredMark={false}>
              <ZodFormItem name="totpCode" label={t('auth.login.totpCode')} schema={TotpCodeSchema} normalize={normalizeTotpCode}>
                <TotpCodeInput placeholder={t('auth.login.totpPlaceholder')} autoFocus prefix={<SafetyCertificateOutlined />} data-testid="login-totp" />
              </ZodFormItem>
              <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-totp-submit">
                {submitting ? t('auth.login.submitting') : t('auth.login.totpSubmit')}
              </Button>
            </Form>
            <Flex justify="center" style={{ marginTop: 8 }}>
              <Button
                type="link"
                icon={<ArrowLeftOutlined />}
                title={t('auth.login.backHint')}
                onClick={() => {
                  setError(null);
                  startOver(pending.username);
                }}
                data-testid="login-back"
              >
                {t('auth.login.back')}
              </Button>
            </Flex>
          </div>
        ) : null}
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
