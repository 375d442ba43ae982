import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { TokenResponse } from '@jx/contract';
import { ACCESS_TOKEN_SECONDS, REFRESH_COOKIE, REFRESH_COOKIE_PATH, type AccessClaims } from '../../auth/tokens.ts';
import { HOUR } from '../../lib/clock.ts';
import type { IssuedSession } from './open-session.ts';
import { sessionUserOf } from './session-user-of.ts';

/** Signs the access token, sets the rotating refresh cookie and returns the TokenResponse. */
export async function issueTokens(app: FastifyInstance, reply: FastifyReply, issued: IssuedSession): Promise<z.input<typeof TokenResponse>> {
  const settings = await app.deps.settings.all();
  const claims: AccessClaims = { sid: issued.sessionId, sub: issued.accountId };
  reply.setCookie(REFRESH_COOKIE, issued.refreshToken, {
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: app.deps.config.cookieSecure,
    maxAge: (settings['security.sessionAbsoluteHours'] * HOUR) / 1000,
  });
  return {
    accessToken: app.jwt.sign(claims, { clockTimestamp: app.deps.clock.now().getTime() }),
    expiresIn: ACCESS_TOKEN_SECONDS,
    user: await sessionUserOf(app.deps, issued.accountId),
  };
}

export function clearRefreshCookie(reply: FastifyReply) {
  reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
}
