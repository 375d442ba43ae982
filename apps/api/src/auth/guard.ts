import type { FastifyRequest } from 'fastify';
import type { RouteDef } from '@jx/contract';
import type { AppDeps } from '../app-deps.ts';
import type { Actor } from '../lib/context.ts';
import { ForbiddenError, UnauthenticatedError, t, type ErrorText } from '../lib/errors.ts';
import { MINUTE } from '../lib/clock.ts';
import type { AccessClaims } from './tokens.ts';
import { accountWithScope, actorOf, mfaEnrollmentRequired, passwordExpiresAt } from './session-user.ts';

const LAST_SEEN_WRITE_INTERVAL_MS = 15_000;

/**
 * Resolves the caller from the access token and the server-side session, on every request:
 * a revoked, idle or expired session, or a disabled account, is refused even with a valid JWT,
 * and roles/scope are the ones in the database now.
 */
export async function authenticate(req: FastifyRequest, deps: AppDeps, route: RouteDef): Promise<Actor> {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) throw new UnauthenticatedError();
  const now = deps.clock.now();
  let claims: AccessClaims;
  try {
    claims = req.server.jwt.verify<AccessClaims>(header.slice(7), { clockTimestamp: now.getTime() });
  } catch {
    throw new UnauthenticatedError(t('common.sessionInvalid'), 'SESSION_EXPIRED');
  }
  const settings = await deps.settings.all();
  const idleLimit = settings['security.sessionIdleMinutes'] * MINUTE;
  const read = async () => {
    const stamp = deps.changes.stamp('auth');
    const fresh = await deps.db.session.findUnique({ where: { id: claims.sid }, include: { account: { include: accountWithScope } } });
    if (fresh) deps.sessionCache.put(fresh, stamp);
    return fresh;
  };
  // A kept copy lets a request through; anything it would refuse for is checked against the database first.
  const cached = deps.sessionCache.get(claims.sid);
  const refusable = (s: typeof cached) =>
    !s ||
    !!s.revokedAt ||
    s.accountId !== claims.sub ||
    now.getTime() - s.lastSeenAt.getTime() > idleLimit ||
    now >= s.expiresAt ||
    s.account.status !== 'ACTIVE';
  const session = cached && !refusable(cached) ? cached : await read();
  if (!session || session.revokedAt || session.accountId !== claims.sub) {
    throw new UnauthenticatedError(t('common.sessionRevoked'), 'SESSION_EXPIRED');
  }
  const endSession = async (reason: string, message: ErrorText) => {
    await deps.db.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: now, revokeReason: reason } });
    return new UnauthenticatedError(message, 'SESSION_EXPIRED');
  };
  if (now.getTime() - session.lastSeenAt.getTime() > idleLimit) {
    throw await endSession('IDLE', t('common.sessionIdle', { minutes: settings['security.sessionIdleMinutes'] }));
  }
  if (now >= session.expiresAt) throw await endSession('ABSOLUTE', t('common.sessionAbsolute'));
  const account = session.account;
  if (account.status !== 'ACTIVE') throw await endSession('DISABLED', t('common.accountDisabled'));

  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_WRITE_INTERVAL_MS) {
    await deps.db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
    deps.sessionCache.seen(session.id, now);
  }
  const actor = actorOf(account, session.id);
  req.actor = actor;

  const expired = passwordExpiresAt(account, settings['security.passwordMaxAgeDays']) <= now;
  if (!route.securitySetup) {
    if (account.mustChangePassword || expired) {
      throw new ForbiddenError(account.mustChangePassword ? t('common.firstLoginPasswordChange') : t('common.passwordExpired'), 'PASSWORD_CHANGE_REQUIRED');
    }
    if (mfaEnrollmentRequired(account, deps.config.requireMfaForPrivileged)) {
      throw new ForbiddenError(t('common.mfaEnrollmentRequired'), 'MFA_ENROLLMENT_REQUIRED');
    }
  }
  if (Array.isArray(route.access) && !actor.roles.some((r) => route.access.includes(r))) {
    throw new ForbiddenError();
  }
  return actor;
}
