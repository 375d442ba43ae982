import type { AppDeps } from '../../app-deps.ts';
import { UnauthenticatedError, t, type ErrorText } from '../../lib/errors.ts';
import { MINUTE } from '../../lib/clock.ts';
import { hashToken, newRefreshToken } from '../../auth/tokens.ts';
import type { IssuedSession } from './open-session.ts';
import { recordAudit } from '../../audit/record-audit.ts';

type Outcome = { session: IssuedSession } | { refused: ErrorText };

/**
 * How long after a rotation the token it replaced still counts: two tabs (or a retried request) presenting the same
 * cookie at once get the same successor instead of ending the session (decision 0002).
 */
export const REFRESH_GRACE_MS = 30_000;

/**
 * Exchanges a refresh token for a new one (rotation). The token just rotated away, presented again within the grace
 * window, gets that same successor; presented later, it was copied: the whole session is revoked. Requests with one
 * session's tokens take turns on its row, so parallel refreshes see each other's rotation. Revocations commit even
 * though the call fails.
 */
export async function refreshSession(
  deps: Pick<AppDeps, 'db' | 'clock' | 'settings' | 'secrets'>,
  presented: string | undefined,
  meta: { ip: string; requestId: string },
): Promise<IssuedSession> {
  if (!presented) throw new UnauthenticatedError();
  const now = deps.clock.now();
  const settings = await deps.settings.all();
  const tokenHash = hashToken(presented);
  const outcome = await deps.db.$transaction(async (tx): Promise<Outcome> => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Session" WHERE "refreshTokenHash" = ${tokenHash} OR "previousTokenHash" = ${tokenHash} FOR UPDATE`;
    const session = locked ? await tx.session.findUnique({ where: { id: locked.id }, include: { account: true } }) : null;
    if (!session) return { refused: t('common.refreshInvalid') };
    if (session.revokedAt) return { refused: t('common.sessionEnded') };
    const current = session.refreshTokenHash === tokenHash;
    const { account } = session;
    const audit = (outcome: 'SUCCESS' | 'DENIED', reason: string | null) =>
      recordAudit(
        tx,
        { ...meta, now, actor: { accountId: account.id, username: account.username, roles: account.roles } },
        { action: 'auth.refresh', objectType: 'Session', objectId: session.id, outcome, reason },
      );
    if (!current) {
      const withinGrace = session.rotatedAt && session.successorToken && now.getTime() - session.rotatedAt.getTime() <= REFRESH_GRACE_MS;
      if (!withinGrace) {
        await tx.session.update({ where: { id: session.id }, data: { revokedAt: now, revokeReason: 'REFRESH_REUSE' } });
        await audit('DENIED', '已轮换的刷新凭证再次出现（疑似被复制），会话已结束');
        return { refused: t('common.refreshInvalid') };
      }
    }
    const idle = settings['security.sessionIdleMinutes'];
    const end =
      now.getTime() - session.lastSeenAt.getTime() > idle * MINUTE
        ? { reason: 'IDLE', message: t('common.sessionIdle', { minutes: idle }) }
        : now >= session.expiresAt
          ? { reason: 'ABSOLUTE', message: t('common.sessionAbsolute') }
          : session.account.status !== 'ACTIVE'
            ? { reason: 'DISABLED', message: t('common.accountDisabled') }
            : null;
    if (end) {
      await tx.session.update({ where: { id: session.id }, data: { revokedAt: now, revokeReason: end.reason } });
      return { refused: end.message };
    }
    if (!current) {
      await audit('SUCCESS', '宽限期内的重复刷新，沿用同一新凭证');
      return { session: { accountId: session.accountId, sessionId: session.id, refreshToken: deps.secrets.decrypt(session.successorToken!) } };
    }
    const refreshToken = newRefreshToken();
    await tx.session.update({
      where: { id: session.id },
      data: {
        previousTokenHash: tokenHash,
        refreshTokenHash: hashToken(refreshToken),
        lastSeenAt: now,
        rotatedAt: now,
        successorToken: deps.secrets.encrypt(refreshToken),
      },
    });
    await audit('SUCCESS', null);
    return { session: { accountId: session.accountId, sessionId: session.id, refreshToken } };
  });
  if ('refused' in outcome) throw new UnauthenticatedError(outcome.refused, 'SESSION_EXPIRED');
  return outcome.session;
}
