import type { FastifyInstance } from 'fastify';
import {
  createAccount,
  disableAccount,
  enableAccount,
  getAccount,
  listAccounts,
  resetAccountPassword,
  resetAccountTotp,
  setAccountAccess,
  unlockAccount,
  updateAccount,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createAccountService } from './account.service.ts';

export function accountRoutes(app: FastifyInstance) {
  const accounts = createAccountService(app.deps.db, app.deps.settings);
  registerRoute(app, listAccounts, ({ ctx, query }) => accounts.list(query, ctx.now));
  registerRoute(app, getAccount, ({ ctx, params }) => accounts.get(params.id, ctx.now));
  registerRoute(app, createAccount, ({ ctx, body }) => accounts.create(ctx, body));
  registerRoute(app, updateAccount, ({ ctx, params, body }) => accounts.update(ctx, params.id, body));
  registerRoute(app, setAccountAccess, ({ ctx, params, body }) => accounts.setAccess(ctx, params.id, body.access, body.version));
  registerRoute(app, disableAccount, ({ ctx, params, body }) => accounts.setStatus(ctx, params.id, body.version, 'DISABLED'));
  registerRoute(app, enableAccount, ({ ctx, params, body }) => accounts.setStatus(ctx, params.id, body.version, 'ACTIVE'));
  registerRoute(app, resetAccountTotp, ({ ctx, params, body }) => accounts.resetTotp(ctx, params.id, body.version));
  registerRoute(app, unlockAccount, ({ ctx, params, body }) => accounts.unlock(ctx, params.id, body.version));
  registerRoute(app, resetAccountPassword, ({ ctx, params, body }) => accounts.resetPassword(ctx, params.id, body.password, body.version));
}
