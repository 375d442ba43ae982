import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { demoJwtSecret } from '../../src/demo-jwt-secret.ts';
import { createSecretCipher } from '../../src/auth/secret-cipher.ts';

describe('demo mode signs with a random secret kept in DATA_DIR, not one anyone can recompute', async () => {
  const t = await createTestApp();
  const fx = createFixtures(t.db, await loadSeeded(t.db));
  const dir = await mkdtemp(join(tmpdir(), 'jx-jwt-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  // What earlier versions derived from the data folder and the database address.
  const derived = createHash('sha256').update(`jx-demo:${dir}:${t.url}`).digest('hex');
  const legacy = createSecretCipher(derived);
  const readable = await fx.account();
  await t.db.account.update({ where: { id: readable.id }, data: { totpSecret: legacy.encrypt('JBSWY3DPEHPK3PXP'), totpEnabledAt: t.clock.now() } });
  const unreadable = await fx.account();
  await t.db.account.update({
    where: { id: unreadable.id },
    data: { totpSecret: createSecretCipher('another-start-another-port'.padEnd(40, 'x')).encrypt('KRSXG5CTMVRXEZLU'), totpEnabledAt: t.clock.now() },
  });

  it('generates it once (owner-only file), moves the second-factor secrets over, and clears those it cannot read', async () => {
    const first = await demoJwtSecret(dir, t.url);
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(first.secret).not.toBe(derived);
    expect((await stat(join(dir, 'jwt.secret'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(dir, 'jwt.secret'), 'utf8')).trim()).toBe(first.secret);

    const moved = await t.db.account.findUniqueOrThrow({ where: { id: readable.id } });
    expect(createSecretCipher(first.secret).decrypt(moved.totpSecret!)).toBe('JBSWY3DPEHPK3PXP');
    const cleared = await t.db.account.findUniqueOrThrow({ where: { id: unreadable.id } });
    expect([cleared.totpSecret, cleared.totpEnabledAt]).toEqual([null, null]);
    expect(first.mustRebind).toEqual([unreadable.username]);

    // The next start keeps it, and touches nothing.
    const again = await demoJwtSecret(dir, t.url);
    expect(again).toEqual({ secret: first.secret, mustRebind: [] });
    expect((await t.db.account.findUniqueOrThrow({ where: { id: readable.id } })).totpSecret).toBe(moved.totpSecret);
  });
});
