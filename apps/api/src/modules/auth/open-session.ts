import type { Tx } from '../../lib/db.ts';
import { HOUR } from '../../lib/clock.ts';
import { hashToken, newRefreshToken } from '../../auth/tokens.ts';

export interface IssuedSession {
  accountId: string;
  sessionId: string;
  refreshToken: string;
}

export async function openSession(
  tx: Tx,
  accountId: string,
  now: Date,
  absoluteHours: number,
  meta: { ip: string; userAgent: string | null },
): Promise<IssuedSession> {
  const refreshToken = newRefreshToken();
  const session = await tx.session.create({
    data: {
      accountId,
      refreshTokenHash: hashToken(refreshToken),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteHours * HOUR),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
    },
  });
  return { accountId, sessionId: session.id, refreshToken };
}

export async function revokeSessions(tx: Tx, accountId: string, now: Date, reason: string, exceptSessionId?: string) {
  await tx.session.updateMany({
    where: { accountId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: now, revokeReason: reason },
  });
}
