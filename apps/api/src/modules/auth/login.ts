import type { z } from 'zod';
import type { LoginBody } from '@jx/contract';
import type { AppDeps } from '../../app-deps.ts';
import { AppError, t } from '../../lib/errors.ts';
import { verifyDecoy, verifyPassword } from '../../auth/passwords.ts';
import { verifyTotp } from '../../auth/totp.ts';
import { openSession, type IssuedSession } from './open-session.ts';
import { countFailure, countUnknownFailure, unknownNameLockedUntil, type FailureOutcome } from './count-failure.ts';
import { lockedError } from './credential-errors.ts';

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
}

/**
 * The one answer to wrong credentials, whatever was wrong — an unknown name, the password, or (when one was sent) the
 * second-factor code — with the attempts left before the lock (decision 0004).
 */
function wrongCredentials(outcome: FailureOutcome, withCode: boolean): AppError {
  if (outcome.kind !== 'counted') return lockedError(outcome.lockedUntil);
  const left = outcome.attemptsLeft;
  return new AppError('INVALID_CREDENTIALS', t(withCode ? 'auth.invalidCredentialsWithCode' : 'auth.invalidCredentials', { attemptsLeft: left }), {
    attemptsLeft: left,
  });
}

/**
 * Password login with per-account lockout: the failure counter lives on the account (or, for a name without one, on a
 * throttle row), so changing the client address (or X-Forwarded-For) does not reset it. Every attempt is a LoginEvent.
 * An unknown name, a locked account and a wrong password take the same time (one argon2 verification each) and get the
 * same answers.
 */
export async function login(deps: AppDeps, body: z.output<typeof LoginBody>, meta: ClientMeta): Promise<IssuedSession> {
  const { db } = deps;
  const now = deps.clock.now();
  const settings = await deps.settings.all();
  const username = body.username.trim().toLowerCase();
  const withCode = Boolean(body.totpCode);
  const loginEvent = (outcome: 'SUCCESS' | 'FAILURE', reason: string, accountId: string | null = null) => ({
    at: now,
    username,
    accountId,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
    outcome,
    reason,
  });
  const fail = async (reason: string, accountId: string | null, error: AppError) => {
    await db.loginEvent.create({ data: loginEvent('FAILURE', reason, accountId) });
    return error;
  };

  const account = await db.account.findUnique({ where: { username } });
  if (!account) {
    await verifyDecoy(body.password);
    const lockedUntil = await unknownNameLockedUntil(db, username, now);
    if (lockedUntil) throw await fail('LOCKED', null, lockedError(lockedUntil));
    throw await fail('UNKNOWN_USER', null, wrongCredentials(await countUnknownFailure(db, username, now, settings), withCode));
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    await verifyDecoy(body.password);
    throw await fail('LOCKED', account.id, lockedError(account.lockedUntil));
  }

  const passwordOk = await verifyPassword(account.passwordHash, body.password);
  // With a second factor, the password alone is not enough: a correct one is asked for the code (not a failure).
  if (passwordOk && account.totpSecret && !body.totpCode) {
    throw await fail('MFA_REQUIRED', account.id, new AppError('MFA_REQUIRED', t('auth.mfaRequired')));
  }
  const totpStep =
    passwordOk && account.totpSecret && body.totpCode ? verifyTotp(deps.secrets.decrypt(account.totpSecret), body.totpCode, now, account.totpLastStep) : null;
  if (!passwordOk || (account.totpSecret && totpStep === null)) {
    const outcome = await countFailure(db, account.id, now, settings);
    const reason = !passwordOk ? 'BAD_PASSWORD' : 'BAD_TOTP';
    throw await fail(outcome.kind === 'lockedNow' ? `${reason}_LOCKED` : reason, account.id, wrongCredentials(outcome, withCode));
  }
  if (account.status !== 'ACTIVE') {
    throw await fail('DISABLED', account.id, new AppError('ACCOUNT_DISABLED', t('auth.disabled')));
  }
  const session = await db.$transaction(async (tx) => {
    // Only if no parallel failure locked the account meanwhile, and no parallel login used the same code
    // (both conditions are re-checked under the row lock the update takes).
    const { count } = await tx.account.updateMany({
      where: {
        id: account.id,
        AND: [
          { OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
          totpStep !== null ? { OR: [{ totpLastStep: null }, { totpLastStep: { lt: totpStep } }] } : {},
        ],
      },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, ...(totpStep !== null ? { totpLastStep: totpStep } : {}) },
    });
    if (count === 0) return null;
    await tx.loginEvent.create({ data: loginEvent('SUCCESS', 'OK', account.id) });
    return openSession(tx, account.id, now, settings['security.sessionAbsoluteHours'], meta);
  });
  if (!session) {
    const { lockedUntil } = await db.account.findUniqueOrThrow({ where: { id: account.id }, select: { lockedUntil: true } });
    if (lockedUntil && lockedUntil > now) throw await fail('LOCKED', account.id, lockedError(lockedUntil));
    // The same code used by a parallel login: a failure like any wrong code.
    throw await fail('TOTP_REPLAY', account.id, wrongCredentials(await countFailure(db, account.id, now, settings), withCode));
  }
  return session;
}
