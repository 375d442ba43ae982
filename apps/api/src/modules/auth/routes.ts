import type { FastifyInstance, FastifyRequest } from 'fastify';
import { changePassword as changePasswordRoute, login as loginRoute, logout, me, refresh, updateMe } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { clientIp } from '../../http/client-ip.ts';
import { REFRESH_COOKIE } from '../../auth/tokens.ts';
import { VersionConflictError } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { login } from './login.ts';
import { refreshSession } from './refresh.ts';
import { changePassword } from './change-password.ts';
import { clearRefreshCookie, issueTokens, sessionUserOf } from './issue-tokens.ts';
import { totpRoutes } from './totp.routes.ts';

export function authRoutes(app: FastifyInstance) {
  const { deps } = app;

  registerRoute(
    app,
    loginRoute,
    async ({ body, req, reply }) => {
      const issued = await login(deps, body, { ip: clientIp(req), userAgent: req.headers['user-agent'] ?? null });
      return issueTokens(app, reply, issued);
    },
    {
      config: {
        rateLimit: {
          max: deps.config.loginRateLimitPerMinute,
          timeWindow: '1 minute',
          // After validation, so the refused attempt can be logged with the username it tried.
          hook: 'preHandler',
          onExceeded: (req: FastifyRequest) => {
            const username = String((req.body as { username?: unknown } | undefined)?.username ?? '')
              .slice(0, 64)
              .toLowerCase();
            deps.db.loginEvent
              .create({
                data: {
                  at: deps.clock.now(),
                  username,
                  ip: clientIp(req),
                  userAgent: req.headers['user-agent']?.slice(0, 300),
                  outcome: 'FAILURE',
                  reason: 'RATE_LIMITED',
                },
              })
              .catch((err) => req.log.error({ err }, 'could not log a rate-limited login'));
          },
        },
      },
    },
  );

  registerRoute(app, refresh, async ({ req, reply }) => {
    try {
      const issued = await refreshSession(deps, req.cookies[REFRESH_COOKIE], { ip: clientIp(req), requestId: String(req.id) });
      return await issueTokens(app, reply, issued);
    } catch (e) {
      clearRefreshCookie(reply);
      throw e;
    }
  });

  registerRoute(app, logout, async ({ ctx, reply }) => {
    await deps.db.$transaction(async (tx) => {
      await tx.session.update({ where: { id: ctx.actor.sessionId }, data: { revokedAt: ctx.now, revokeReason: 'LOGOUT' } });
      await recordAudit(tx, ctx, { action: 'auth.logout', objectType: 'Session', objectId: ctx.actor.sessionId });
    });
    clearRefreshCookie(reply);
    return { ok: true as const };
  });

  registerRoute(app, changePasswordRoute, async ({ ctx, body, reply }) => issueTokens(app, reply, await changePassword(deps, ctx, body)));

  registerRoute(app, me, ({ ctx }) => sessionUserOf(app, ctx.actor.accountId));

  registerRoute(app, updateMe, async ({ ctx, body }) => {
    await deps.db.$transaction(async (tx) => {
      const before = await tx.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
      const { count } = await tx.account.updateMany({
        where: { id: before.id, version: body.version },
        data: { displayName: body.displayName, version: { increment: 1 } },
      });
      if (count === 0) throw new VersionConflictError('account');
      await recordAudit(tx, ctx, {
        action: 'auth.updateMe',
        objectType: 'Account',
        objectId: before.id,
        before: { displayName: before.displayName },
        after: { displayName: body.displayName },
      });
    });
    return sessionUserOf(app, ctx.actor.accountId);
  });

  totpRoutes(app);
}
