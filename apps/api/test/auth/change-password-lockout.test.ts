import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';

describe('guessing the current password through a session', async () => {
  const t = await createTestApp();

  it('counts toward the lockout, and the lock ends the session', async () => {
    const { token } = await t.login('party');
    const headers = { authorization: `Bearer ${token}` };
    const attempt = () =>
      t.app.inject({ method: 'POST', url: '/api/auth/change-password', headers, payload: { currentPassword: 'Wrong#Guess1', newPassword: 'Lushan#2027x' } });
    for (let i = 4; i >= 1; i--) {
      const res = await attempt();
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0]).toMatchObject({ path: 'currentPassword', message: expect.stringContaining(`${i} 次`) });
    }
    const fifth = await attempt();
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'party', password: 'Demo#2026' } });
    expect(login.statusCode).toBe(423);
  });
});
