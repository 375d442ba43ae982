import { useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { SecurityStepPage } from '../../components/SecurityStepPage';
import { useT } from '../../locales';
import { ChangePasswordForm } from './ChangePasswordForm';

/** While a password change is required this is the only page the app shows. */
export function ForcedPasswordChangePage({ user }: { user: SessionUser }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <SecurityStepPage
      user={user}
      testId="forced-password-change"
      width={460}
      title={t('auth.password.forcedTitle')}
      notice={user.passwordExpired && !user.mustChangePassword ? t('auth.password.forcedExpired') : t('auth.password.forcedFirstLogin')}
      logoutLabel={t('auth.password.logoutInstead')}
    >
      <ChangePasswordForm onDone={() => void navigate('/', { replace: true })} />
    </SecurityStepPage>
  );
}
