import type { AUTH_MESSAGES } from '@jx/contract';

/** Signing in, credentials and the second factor. */
export const auth: Record<keyof typeof AUTH_MESSAGES, string> = {
  'auth.invalidCredentials': 'Wrong username or password; {attemptsLeft} more failed attempts lock the account',
  'auth.invalidCredentialsWithCode': 'Wrong username, password or one-time code; {attemptsLeft} more failed attempts lock the account',
  'auth.locked': 'Too many failed attempts: the account is locked until {until} (Beijing time)',
  'auth.disabled': 'The account is disabled; please contact the system administrator',
  'auth.mfaRequired': 'Please enter the one-time code',
  'auth.credentialWrong': 'Wrong {what} ({attemptsLeft} more failed attempts lock the account)',
  'auth.passwordWeak': '{problems}',
  'auth.passwordReused': 'The new password must differ from the last {count} passwords',
  'auth.totpAlreadyEnabled': 'A one-time code is already set up; remove it first to replace it',
  'auth.totpNotEnabled': 'No one-time code is set up',
  'auth.totpSetupFirst': 'Generate the QR code first',
  'auth.totpStateChanged': 'The one-time code setup has changed; reload and try again',
  'auth.auditorOffLimits': 'Security auditor accounts are managed only by the server command pnpm auditor (separation of duties); the system administrator cannot create, change or grant them',
};
