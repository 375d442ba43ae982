import type { SettingValues } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import { DAY } from '../../lib/clock.ts';

export type FailureOutcome =
  { kind: 'alreadyLocked'; lockedUntil: Date } | { kind: 'lockedNow'; lockedUntil: Date } | { kind: 'counted'; attemptsLeft: number };

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

/**
 * The same count for a username that has no account (decision 0004): the guesser sees the same attempts left and the
 * same lock as under a real name, so the answers do not tell which names exist.
 */
export function countUnknownFailure(db: Db, username: string, now: Date, settings: SettingValues): Promise<FailureOutcome> {
  const threshold = settings['security.lockoutThreshold'];
  return db.$transaction(async (tx) => {
    await tx.loginThrottle.upsert({ where: { username }, create: { username }, update: {} });
    await tx.$executeRaw`SELECT 1 FROM "LoginThrottle" WHERE "username" = ${username} FOR UPDATE`;
    const current = await tx.loginThrottle.findUniqueOrThrow({ where: { username } });
    if (current.lockedUntil && current.lockedUntil > now) return { kind: 'alreadyLocked', lockedUntil: current.lockedUntil };
    const failedLoginCount = current.failedLoginCount + 1;
    if (failedLoginCount >= threshold) {
      const lockedUntil = new Date(now.getTime() + settings['security.lockoutMinutes'] * 60_000);
      await tx.loginThrottle.update({ where: { username }, data: { lockedUntil, failedLoginCount: 0 } });
      return { kind: 'lockedNow', lockedUntil };
    }
    await tx.loginThrottle.update({ where: { username }, data: { failedLoginCount } });
    return { kind: 'counted', attemptsLeft: threshold - failedLoginCount };
  });
}

/** Whether a name without an account is locked now (as an account would be). */
export async function unknownNameLockedUntil(db: Db, username: string, now: Date): Promise<Date | null> {
  const row = await db.loginThrottle.findUnique({ where: { username }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts of names nobody guessed at for a day (and not locked) are dropped, so random names do not pile up. */
export async function pruneLoginThrottle(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - DAY);
  const { count } = await db.loginThrottle.deleteMany({ where: { updatedAt: { lt: before }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
  return count;
}
