import type { SettingValues } from '@jx/contract';
import type { Db } from '../../lib/db.ts';

export type FailureOutcome =
  | { kind: 'alreadyLocked'; lockedUntil: Date }
  | { kind: 'lockedNow'; lockedUntil: Date }
  | { kind: 'counted'; attemptsLeft: number };

/**
 * Counts one failed credential check against the account, under a row lock that re-reads the lock:
 * parallel guesses that all passed the first lock check must not each get a fresh try.
 */
export function countFailure(db: Db, accountId: string, now: Date, settings: SettingValues): Promise<FailureOutcome> {
  const threshold = settings['security.lockoutThreshold'];
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId}::uuid FOR UPDATE`;
    const current = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { failedLoginCount: true, lockedUntil: true } });
    if (current.lockedUntil && current.lockedUntil > now) return { kind: 'alreadyLocked', lockedUntil: current.lockedUntil };
    const failedLoginCount = current.failedLoginCount + 1;
    if (failedLoginCount >= threshold) {
      const lockedUntil = new Date(now.getTime() + settings['security.lockoutMinutes'] * 60_000);
      await tx.account.update({ where: { id: accountId }, data: { lockedUntil, failedLoginCount: 0 } });
      // A lock also ends the account's sessions: whoever was guessing through one is out.
      await tx.session.updateMany({ where: { accountId, revokedAt: null }, data: { revokedAt: now, revokeReason: 'LOCKED' } });
      return { kind: 'lockedNow', lockedUntil };
    }
    await tx.account.update({ where: { id: accountId }, data: { failedLoginCount } });
    return { kind: 'counted', attemptsLeft: threshold - failedLoginCount };
  });
}
