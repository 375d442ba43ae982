import type { FastifyInstance } from 'fastify';
import { totpDisable, totpEnable, totpSetup } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createTotpService } from './totp.service.ts';

/** Self-service second factor: set up (pending), confirm with a code, or remove with password and code. */
export function totpRoutes(app: FastifyInstance) {
  const totp = createTotpService(app.deps);
  registerRoute(app, totpSetup, ({ ctx }) => totp.setup(ctx));
  registerRoute(app, totpEnable, ({ ctx, body }) => totp.enable(ctx, body.code));
  registerRoute(app, totpDisable, ({ ctx, body }) => totp.disable(ctx, body.password, body.code));
}
