import type { z } from 'zod';
import type { LoginBody } from '@jx/contract';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../lib/errors.ts';
import { formatShanghaiTime } from '../../lib/format.ts';
import { verifyDecoy, verifyPassword } from '../../auth/passwords.ts';
import { verifyTotp } from '../../auth/totp.ts';
import { openSession, type IssuedSession } from './open-session.ts';
import { countFailure } from './count-failure.ts';

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
}

/**
 * Password login with per-account lockout: the failure counter lives on the account, so changing
 * the client address (or X-Forwarded-For) does not reset it. Every attempt is a LoginEvent.
 */
export async function login(deps: AppDeps, body: z.output<typeof LoginBody>, meta: ClientMeta): Promise<IssuedSession> {
  const { db } = deps;
  const now = deps.clock.now();
  const settings = await deps.settings.all();
  const username = body.username.trim().toLowerCase();
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
    throw await fail('UNKNOWN_USER', null, new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误'));
  }
  if (account.lockedUntil && account.lockedUntil > now) throw await fail('LOCKED', account.id, lockedError(account.lockedUntil));

  const passwordOk = await verifyPassword(account.passwordHash, body.password);
  // With a second factor, the password alone is not enough; a wrong code counts as a failed attempt.
  let totpStep: number | null = null;
  if (passwordOk && account.totpSecret) {
    if (!body.totpCode) {
      throw await fail('MFA_REQUIRED', account.id, new AppError(401, 'MFA_REQUIRED', '请输入动态口令'));
    }
    totpStep = verifyTotp(deps.totp.decrypt(account.totpSecret), body.totpCode, now, account.totpLastStep);
  }
  const secondFactorOk = !account.totpSecret || totpStep !== null;
  if (!passwordOk || !secondFactorOk) {
    const counted = await countFailure(db, account.id, now, settings);
    if (counted.kind === 'alreadyLocked') throw await fail('LOCKED', account.id, lockedError(counted.lockedUntil));
    if (counted.kind === 'lockedNow') throw await fail('BAD_PASSWORD_LOCKED', account.id, lockedError(counted.lockedUntil));
    const left = counted.attemptsLeft;
    if (!passwordOk) {
      throw await fail('BAD_PASSWORD', account.id, new AppError(401, 'INVALID_CREDENTIALS', `用户名或密码错误，再错 ${left} 次账户将被锁定`, { attemptsLeft: left }));
    }
    throw await fail('BAD_TOTP', account.id, new AppError(401, 'MFA_REQUIRED', `动态口令不正确，再错 ${left} 次账户将被锁定`, { attemptsLeft: left, issues: [{ path: 'totpCode', message: '动态口令不正确' }] }));
  }
  if (account.status !== 'ACTIVE') {
    throw await fail('DISABLED', account.id, new AppError(403, 'ACCOUNT_DISABLED', '账户已停用，请联系系统管理员'));
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
    throw await fail('TOTP_REPLAY', account.id, new AppError(401, 'MFA_REQUIRED', '动态口令已使用，请等待验证器显示新口令'));
  }
  return session;
}

function lockedError(until: Date) {
  return new AppError(423, 'ACCOUNT_LOCKED', `连续登录失败次数过多，账户已锁定至 ${formatShanghaiTime(until)}（北京时间）`, {
    lockedUntil: until.toISOString(),
  });
}
