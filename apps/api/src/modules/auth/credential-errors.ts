import type { AppDeps } from '../../app-deps.ts';
import { AppError, ValidationError, issue, t } from '../../lib/errors.ts';
import { formatShanghaiTime } from '../../lib/format.ts';
import { countFailure } from './count-failure.ts';

/** The account is locked (by failed checks of its password or code); its sessions have ended. */
export function lockedError(until: Date) {
  return new AppError('ACCOUNT_LOCKED', t('auth.locked', { until: formatShanghaiTime(until) }), {
    lockedUntil: until.toISOString(),
  });
}

/**
 * A signed-in user's password or code was wrong (changing the password, removing or adding the second factor): the
 * failure counts toward the same lockout as a login, and a lock ends every session of the account, the caller's too.
 * The answer names every field that was checked with one message, so it does not say which one was wrong.
 */
export async function refuseCredentials(
  deps: Pick<AppDeps, 'db' | 'settings'>,
  accountId: string,
  now: Date,
  credential: 'currentPassword' | 'code' | 'passwordOrCode',
  paths: string[],
): Promise<never> {
  const outcome = await countFailure(deps.db, accountId, now, await deps.settings.all());
  if (outcome.kind !== 'counted') throw lockedError(outcome.lockedUntil);
  const text = t('auth.credentialWrong', { credential, attemptsLeft: outcome.attemptsLeft });
  throw new ValidationError(paths.map((path) => issue(path, text)));
}
