import type { z } from 'zod';
import type { ChangePasswordBody } from '@jx/contract';
import type { AppDeps } from '../../app-deps.ts';
import type { RequestContext } from '../../lib/context.ts';
import { AppError, issue, t } from '../../lib/errors.ts';
import { hashPassword, passwordPolicyError, passwordProblemTexts, verifyPassword } from '../../auth/passwords.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { openSession, revokeSessions, type IssuedSession } from './open-session.ts';
import { refuseCredentials } from './credential-errors.ts';
import { knownAboutAccount } from '../../auth/known-about-account.ts';

const HISTORY_DEPTH = 5;

/** Changes the caller's password; every session of the account ends and a fresh one is issued to the caller. */
export async function changePassword(deps: AppDeps, ctx: RequestContext, body: z.output<typeof ChangePasswordBody>): Promise<IssuedSession> {
  const { db } = deps;
  const account = await db.account.findUniqueOrThrow({
    where: { id: ctx.actor.accountId },
    include: { passwordHistory: { orderBy: { createdAt: 'desc' }, take: HISTORY_DEPTH } },
  });
  if (!(await verifyPassword(account.passwordHash, body.currentPassword))) {
    // Wrong guesses here count toward the lockout like failed logins, so a stolen session cannot probe the password.
    await refuseCredentials(deps, account.id, ctx.now, 'currentPassword', ['currentPassword']);
  }
  const settings = await deps.settings.all();
  const problems = await passwordProblemTexts(body.newPassword, await knownAboutAccount(db, account, ctx.now), settings['security.passwordMinStrength']);
  if (problems.length) throw passwordPolicyError(problems, 'newPassword');
  for (const old of [account.passwordHash, ...account.passwordHistory.map((h) => h.passwordHash)]) {
    if (await verifyPassword(old, body.newPassword)) {
      const text = t('auth.passwordReused', { count: HISTORY_DEPTH });
      throw new AppError('PASSWORD_POLICY', text, { issues: [issue('newPassword', text)] });
    }
  }
  const passwordHash = await hashPassword(body.newPassword);
  return db.$transaction(async (tx) => {
    await tx.passwordHistory.create({ data: { accountId: account.id, passwordHash: account.passwordHash, createdAt: ctx.now } });
    await tx.account.update({
      where: { id: account.id },
      data: { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: false, version: { increment: 1 } },
    });
    await revokeSessions(tx, account.id, ctx.now, 'PASSWORD_CHANGED');
    await recordAudit(tx, ctx, { action: 'auth.changePassword', objectType: 'Account', objectId: account.id });
    return openSession(tx, account.id, ctx.now, settings['security.sessionAbsoluteHours'], ctx);
  });
}
