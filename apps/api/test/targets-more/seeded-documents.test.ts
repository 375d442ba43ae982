import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, createPrismaClient, databaseUrl, ensureDatabase, withClock } from '@jx/db';
import { buildApp } from '../../src/app.ts';
import { FakeClock } from '../../src/lib/clock.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { createLocalDiskStorage } from '../../src/modules/documents/storage/index.ts';
import { seedDemoProvince } from '../../../../prisma/seed/index.ts';
import { seedDocumentDeps } from '../../src/seed-if-empty.ts';
import { DEMO_PASSWORD } from '../helpers/constants.ts';
import { bj } from '../helpers/dates.ts';

// The demo seed's Word work documents, seen through the API the way the viewer sees them: a fresh database seeded with
// a document store, and an app on that store. (The shared test template is seeded without a store.) The seed is written
// as of 2 March, so that its January and February reports (and their documents) exist whatever day the suite runs at.
const SEED_NOW = bj('2026-03-02T08:00:00');
describe('demo seed: Word work documents as uploads', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'jx-seed-docs-'));
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(inject('pgServerUrl'), name);
  const url = databaseUrl(inject('pgServerUrl'), name);
  await applyMigrations(url);
  const db = createPrismaClient(url);
  const storage = createLocalDiskStorage(join(dir, 'documents'));
  const summary = await seedDemoProvince(
    withClock(db, () => SEED_NOW),
    { hashPassword, year: 2026, now: SEED_NOW, documents: seedDocumentDeps(storage) },
  );
  const app = await buildApp({
    db,
    clock: new FakeClock(bj('2026-03-02T09:00:00')),
    logger: false,
    config: {
      jwtSecret: randomBytes(32).toString('hex'),
      cookieSecure: false,
      trustProxyHops: 0,
      loginRateLimitPerMinute: 10_000,
      logLevel: 'silent',
      requireMfaForPrivileged: false,
      documentStorage: { kind: 'local', dir: storage.dir },
    },
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
  });
  const tokens = new Map<string, string>();
  const as = (user: string) => async (o: { method: 'GET'; url: string }) => {
    if (!tokens.has(user)) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user, password: DEMO_PASSWORD } });
      tokens.set(user, res.json().accessToken as string);
    }
    return app.inject({ ...o, headers: { authorization: `Bearer ${tokens.get(user)}` } });
  };
  const cd = (await db.unit.findUniqueOrThrow({ where: { code: 'CITY-CD' } })).id;

  it('stores one file per document row, under generated names, and counts them', async () => {
    const rows = await db.document.findMany({ select: { storedName: true } });
    expect(summary.counts.documents).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(50);
    expect((await readdir(storage.dir)).sort()).toEqual(rows.map((r) => r.storedName).sort());
  });

  it('every report of a 成都 showcase target has its 进展情况说明; the unit opens the page and downloads the original', async () => {
    const reports = await db.progressReport.findMany({ where: { target: { unitId: cd } }, include: { documents: true }, orderBy: { id: 'asc' } });
    const byTarget = new Map<string, typeof reports>();
    for (const r of reports) byTarget.set(r.targetId, [...(byTarget.get(r.targetId) ?? []), r]);
    const showcase = [...byTarget.values()].filter((rs) => rs.every((r) => r.documents.length === 1));
    expect(showcase.length).toBeGreaterThanOrEqual(3);
    const report = showcase[0]![0]!;

    const list = await as('unit.chengdu')({ method: 'GET', url: `/api/reports/${report.id}/documents` });
    expect(list.statusCode, list.body).toBe(200);
    const [doc] = list.json().items as { id: string; title: string; fileName: string; sha256: string; sizeBytes: number }[];
    expect(doc!.title).toMatch(/^成都市交通运输局关于“.+”2026年\d+月进展情况的报告$/);
    expect(doc!.fileName).toMatch(/进展情况说明\.docx$/);

    const page = await as('unit.chengdu')({ method: 'GET', url: `/api/documents/${doc!.id}` });
    expect(page.statusCode).toBe(200);
    const html = page.json().html as string;
    expect(html).toContain(`<h1>${doc!.title}</h1>`);
    expect(html).toContain('<h2>二、完成情况统计</h2><table>');
    expect(html).toContain('<th><p><strong>实际累计进度</strong></p></th>');
    expect(html).not.toMatch(/@@\d+@@/);

    const file = await as('unit.chengdu')({ method: 'GET', url: `/api/documents/${doc!.id}/download` });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.length).toBe(doc!.sizeBytes);
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(doc!.sha256);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Scope applies as to any upload: 绵阳 does not see 成都's documents.
    expect((await as('unit.mianyang')({ method: 'GET', url: `/api/documents/${doc!.id}` })).statusCode).toBe(403);
  });

  it('some targets carry a 年度工作方案, the showcase ones in two versions', async () => {
    const twice = await db.document.findMany({ where: { versionNo: 2, target: { unitId: cd } } });
    expect(twice.length).toBeGreaterThanOrEqual(3);
    const res = await as('perf')({ method: 'GET', url: `/api/documents/${twice[0]!.id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
    expect(body.title).toMatch(/年度工作方案（修订稿）$/);
    expect(body.html).toContain('<h2>三、进度安排</h2><table>');
  });
});
