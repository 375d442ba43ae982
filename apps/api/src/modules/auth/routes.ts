import type { FastifyInstance, FastifyRequest } from 'fastify';
import { changePassword as changePasswordRoute, login as loginRoute, logout as logoutRoute, me, refresh, updateMe as updateMeRoute } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { clientIp } from '../../http/client-ip.ts';
import { REFRESH_COOKIE } from '../../auth/tokens.ts';
import { login, type ClientMeta } from './login.ts';
import { recordRateLimitedLogin } from './rate-limited-login.ts';
import { refreshSession } from './refresh.ts';
import { changePassword } from './change-password.ts';
import { logout } from './logout.ts';
import { updateMe } from './update-me.ts';
import { sessionUserOf } from './session-user-of.ts';
import { clearRefreshCookie, issueTokens } from './issue-tokens.ts';
import { totpRoutes } from './totp.routes.ts';

const clientMeta = (req: FastifyRequest): ClientMeta => ({ ip: clientIp(req), userAgent: req.headers['user-agent'] ?? null });

export function authRoutes(app: FastifyInstance) {
  const { deps } = app;

  registerRoute(app, loginRoute, async ({ body, req, reply }) => issueTokens(app, reply, await login(deps, body, clientMeta(req))), {
    config: {
      rateLimit: {
        max: deps.config.loginRateLimitPerMinute,
        timeWindow: '1 minute',
        // After validation, so the refused attempt can be logged with the username it tried.
        hook: 'preHandler',
        onExceeded: (req: FastifyRequest) => {
          recordRateLimitedLogin(deps, req.body, clientMeta(req)).catch((err) => req.log.error({ err }, 'could not log a rate-limited login'));
        },
      },
    },
  });

  registerRoute(app, refresh, async ({ req, reply }) => {
    try {
      const issued = await refreshSession(deps, req.cookies[REFRESH_COOKIE], { ip: clientIp(req), requestId: String(req.id) });
      return await issueTokens(app, reply, issued);
    } catch (e) {
      // A failed refresh also drops the cookie, so the browser stops presenting it.
      clearRefreshCookie(reply);
      throw e;
    }
  });

  registerRoute(app, logoutRoute, async ({ ctx, reply }) => {
    await logout(deps, ctx);
    clearRefreshCookie(reply);
    return { ok: true as const };
  });

  registerRoute(app, changePasswordRoute, async ({ ctx, body, reply }) => issueTokens(app, reply, await changePassword(deps, ctx, body)));

  registerRoute(app, me, ({ ctx }) => sessionUserOf(deps, ctx.actor.accountId));

  registerRoute(app, updateMeRoute, ({ ctx, body }) => updateMe(deps, ctx, body));

  totpRoutes(app);
}
