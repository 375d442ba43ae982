import type { z } from 'zod';
import type { LoginBody } from '@jx/contract';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../lib/errors.ts';
import { formatShanghaiTime } from '../../lib/format.ts';
import { verifyDecoy, verifyPassword } from '../../auth/passwords.ts';
import { verifyTotp } from '../../auth/totp.ts';
import { openSession, type IssuedSession } from './open-session.ts';

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
    const threshold = settings['security.lockoutThreshold'];
    const { failedLoginCount } = await db.account.update({
      where: { id: account.id },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    if (failedLoginCount >= threshold) {
      const lockedUntil = new Date(now.getTime() + settings['security.lockoutMinutes'] * 60_000);
      await db.account.update({ where: { id: account.id }, data: { lockedUntil, failedLoginCount: 0 } });
      throw await fail('BAD_PASSWORD_LOCKED', account.id, lockedError(lockedUntil));
    }
    const left = threshold - failedLoginCount;
    if (!passwordOk) {
      throw await fail('BAD_PASSWORD', account.id, new AppError(401, 'INVALID_CREDENTIALS', `用户名或密码错误，再错 ${left} 次账户将被锁定`, { attemptsLeft: left }));
    }
    throw await fail('BAD_TOTP', account.id, new AppError(401, 'MFA_REQUIRED', `动态口令不正确，再错 ${left} 次账户将被锁定`, { attemptsLeft: left, issues: [{ path: 'totpCode', message: '动态口令不正确' }] }));
  }
  if (account.status !== 'ACTIVE') {
    throw await fail('DISABLED', account.id, new AppError(403, 'ACCOUNT_DISABLED', '账户已停用，请联系系统管理员'));
  }
  return db.$transaction(async (tx) => {
    await tx.account.update({
      where: { id: account.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, ...(totpStep !== null ? { totpLastStep: totpStep } : {}) },
    });
    await tx.loginEvent.create({ data: loginEvent('SUCCESS', 'OK', account.id) });
    return openSession(tx, account.id, now, settings['security.sessionAbsoluteHours'], meta);
  });
}

function lockedError(until: Date) {
  return new AppError(423, 'ACCOUNT_LOCKED', `连续登录失败次数过多，账户已锁定至 ${formatShanghaiTime(until)}（北京时间）`, {
    lockedUntil: until.toISOString(),
  });
}
