import { randomUUID } from 'node:crypto';
import type { Db } from '../../lib/db.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { hashPassword, passwordProblems } from '../../auth/passwords.ts';
import { knownAboutAccount } from '../../auth/known-about-account.ts';
import { createSettingsStore } from '../settings/settings.store.ts';
import { revokeSessions } from '../auth/open-session.ts';

export const AUDITOR_COMMANDS = ['create', 'reset-password', 'unlock', 'disable', 'enable', 'reset-totp'] as const;
export type AuditorCommand = (typeof AUDITOR_COMMANDS)[number];
/** The audit action of a command: `auditorCommand.resetPassword`. */
export const auditorCommandAction = (command: AuditorCommand) => `auditorCommand.${command.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;

/**
 * 三员分立: what the system administrator may not do to a 安全审计员 account is done here, by whoever can run commands
 * on the server (`pnpm auditor`). Each command is an audit event (no signed-in actor; the reason names the operating
 * system user), which the auditor sees on its home page.
 */
export async function runAuditorCommand(
  db: Db,
  command: AuditorCommand,
  opts: { username: string; displayName?: string; password?: string; osUser: string; now: Date },
): Promise<string> {
  const { username, now } = opts;
  const ctx = { actor: null, ip: 'server', requestId: `cli-${randomUUID()}`, now };
  const reason = `服务器命令 pnpm auditor ${command}（操作系统用户 ${opts.osUser}）`;
  const checkPassword = async (displayName?: string) => {
    if (!opts.password) throw new Error('需要新的初始密码（AUDITOR_PASSWORD）');
    const minStrength = await createSettingsStore(db).get('security.passwordMinStrength');
    const problems = await passwordProblems(opts.password, await knownAboutAccount(db, { username, displayName }, now), minStrength);
    if (problems.length) throw new Error(problems.join('；'));
    return hashPassword(opts.password);
  };

  if (command === 'create') {
    const displayName = opts.displayName?.trim() || '安全审计员';
    const passwordHash = await checkPassword(displayName);
    return db.$transaction(async (tx) => {
      if (await tx.account.findUnique({ where: { username } })) throw new Error(`用户名 ${username} 已存在`);
      const a = await tx.account.create({
        data: { username, displayName, roles: ['AUDITOR'], passwordHash, passwordChangedAt: now, mustChangePassword: true },
      });
      await recordAudit(tx, ctx, {
        action: auditorCommandAction('create'),
        objectType: 'Account',
        objectId: a.id,
        before: null,
        after: { username, displayName, roles: ['AUDITOR'] },
        reason,
      });
      return `已创建安全审计员 ${username}，首次登录须修改密码`;
    });
  }

  const account = await db.account.findUnique({ where: { username } });
  if (!account) throw new Error(`没有账户 ${username}`);
  if (!account.roles.includes('AUDITOR')) throw new Error(`${username} 不是安全审计员账户；其他账户由系统管理员在网页上管理`);
  const passwordHash = command === 'reset-password' ? await checkPassword(account.displayName) : null;
  return db.$transaction(async (tx) => {
    const change = async (data: Parameters<typeof tx.account.update>[0]['data'], after: Record<string, unknown>, revoke?: string) => {
      await tx.account.update({ where: { id: account.id }, data: { ...data, version: { increment: 1 } } });
      if (revoke) await revokeSessions(tx, account.id, now, revoke);
      await recordAudit(tx, ctx, { action: auditorCommandAction(command), objectType: 'Account', objectId: account.id, after, reason });
    };
    switch (command) {
      case 'reset-password':
        await tx.passwordHistory.create({ data: { accountId: account.id, passwordHash: account.passwordHash, createdAt: now } });
        await change(
          { passwordHash: passwordHash!, passwordChangedAt: now, mustChangePassword: true, lockedUntil: null, failedLoginCount: 0 },
          { mustChangePassword: true },
          'PASSWORD_RESET',
        );
        return `已重置 ${username} 的密码，下次登录须修改`;
      case 'unlock':
        await change({ lockedUntil: null, failedLoginCount: 0 }, { locked: false });
        return `已解锁 ${username}`;
      case 'disable':
        await change({ status: 'DISABLED' }, { status: 'DISABLED' }, 'DISABLED');
        return `已停用 ${username}`;
      case 'enable':
        await change({ status: 'ACTIVE' }, { status: 'ACTIVE' });
        return `已启用 ${username}`;
      case 'reset-totp':
        await change({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null }, { totpEnabled: false }, 'TOTP_RESET');
        return `已解除 ${username} 的动态口令绑定，下次登录须重新绑定`;
    }
  });
}
