import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Flex, Input } from 'antd';
import { ArrowLeftOutlined, LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation } from 'react-router';
import { ApiError, LoginBody, TotpCodeSchema } from '@jx/contract';
import { signIn } from '../../auth/actions';
import { useSessionState } from '../../auth/session';
import { FullPageSpin } from '../../components/FullPageSpin';
import { normalizeTotpCode, TotpCodeInput } from '../../components/TotpCodeInput';
import { useT, type MessageKey, type TFunction } from '../../locales';
import { loadSignedInApp } from '../../signedInApp';
import { LanguageSwitch } from '../../layouts/LanguageSwitch';
import { controlProps, LoginField } from './LoginField';
import { useCheckedFields } from './useCheckedFields';
import { useSignInSystemName } from './useSignInSystemName';

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

/** A form's submit: the page's own handler instead of the browser's navigation. */
const onSubmit = (handler: () => Promise<void>) => (e: FormEvent) => {
  e.preventDefault();
  void handler();
};

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Two steps: username and password; then, for an account with a second factor (the server answers
 * MFA_REQUIRED), the 6-digit code of the authenticator app, sent again with the username and password.
 */
export function LoginPage() {
  const t = useT();
  const systemName = useSignInSystemName();
  const session = useSessionState();
  const location = useLocation();
  // Step 1: the username and password; step 2, for an account with a second factor: the code.
  const form = useCheckedFields({ username: LoginBody.shape.username, password: LoginBody.shape.password }, { username: '', password: '' });
  const totpForm = useCheckedFields({ totpCode: TotpCodeSchema }, { totpCode: '' });
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const [pending, setPending] = useState<Credentials | null>(null);

  useEffect(() => {
    document.title = `${t('auth.login.title')} - ${systemName}`;
  }, [t, systemName]);

  // Fetched while the user types, so that signing in shows the app without waiting for its code.
  useEffect(() => {
    loadSignedInApp().catch(() => undefined);
  }, []);

  if (session.status === 'loading') return <FullPageSpin />;
  if (session.status === 'authenticated') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }

  /** Back to step 1 (返回, or the account got locked meanwhile): the username stays, the password is typed again. */
  const startOver = (username: string) => {
    setPending(null);
    totpForm.set({ totpCode: '' });
    form.set({ username, password: '' });
    focusSoon('login_password');
  };

  const onPassword = async () => {
    const values = form.check();
    if (!values) return;
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
      form.set({ password: '' });
      // Focus the password again so the user can retype at once.
      focusSoon('login_password');
    } finally {
      setSubmitting(false);
    }
  };

  const onTotp = async () => {
    const values = totpForm.check();
    if (!pending || !values) return;
    const { totpCode } = values;
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
        totpForm.set({ totpCode: '' });
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
      {/* Drawn like a borderless antd Card without importing it: Card brings Tabs and Menu along. */}
      <div className="login-card login-panel">
        <div className="login-language" data-testid="login-language">
          <LanguageSwitch />
        </div>
        <div className="login-brand">
          <span className="app-logo-mark">绩</span>
          {/* The page's h1, drawn at the size of an h3. */}
          <h1 className="plain-title login-title" data-testid="login-system-name">
            {systemName}
          </h1>
          <span className="text-secondary">{t('common.orgName')}</span>
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
        <form name="login" onSubmit={onSubmit(onPassword)} data-testid="login-form" hidden={!!pending}>
          <LoginField id="login_username" label={t('auth.login.username')} error={form.errors.username}>
            <Input
              {...controlProps('login_username', form.errors.username)}
              size="large"
              value={form.values.username}
              onChange={(e) => form.change('username', e.target.value)}
              prefix={<UserOutlined />}
              placeholder={t('auth.login.usernamePlaceholder')}
              autoComplete="username"
              autoFocus
              data-testid="login-username"
            />
          </LoginField>
          <LoginField id="login_password" label={t('auth.login.password')} error={form.errors.password}>
            <Input.Password
              {...controlProps('login_password', form.errors.password)}
              size="large"
              value={form.values.password}
              onChange={(e) => form.change('password', e.target.value)}
              prefix={<LockOutlined />}
              placeholder={t('auth.login.passwordPlaceholder')}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </LoginField>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="login-submit">
            {submitting ? t('auth.login.submitting') : t('auth.login.submit')}
          </Button>
        </form>
        {pending ? (
          <div data-testid="login-totp-step">
            <h5 className="plain-title login-step-title">
              <SafetyCertificateOutlined style={{ color: '#1456b8', marginInlineEnd: 8 }} />
              {t('auth.login.totpTitle')}
            </h5>
            <Flex align="center" gap={10} className="login-account">
              <span className="login-avatar header-avatar">
                <UserOutlined />
              </span>
              <div>
                <span className="text-secondary small">{t('auth.login.signingInAs')}</span>
                <div className="mono login-account-name" data-testid="login-totp-username">
                  {pending.username}
                </div>
              </div>
            </Flex>
            <div className="text-secondary login-intro">{t('auth.login.totpIntro')}</div>
            <form name="login-totp" onSubmit={onSubmit(onTotp)}>
              <LoginField id="login-totp_totpCode" label={t('auth.login.totpCode')} error={totpForm.errors.totpCode}>
                <TotpCodeInput
                  {...controlProps('login-totp_totpCode', totpForm.errors.totpCode)}
                  size="large"
                  value={totpForm.values.totpCode}
                  onChange={(e) => totpForm.change('totpCode', normalizeTotpCode(e.target.value))}
                  placeholder={t('auth.login.totpPlaceholder')}
                  autoFocus
                  prefix={<SafetyCertificateOutlined />}
                  data-testid="login-totp"
                />
              </LoginField>
              <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="login-totp-submit">
                {submitting ? t('auth.login.submitting') : t('auth.login.totpSubmit')}
              </Button>
            </form>
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
          <span className="text-secondary small">{t('auth.login.footer')}</span>
        </div>
      </div>
    </div>
  );
}

export default LoginPage;
