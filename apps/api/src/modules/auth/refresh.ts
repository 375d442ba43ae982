import type { AppDeps } from '../../app-deps.ts';
import { UnauthenticatedError } from '../../lib/errors.ts';
import { MINUTE } from '../../lib/clock.ts';
import { hashToken, newRefreshToken } from '../../auth/tokens.ts';
import type { IssuedSession } from './open-session.ts';

type Outcome = { session: IssuedSession } | { refused: string };

/**
 * Exchanges a refresh token for a new one (rotation). Presenting a token that was already rotated away
 * means it was copied: the whole session is revoked. Revocations commit even though the call fails.
 */
export async function refreshSession(deps: AppDeps, presented: string | undefined): Promise<IssuedSession> {
  if (!presented) throw new UnauthenticatedError('请先登录');
  const now = deps.clock.now();
  const settings = await deps.settings.all();
  const tokenHash = hashToken(presented);
  const outcome = await deps.db.$transaction(async (tx): Promise<Outcome> => {
    const session = await tx.session.findUnique({ where: { refreshTokenHash: tokenHash }, include: { account: true } });
    if (!session) {
      const reused = await tx.session.findUnique({ where: { previousTokenHash: tokenHash } });
      if (reused && !reused.revokedAt) {
        await tx.session.update({ where: { id: reused.id }, data: { revokedAt: now, revokeReason: 'REFRESH_REUSE' } });
      }
      return { refused: '登录凭证已失效，请重新登录' };
    }
    if (session.revokedAt) return { refused: '会话已结束，请重新登录' };
    const idle = settings['security.sessionIdleMinutes'];
    const end =
      now.getTime() - session.lastSeenAt.getTime() > idle * MINUTE
        ? { reason: 'IDLE', message: `超过 ${idle} 分钟未操作，请重新登录` }
        : now >= session.expiresAt
          ? { reason: 'ABSOLUTE', message: '登录已超过最长时限，请重新登录' }
          : session.account.status !== 'ACTIVE'
            ? { reason: 'DISABLED', message: '账户已停用' }
            : null;
    if (end) {
      await tx.session.update({ where: { id: session.id }, data: { revokedAt: now, revokeReason: end.reason } });
      return { refused: end.message };
    }
    const refreshToken = newRefreshToken();
    await tx.session.update({
      where: { id: session.id },
      data: { previousTokenHash: tokenHash, refreshTokenHash: hashToken(refreshToken), lastSeenAt: now },
    });
    return { session: { accountId: session.accountId, sessionId: session.id, refreshToken } };
  });
  if ('refused' in outcome) throw new UnauthenticatedError(outcome.refused, 'SESSION_EXPIRED');
  return outcome.session;
}
