import type { SessionUser } from '@jx/contract';
import { SecurityStepPage } from '../../components/SecurityStepPage';
import { useT } from '../../locales';
import { TotpEnrollment } from './TotpEnrollment';

/**
 * While the server requires a second factor (MFA_ENROLLMENT_REQUIRED: production mode, privileged
 * roles) this is the only page the app shows; the session user flips once the binding is confirmed.
 */
export function ForcedMfaEnrollmentPage({ user }: { user: SessionUser }) {
  const t = useT();
  return (
    <SecurityStepPage
      user={user}
      testId="forced-mfa-enrollment"
      width={640}
      title={t('auth.totp.forcedTitle')}
      notice={t('auth.totp.forcedText')}
      logoutLabel={t('auth.totp.logoutInstead')}
    >
      <TotpEnrollment />
    </SecurityStepPage>
  );
}
