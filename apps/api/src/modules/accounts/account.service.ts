import type { z } from 'zod';
import type { AccessFields, CreateAccountBody, listAccounts, updateAccount } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ForbiddenError, InvalidStateError, NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { chineseMessage } from '@jx/contract';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { hashPassword, passwordPolicyError, passwordProblemTexts } from '../../auth/passwords.ts';
import { knownAboutAccount } from '../../auth/known-about-account.ts';
import type { SettingsStore } from '../settings/settings.store.ts';
import { revokeSessions } from '../auth/open-session.ts';
import { lockedWhere, neverUsedWhere, passwordExpiringWhere } from './account-health.ts';
import { accountInclude, auditableAccount, toAccountDto, type AccountRow } from './account.mapper.ts';
import type { Prisma } from '@jx/db';

type Access = z.output<typeof AccessFields>;
type ListQuery = z.output<NonNullable<typeof listAccounts.query>>;

async function assertPasswordPolicy(
  db: Db,
  settings: SettingsStore,
  password: string,
  account: Parameters<typeof knownAboutAccount>[1],
  path: string,
  now: Date,
) {
  const problems = await passwordProblemTexts(password, await knownAboutAccount(db, account, now), await settings.get('security.passwordMinStrength'));
  if (problems.length) throw passwordPolicyError(problems, path);
}

async function assertAccessRefs(tx: Tx, access: Access, personId?: string | null) {
  if (access.unitId && !(await tx.unit.findUnique({ where: { id: access.unitId } })))
    throw ValidationError.field('access.unitId', t('common.notFound', { entity: 'unit' }));
  const units = await tx.unit.count({ where: { id: { in: access.portfolioUnitIds } } });
  if (units !== new Set(access.portfolioUnitIds).size) throw ValidationError.field('access.portfolioUnitIds', t('accounts.portfolioUnitNotFound'));
  const types = await tx.targetType.count({ where: { id: { in: access.portfolioTargetTypeIds } } });
  if (types !== new Set(access.portfolioTargetTypeIds).size)
    throw ValidationError.field('access.portfolioTargetTypeIds', t('common.notFound', { entity: 'targetType' }));
  if (personId && !(await tx.person.findUnique({ where: { id: personId } })))
    throw ValidationError.field('personId', t('common.notFound', { entity: 'person' }));
}

async function writeAccess(tx: Tx, accountId: string, access: Access) {
  await tx.accountPortfolioUnit.deleteMany({ where: { accountId } });
  await tx.accountPortfolioTargetType.deleteMany({ where: { accountId } });
  await tx.accountPortfolioUnit.createMany({ data: [...new Set(access.portfolioUnitIds)].map((unitId) => ({ accountId, unitId })) });
  await tx.accountPortfolioTargetType.createMany({ data: [...new Set(access.portfolioTargetTypeIds)].map((targetTypeId) => ({ accountId, targetTypeId })) });
}

/**
 * 三员分立 (DESIGN §5): the system administrator never creates, changes, resets, unlocks, re-roles or disables an account
 * that holds AUDITOR, nor grants AUDITOR. Those accounts are managed by a command on the server (`pnpm auditor`),
 * and the auditor sees every such event on its home page.
 */
export const AUDITOR_OFF_LIMITS = chineseMessage(t('auth.auditorOffLimits'));
function assertNoAuditor(roles: readonly string[]) {
  if (roles.includes('AUDITOR')) throw new ForbiddenError(t('auth.auditorOffLimits'));
}

