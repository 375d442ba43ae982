import type { AppDeps } from '../../app-deps.ts';
import type { ClientMeta } from './login.ts';

/** A login refused by the rate limit is logged too, with the username it tried (the body has passed validation). */
export async function recordRateLimitedLogin(deps: Pick<AppDeps, 'db' | 'clock'>, body: unknown, meta: ClientMeta): Promise<void> {
  const username = String((body as { username?: unknown } | undefined)?.username ?? '')
    .slice(0, 64)
    .toLowerCase();
  await deps.db.loginEvent.create({
    data: {
      at: deps.clock.now(),
      username,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
      outcome: 'FAILURE',
      reason: 'RATE_LIMITED',
    },
  });
}
