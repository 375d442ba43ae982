import { randomBytes } from 'node:crypto';
import type { TestApp } from './app.ts';

const HOUR = 3_600_000;

/**
 * A server-side session written straight to the database, and an access token for it — what a login would
 * give, without argon2 (for tests that need many throwaway sessions). The guard checks it like any other.
 */
export async function directSession(t: TestApp, accountId: string): Promise<{ token: string; sessionId: string }> {
  const now = t.clock.now();
  const session = await t.db.session.create({
    data: { accountId, refreshTokenHash: randomBytes(32).toString('hex'), createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 12 * HOUR) },
  });
  return { token: t.sign({ sid: session.id, sub: accountId }), sessionId: session.id };
}
