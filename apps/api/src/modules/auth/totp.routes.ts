import type { FastifyInstance } from 'fastify';
import { totpDisable, totpEnable, totpSetup } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { sessionUserOf } from './issue-tokens.ts';
import { createTotpService } from './totp.service.ts';

/** Self-service second factor: set up (pending), confirm with a code, or remove with password and code. */
export function totpRoutes(app: FastifyInstance) {
  const totp = createTotpService(app.deps);
  registerRoute(app, totpSetup, ({ ctx }) => totp.setup(ctx));
  registerRoute(app, totpEnable, async ({ ctx, body }) => {
    await totp.enable(ctx, body.code);
    return sessionUserOf(app, ctx.actor.accountId);
  });
  registerRoute(app, totpDisable, async ({ ctx, body }) => {
    await totp.disable(ctx, body.password, body.code);
    return sessionUserOf(app, ctx.actor.accountId);
  });
}
