import type { AppDeps } from '../../app-deps.ts';
import { loadAccountWithScope, toSessionUser } from '../../auth/session-user.ts';

export type SessionUserDeps = Pick<AppDeps, 'db' | 'clock' | 'settings' | 'config'>;

/** The signed-in user as the web app sees it, with the current security rules applied. */
export async function sessionUserOf(deps: SessionUserDeps, accountId: string) {
  const account = await loadAccountWithScope(deps.db, accountId);
  if (!account) throw new Error('account vanished');
  return toSessionUser(account, deps.clock.now(), {
    passwordMaxAgeDays: await deps.settings.get('security.passwordMaxAgeDays'),
    requireMfaForPrivileged: deps.config.requireMfaForPrivileged,
  });
}
