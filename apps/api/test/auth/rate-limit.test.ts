import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { errorCode, loginRaw } from '../helpers/security.ts';

describe('login rate limit', async () => {
  const t = await createTestApp({ loginRateLimitPerMinute: 5 });

  it('returns 429 RATE_LIMITED past the limit, even with a new X-Forwarded-For on every request, and only on login', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Spread over several accounts so the lockout is not what stops them.
      const res = await loginRaw(t, ['leader', 'deputy', 'perf', 'safety', 'party'][i]!, 'Demo#2026', { 'x-forwarded-for': `203.0.113.${i}` });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    const limited = await loginRaw(t, 'integrity', 'Demo#2026', { 'x-forwarded-for': '198.51.100.99' });
    expect(limited.statusCode).toBe(429);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.json().error.requestId).toEqual(expect.any(String));
    expect(limited.json()).not.toHaveProperty('accessToken');
    // The refused attempt is in the login log too.
    await expect.poll(() => t.db.loginEvent.count({ where: { username: 'integrity', reason: 'RATE_LIMITED' } })).toBe(1);

    // Other routes are not limited by the login limit.
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});
