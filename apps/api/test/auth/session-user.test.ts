import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { loginRaw, probeMe } from '../helpers/security.ts';

describe('the session user carries the account’s person', async () => {
  const t = await createTestApp();
  const fx = createFixtures(t.db, await loadSeeded(t.db));

  it('login and me return the person of a staff member, null for an account without one', async () => {
    const staff = await t.db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } });
    expect(staff.personId).not.toBeNull();
    const login = await loginRaw(t, 'staff.chengdu');
    expect(login.json().user.personId).toBe(staff.personId);
    expect((await probeMe(t, login.json().accessToken)).json().personId).toBe(staff.personId);

    const noPerson = await fx.account({ roles: ['UNIT_STAFF'] });
    expect((await loginRaw(t, noPerson.username)).json().user.personId).toBeNull();
  });
});
