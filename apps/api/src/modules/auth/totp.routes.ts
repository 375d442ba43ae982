import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { totpDisable, totpEnable, totpSetup } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { InvalidStateError, ValidationError } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { newTotpSecret, verifyTotp } from '../../auth/totp.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import { sessionUserOf } from './issue-tokens.ts';

const badCode = () => ValidationError.field('code', '动态口令不正确或已使用，请输入验证器上的最新口令');

/** Self-service second factor: set up (pending), confirm with a code, or remove with password and code. */
export function totpRoutes(app: FastifyInstance) {
  const { db, totp } = app.deps;

  registerRoute(app, totpSetup, async ({ ctx }) => {
    const account = await db.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
    if (account.totpEnabledAt) throw new InvalidStateError('已绑定动态口令；如需更换请先解除');
    const { secret, otpauthUrl } = newTotpSecret(account.username);
    await db.$transaction(async (tx) => {
      await tx.account.update({ where: { id: account.id }, data: { totpPendingSecret: totp.encrypt(secret) } });
      await recordAudit(tx, ctx, { action: 'auth.totpSetup', objectType: 'Account', objectId: account.id });
    });
    return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 200 }) };
  });

  registerRoute(app, totpEnable, async ({ ctx, body }) => {
    await db.$transaction(async (tx) => {
      const account = await tx.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
      if (account.totpEnabledAt) throw new InvalidStateError('已绑定动态口令');
      if (!account.totpPendingSecret) throw new InvalidStateError('请先生成绑定二维码');
      const step = verifyTotp(totp.decrypt(account.totpPendingSecret), body.code, ctx.now, null);
      if (step === null) throw badCode();
      await tx.account.update({
        where: { id: account.id },
        data: { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: ctx.now, totpLastStep: step, version: { increment: 1 } },
      });
      await recordAudit(tx, ctx, { action: 'auth.totpEnable', objectType: 'Account', objectId: account.id, before: { totpEnabled: false }, after: { totpEnabled: true } });
    });
    return sessionUserOf(app, ctx.actor.accountId);
  });

  registerRoute(app, totpDisable, async ({ ctx, body }) => {
    await db.$transaction(async (tx) => {
      const account = await tx.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
      if (!account.totpSecret) throw new InvalidStateError('尚未绑定动态口令');
      if (!(await verifyPassword(account.passwordHash, body.password))) throw ValidationError.field('password', '密码不正确');
      if (verifyTotp(totp.decrypt(account.totpSecret), body.code, ctx.now, account.totpLastStep) === null) throw badCode();
      await tx.account.update({
        where: { id: account.id },
        data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, version: { increment: 1 } },
      });
      await recordAudit(tx, ctx, { action: 'auth.totpDisable', objectType: 'Account', objectId: account.id, before: { totpEnabled: true }, after: { totpEnabled: false } });
    });
    return sessionUserOf(app, ctx.actor.accountId);
  });
}
