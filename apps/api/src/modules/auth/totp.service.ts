import QRCode from 'qrcode';
import type { AppDeps } from '../../app-deps.ts';
import type { RequestContext } from '../../lib/context.ts';
import { InvalidStateError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { newTotpSecret, verifyTotp } from '../../auth/totp.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import { refuseCredentials } from './credential-errors.ts';
import { sessionUserOf, type SessionUserDeps } from './session-user-of.ts';

/**
 * Self-service second factor (decision 0004): set up (a pending secret), confirm it with a code, or remove it with the
 * password and a code. Every wrong password or code counts toward the lockout. Enabling and removing return the
 * signed-in user as it now is.
 */
export function createTotpService(deps: SessionUserDeps & Pick<AppDeps, 'secrets'>) {
  const { db, secrets } = deps;
  return {
    async setup(ctx: RequestContext) {
      const account = await db.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
      if (account.totpEnabledAt) throw new InvalidStateError(t('auth.totpAlreadyEnabled'));
      const { secret, otpauthUrl } = newTotpSecret(account.username);
      await db.$transaction(async (tx) => {
        await tx.account.update({ where: { id: account.id }, data: { totpPendingSecret: secrets.encrypt(secret) } });
        await recordAudit(tx, ctx, { action: 'auth.totpSetup', objectType: 'Account', objectId: account.id });
      });
      return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 200 }) };
    },

    async enable(ctx: RequestContext, code: string) {
      const account = await db.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
      if (account.totpEnabledAt) throw new InvalidStateError(t('auth.totpAlreadyEnabled'));
      if (!account.totpPendingSecret) throw new InvalidStateError(t('auth.totpSetupFirst'));
      const step = verifyTotp(secrets.decrypt(account.totpPendingSecret), code, ctx.now, null);
      if (step === null) await refuseCredentials(deps, account.id, ctx.now, 'code', ['code']);
      await db.$transaction(async (tx) => {
        const { count } = await tx.account.updateMany({
          where: { id: account.id, totpEnabledAt: null, totpPendingSecret: account.totpPendingSecret },
          data: { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: ctx.now, totpLastStep: step, version: { increment: 1 } },
        });
        if (count === 0) throw new InvalidStateError(t('auth.totpStateChanged'));
        await recordAudit(tx, ctx, {
          action: 'auth.totpEnable',
          objectType: 'Account',
          objectId: account.id,
          before: { totpEnabled: false },
          after: { totpEnabled: true },
        });
      });
      return sessionUserOf(deps, ctx.actor.accountId);
    },

    async disable(ctx: RequestContext, password: string, code: string) {
      const account = await db.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
      if (!account.totpSecret) throw new InvalidStateError(t('auth.totpNotEnabled'));
      // Both are checked whatever the first answer, and one answer covers both: it does not say which was wrong.
      const passwordOk = await verifyPassword(account.passwordHash, password);
      const codeOk = verifyTotp(secrets.decrypt(account.totpSecret), code, ctx.now, account.totpLastStep) !== null;
      if (!passwordOk || !codeOk) await refuseCredentials(deps, account.id, ctx.now, 'passwordOrCode', ['password', 'code']);
      await db.$transaction(async (tx) => {
        await tx.account.update({
          where: { id: account.id },
          data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, version: { increment: 1 } },
        });
        await recordAudit(tx, ctx, {
          action: 'auth.totpDisable',
          objectType: 'Account',
          objectId: account.id,
          before: { totpEnabled: true },
          after: { totpEnabled: false },
        });
      });
      return sessionUserOf(deps, ctx.actor.accountId);
    },
  };
}
