import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, restore } from '@jx/db';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { buildDocx } from '../documents/fixtures/docx-fixtures.ts';
import { docxUpload } from '../documents-api/helpers.ts';

/**
 * pnpm db:backup / db:restore (decision 0016): the database, the document files and the audit anchors go into one
 * archive; a restore brings back exactly that state — later changes gone, the audit chain whole and anchored, every
 * document downloadable again.
 */
describe('backup and restore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'jx-ops-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const paths = { documentsDir: join(dir, 'documents'), anchorFile: join(dir, 'audit-anchors.jsonl') };
  const archive = join(dir, 'backup.tar.gz');
  const appPaths = { documentsDir: paths.documentsDir, auditAnchorFile: paths.anchorFile };
  const t = await createTestApp(appPaths);
  const fx = createFixtures(t.db, await loadSeeded(t.db));
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('backs up, loses later changes and a document file, restores, and the chain, the anchors and the download hold', async () => {
    // Before the backup: a document uploaded, the audit chain verified and anchored.
    const target = await fx.target({ status: 'PUBLISHED' });
    const docx = buildDocx();
    const uploaded = await t.as('unit.chengdu')({ method: 'POST', url: `/api/targets/${target.id}/documents`, ...docxUpload(docx, '备份前的方案.docx') });
    expect(uploaded.statusCode).toBe(201);
    const documentId = uploaded.json().id as string;
    expect((await t.as('auditor')({ method: 'POST', url: '/api/audit/verify' })).json().ok).toBe(true);
    const eventsAtBackup = await t.db.auditEvent.count();

    const manifest = await backup(t.url, paths, archive, t.clock.now());
    expect(manifest.tables.find((x) => x.name === 'AuditEvent')?.rows).toBe(eventsAtBackup);
    expect(manifest.documents).toBe(1);
    expect(manifest.anchors).toBe(true);

    // After it: a new announcement (more audit events), and the document's file is lost.
    const later = await t.as('admin')({ method: 'POST', url: '/api/announcements', payload: { title: '备份之后的公告', body: '正文' } });
    expect(later.statusCode).toBe(201);
    for (const f of await readdir(paths.documentsDir)) await unlink(join(paths.documentsDir, f));

    await restore(t.url, paths, archive);

    // A fresh app on the restored database and files, as after a restart.
    const after = await createTestApp({ ...appPaths, database: t.url });
    const restored = await after.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "Announcement" WHERE title = '备份之后的公告'`);
    expect(Number(restored[0]!.n)).toBe(0);
    expect(await after.db.auditEvent.count()).toBe(eventsAtBackup);
    const verify = (await after.as('auditor')({ method: 'POST', url: '/api/audit/verify' })).json();
    expect(verify).toMatchObject({ ok: true, checked: eventsAtBackup, anchors: { problem: null } });
    expect(verify.anchors.checked).toBeGreaterThan(0);
    const download = await after.as('unit.chengdu')({ method: 'GET', url: `/api/documents/${documentId}/download` });
    expect(download.statusCode).toBe(200);
    expect(sha(download.rawPayload)).toBe(sha(docx));
    // New writes continue the chain and the sequences after the restored rows.
    expect((await after.as('admin')({ method: 'POST', url: '/api/announcements', payload: { title: '恢复之后的公告', body: '正文' } })).statusCode).toBe(201);
    expect((await after.as('auditor')({ method: 'POST', url: '/api/audit/verify' })).json().ok).toBe(true);
  });

  it('refuses a backup from a newer version before touching anything', async () => {
    const { create } = await import('tar');
    const { writeFile, mkdir } = await import('node:fs/promises');
    const fake = join(dir, 'newer');
    await mkdir(join(fake, 'tables'), { recursive: true });
    await writeFile(
      join(fake, 'manifest.json'),
      JSON.stringify({
        format: 1,
        createdAt: '2030-01-01T00:00:00Z',
        migrations: ['29991231000000_from_the_future'],
        tables: [],
        documents: 0,
        anchors: false,
      }),
    );
    await create({ gzip: true, file: join(dir, 'newer.tar.gz'), cwd: fake }, ['manifest.json', 'tables']);
    const before = await t.db.account.count();
    await expect(restore(t.url, paths, join(dir, 'newer.tar.gz'))).rejects.toThrow(/更新的版本/);
    expect(await t.db.account.count()).toBe(before);
  });
});
