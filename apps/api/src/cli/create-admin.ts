// pnpm admin:create — bootstraps the first system administrator (production mode creates no demo accounts).
// Reads ADMIN_USERNAME / ADMIN_PASSWORD / ADMIN_NAME, or asks for them. The creation is an audit event.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { UsernameSchema } from '@jx/contract';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import { knownAboutAccount } from '../auth/known-about-account.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createSettingsStore } from '../modules/settings/settings.store.ts';
import { ask, runCli, withOwnerDb } from './owner-db.ts';

runCli(async () => {
  const username = UsernameSchema.parse(await ask('管理员用户名：', process.env.ADMIN_USERNAME));
  const displayName = await ask('显示名称：', process.env.ADMIN_NAME ?? '系统管理员');
  const password = await ask('初始密码（首次登录须修改）：', process.env.ADMIN_PASSWORD);
  await withOwnerDb(async (db) => {
    const now = new Date();
    const minStrength = await createSettingsStore(db).get('security.passwordMinStrength');
    const problems = await passwordProblems(password, await knownAboutAccount(db, { username, displayName }, now), minStrength);
    if (problems.length) throw new Error(problems.join('；'));
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      if (await tx.account.findUnique({ where: { username } })) throw new Error(`用户名 ${username} 已存在`);
      const a = await tx.account.create({
        data: { username, displayName, roles: ['SYS_ADMIN'], passwordHash, passwordChangedAt: now, mustChangePassword: true },
      });
      await recordAudit(
        tx,
        { actor: null, ip: 'server', requestId: `cli-${randomUUID()}`, now },
        {
          action: 'adminCommand.create',
          objectType: 'Account',
          objectId: a.id,
          before: null,
          after: { username, displayName, roles: ['SYS_ADMIN'] },
          reason: `服务器命令 pnpm admin:create（操作系统用户 ${userInfo().username}）`,
        },
      );
    });
  });
  console.log(`已创建系统管理员 ${username}，首次登录须修改密码。`);
});
