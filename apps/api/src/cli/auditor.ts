// pnpm auditor <command> <username> — manages 安全审计员 accounts on the server (三员分立: the system administrator
// cannot). Commands: create | reset-password | unlock | disable | enable | reset-totp. create and reset-password take
// the initial password from AUDITOR_PASSWORD (or ask); create takes the name from AUDITOR_NAME.
import { userInfo } from 'node:os';
import { UsernameSchema } from '@jx/contract';
import { AUDITOR_COMMANDS, runAuditorCommand, type AuditorCommand } from '../modules/accounts/auditor-commands.ts';
import { ask, runCli, withOwnerDb } from './owner-db.ts';

runCli(async () => {
  const [command, rawUsername] = process.argv.slice(2);
  if (!AUDITOR_COMMANDS.includes(command as AuditorCommand) || !rawUsername) {
    throw new Error(`用法：pnpm auditor <${AUDITOR_COMMANDS.join('|')}> <用户名>`);
  }
  const username = UsernameSchema.parse(rawUsername);
  const needsPassword = command === 'create' || command === 'reset-password';
  const displayName = command === 'create' ? await ask('显示名称：', process.env.AUDITOR_NAME ?? '安全审计员') : undefined;
  const password = needsPassword ? await ask('初始密码（首次登录须修改）：', process.env.AUDITOR_PASSWORD) : undefined;
  const done = await withOwnerDb((db) =>
    runAuditorCommand(db, command as AuditorCommand, { username, displayName, password, osUser: userInfo().username, now: new Date() }),
  );
  console.log(done);
});
