import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureAppRole, withCredentials } from '@jx/db';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import * as docx from '../documents/fixtures/docx-fixtures.ts';
import { docxUpload } from '../documents-api/helpers.ts';
import { sweepReportReminders } from '../../src/modules/notifications/reminders.ts';
import { anchorCurrentHead } from '../../src/audit/anchor-chain.ts';

describe('the app runs as a database role that cannot rewrite the audit log (decision 0003)', async () => {
  // Roles are cluster-wide and test files share one cluster: a name of this file's own.
  const appRole = { role: `jx_app_${randomBytes(4).toString('hex')}`, password: randomBytes(16).toString('hex') };
  const t = await createTestApp({ appRole });
  const fx = createFixtures(t.db, await loadSeeded(t.db));
  const asRole = new pg.Client({ connectionString: withCredentials(t.url, appRole.role, appRole.password) });
  await asRole.connect();
  const su = new pg.Client({ connectionString: t.url });
  await su.connect();
  afterAll(async () => {
    await asRole.end();
    await su.end();
  });
  const auditCount = async () => Number((await su.query('SELECT count(*) FROM "AuditEvent"')).rows[0].count);
  const grantsOn = async (table: string) =>
    (
      await su.query('SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = $1 AND table_name = $2 ORDER BY 1', [appRole.role, table])
    ).rows.map((r: { privilege_type: string }) => r.privilege_type);

  it("the app's connections log in as the role, which is no superuser", async () => {
    expect((await t.db.$queryRaw<{ u: string }[]>`SELECT current_user AS u`)[0]!.u).toBe(appRole.role);
    const role = (await su.query('SELECT * FROM pg_roles WHERE rolname = $1', [appRole.role])).rows[0];
    expect(role).toMatchObject({ rolcanlogin: true, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, rolbypassrls: false });
  });

  it('mutations through the app work and append to the audit chain, which still verifies', async () => {
    const before = await auditCount();
    const unit = await t.as('admin')({ method: 'POST', url: '/api/units', payload: { code: 'ROLE-1', name: '角色测试单位', kind: 'DIRECT_UNIT' } });
    expect(unit.statusCode, unit.body).toBe(201);
    const tg = await fx.target({ status: 'PUBLISHED' });
    const upload = docxUpload(docx.buildDocx(), '角色测试.docx', '角色测试');
    const doc = await t.as('unit.chengdu')({ method: 'POST', url: `/api/targets/${tg.id}/documents`, payload: upload.payload, headers: upload.headers });
    expect(doc.statusCode, doc.body).toBe(201);
    const actions = (await su.query('SELECT action FROM "AuditEvent" WHERE seq > $1 ORDER BY seq', [before])).rows.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['units.create', 'documents.uploadToTarget']));
    const verify = await t.as('auditor')({ method: 'POST', url: '/api/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('the background jobs run as the role: report reminders and chain-head anchoring', async () => {
    await expect(sweepReportReminders(t.db, t.clock.now(), t.app.deps.settings)).resolves.toEqual(expect.any(Number));
    const file = join(await mkdtemp(join(tmpdir(), 'jx-role-anchor-')), 'anchors.jsonl');
    const anchor = await anchorCurrentHead(t.db, file, t.clock.now());
    expect(anchor?.seq).toBe(String(await auditCount()));
    expect(await readFile(file, 'utf8')).toContain(anchor!.hash);
  });

  it('UPDATE, DELETE and TRUNCATE on AuditEvent (and LoginEvent) are refused by privileges, not only by triggers', async () => {
    const count = await auditCount();
    await expect(asRole.query(`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "seq" = 1`)).rejects.toThrow(/permission denied for table AuditEvent/);
    await expect(asRole.query('DELETE FROM "AuditEvent"')).rejects.toThrow(/permission denied for table AuditEvent/);
    await expect(asRole.query('TRUNCATE "AuditEvent"')).rejects.toThrow(/permission denied for table AuditEvent/);
    await expect(asRole.query('DELETE FROM "LoginEvent"')).rejects.toThrow(/permission denied for table LoginEvent/);
    await expect(asRole.query(`UPDATE "LoginEvent" SET "outcome" = 'SUCCESS'`)).rejects.toThrow(/permission denied for table LoginEvent/);
    expect(await auditCount()).toBe(count);
  });

  it('the role cannot switch the triggers off, nor read or touch the migration history', async () => {
    await expect(asRole.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied to set parameter/);
    await expect(asRole.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner of table AuditEvent/);
    await expect(asRole.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update"')).rejects.toThrow(/must be owner/);
    await expect(asRole.query('DROP TRIGGER "AuditEvent_no_update" ON "AuditEvent"')).rejects.toThrow(/must be owner/);
    await expect(asRole.query('SELECT * FROM "_prisma_migrations"')).rejects.toThrow(/permission denied/);
    await expect(asRole.query('CREATE TABLE "Shadow" (id int)')).rejects.toThrow(/permission denied for schema public/);
  });

  it('ensuring the role again (with or without its password) changes nothing, and the app keeps working', async () => {
    const tables = ['AuditEvent', 'LoginEvent', 'Unit', '_prisma_migrations'];
    const grantsOnTables = async () => {
      const out: string[][] = [];
      for (const table of tables) out.push(await grantsOn(table));
      return out;
    };
    const granted = await grantsOnTables();
    expect(granted).toEqual([['INSERT', 'SELECT'], ['INSERT', 'SELECT'], ['DELETE', 'INSERT', 'SELECT', 'UPDATE'], []]);
    await ensureAppRole(t.url, appRole);
    await ensureAppRole(t.url, { role: appRole.role });
    expect(await grantsOnTables()).toEqual(granted);
    const unit = await t.as('admin')({ method: 'POST', url: '/api/units', payload: { code: 'ROLE-2', name: '再次授权后', kind: 'DIRECT_UNIT' } });
    expect(unit.statusCode, unit.body).toBe(201);
  });

  it('a privilege granted by hand is taken back on the next ensure', async () => {
    await su.query(`GRANT UPDATE, TRUNCATE ON "AuditEvent" TO "${appRole.role}"`);
    await ensureAppRole(t.url, { role: appRole.role });
    expect(await grantsOn('AuditEvent')).toEqual(['INSERT', 'SELECT']);
  });

  it('refuses a missing role without a password, the owner itself, and a role that inherits write access', async () => {
    await expect(ensureAppRole(t.url, { role: 'jx_nobody_here' })).rejects.toThrow(/数据库角色 jx_nobody_here 不存在/);
    await expect(ensureAppRole(t.url, { role: 'postgres', password: 'x'.repeat(32) })).rejects.toThrow(/不能是数据库所有者/);
    await expect(ensureAppRole(t.url, { role: 'Bad-Name', password: 'x'.repeat(32) })).rejects.toThrow(/只能包含小写字母/);
    const writer = { role: `${appRole.role}_w`, password: appRole.password };
    await ensureAppRole(t.url, writer);
    await su.query(`GRANT pg_write_all_data TO "${writer.role}"`);
    await expect(ensureAppRole(t.url, writer)).rejects.toThrow(/仍可修改或删除 "public"."AuditEvent"/);
  });
});