export function createAccountService(db: Db, settings: SettingsStore) {
  const load = async (tx: Db | Tx, id: string) => {
    const a = await tx.account.findUnique({ where: { id }, include: accountInclude });
    if (!a) throw new NotFoundError('account');
    return a;
  };

  /** One versioned change of an account, audited with before/after, in one transaction. */
  function change(
    ctx: RequestContext,
    id: string,
    version: number,
    action: string,
    apply: (tx: Tx, before: AccountRow) => Promise<Prisma.AccountUpdateManyMutationInput>,
    reason?: string,
  ) {
    return db.$transaction(async (tx) => {
      // Claim the version first: a concurrent writer with the same version waits on this row and then gets
      // 409 VERSION_CONFLICT, instead of colliding on the portfolio rows that `apply` rewrites (P2002 → CONFLICT).
      const claimed = await tx.account.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
      const before = await load(tx, id);
      assertNoAuditor(before.roles);
      assertUpdated(claimed, 'account');
      const data = await apply(tx, before);
      await tx.account.updateMany({ where: { id }, data });
      const after = await load(tx, id);
      await recordAudit(tx, ctx, { action, objectType: 'Account', objectId: id, before: auditableAccount(before), after: auditableAccount(after), reason });
      return toAccountDto(after, ctx.now);
    });
  }

  return {
    async list(q: ListQuery, now: Date) {
      const where: Prisma.AccountWhereInput = {
        AND: [
          q.q ? { OR: [{ username: { contains: q.q, mode: 'insensitive' } }, { displayName: { contains: q.q } }] } : {},
          q.role ? { roles: { has: q.role } } : {},
          q.status ? { status: q.status } : {},
          q.unitId ? { unitId: q.unitId } : {},
          q.neverUsed ? neverUsedWhere : {},
          q.passwordExpiring ? passwordExpiringWhere(now, await settings.get('security.passwordMaxAgeDays')) : {},
          q.locked ? lockedWhere(now) : {},
        ],
      };
      const [rows, total] = await Promise.all([
        // Prisma accepts `nulls` only on optional columns: of the sort fields, only lastLoginAt can be null.
        db.account.findMany({
          where,
          include: accountInclude,
          relationLoadStrategy: 'query',
          orderBy: [q.sort === 'lastLoginAt' ? { lastLoginAt: { sort: q.order, nulls: 'last' } } : { [q.sort]: q.order }, { id: 'asc' }],
          skip: (q.page - 1) * q.pageSize,
          take: q.pageSize,
        }),
        db.account.count({ where }),
      ]);
      return { items: rows.map((a) => toAccountDto(a, now)), total };
    },

    async get(id: string, now: Date) {
      return toAccountDto(await load(db, id), now);
    },

    async create(ctx: RequestContext, body: z.output<typeof CreateAccountBody>) {
      assertNoAuditor(body.access.roles);
      await assertPasswordPolicy(
        db,
        settings,
        body.password,
        { username: body.username, displayName: body.displayName, personId: body.personId, unitId: body.access.unitId },
        'password',
        ctx.now,
      );
      const passwordHash = await hashPassword(body.password);
      return db.$transaction(async (tx) => {
        await assertAccessRefs(tx, body.access, body.personId);
        const created = await tx.account.create({
          data: {
            username: body.username,
            displayName: body.displayName,
            personId: body.personId ?? null,
            unitId: body.access.unitId ?? null,
            roles: body.access.roles,
            passwordHash,
            passwordChangedAt: ctx.now,
            mustChangePassword: true,
          },
        });
        await writeAccess(tx, created.id, body.access);
        const after = await load(tx, created.id);
        await recordAudit(tx, ctx, { action: 'accounts.create', objectType: 'Account', objectId: created.id, before: null, after: auditableAccount(after) });
        return toAccountDto(after, ctx.now);
      });
    },

    update(ctx: RequestContext, id: string, body: z.output<NonNullable<typeof updateAccount.body>>) {
      return change(ctx, id, body.version, 'accounts.update', async (tx) => {
        if (body.personId && !(await tx.person.findUnique({ where: { id: body.personId } })))
          throw ValidationError.field('personId', t('common.notFound', { entity: 'person' }));
        return { displayName: body.displayName, personId: body.personId ?? null };
      });
    },

    /** Roles and scope take effect on the account's next request: the guard reads them from here each time. */
    setAccess(ctx: RequestContext, id: string, access: Access, version: number) {
      assertNoAuditor(access.roles);
      return change(ctx, id, version, 'accounts.setAccess', async (tx, before) => {
        if (before.id === ctx.actor.accountId && !access.roles.includes('SYS_ADMIN')) {
          throw ValidationError.field('access.roles', t('accounts.cannotRemoveOwnAdminRole'));
        }
        await assertAccessRefs(tx, access);
        await writeAccess(tx, id, access);
        return { roles: access.roles, unitId: access.unitId ?? null };
      });
    },

    setStatus(ctx: RequestContext, id: string, version: number, status: 'ACTIVE' | 'DISABLED') {
      return change(ctx, id, version, status === 'DISABLED' ? 'accounts.disable' : 'accounts.enable', async (tx, before) => {
        if (before.status === status) throw new InvalidStateError(t(status === 'DISABLED' ? 'accounts.alreadyDisabled' : 'accounts.alreadyActive'));
        if (status === 'DISABLED') {
          if (before.id === ctx.actor.accountId) throw new InvalidStateError(t('accounts.cannotDisableSelf'));
          await revokeSessions(tx, id, ctx.now, 'DISABLED');
        }
        return { status };
      });
    },

    /** For a lost authenticator: the account sets up a new one at its next login (sessions end now). */
    resetTotp(ctx: RequestContext, id: string, version: number) {
      return change(ctx, id, version, 'accounts.resetTotp', async (tx, before) => {
        if (!before.totpEnabledAt && !before.totpPendingSecret) throw new InvalidStateError(t('accounts.totpNotBound'));
        await revokeSessions(tx, id, ctx.now, 'TOTP_RESET');
        return { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null };
      });
    },

    unlock(ctx: RequestContext, id: string, version: number) {
      return change(ctx, id, version, 'accounts.unlock', async () => ({ lockedUntil: null, failedLoginCount: 0 }));
    },

    async resetPassword(ctx: RequestContext, id: string, password: string, version: number) {
      const target = await load(db, id);
      assertNoAuditor(target.roles);
      await assertPasswordPolicy(db, settings, password, target, 'password', ctx.now);
      const passwordHash = await hashPassword(password);
      return change(ctx, id, version, 'accounts.resetPassword', async (tx, before) => {
        await revokeSessions(tx, id, ctx.now, 'PASSWORD_RESET');
        // The replaced password stays "recently used": the holder may not switch back to it after the reset.
        await tx.passwordHistory.create({ data: { accountId: id, passwordHash: before.passwordHash, createdAt: ctx.now } });
        return { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: true, lockedUntil: null, failedLoginCount: 0 };
      });
    },
  };
}
