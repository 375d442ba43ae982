import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { withToken } from '../helpers/security.ts';

describe('audit hash chain: verify, append-only, tamper detection, concurrency', async () => {
  const t = await createTestApp();
  const admin = withToken(t, (await t.login('admin')).token);
  const auditor = withToken(t, (await t.login('auditor')).token);
  const verify = async () => {
    const res = await auditor({ method: 'POST', url: '/api/audit/verify' });
    expect(res.statusCode).toBe(200);
    return res.json() as { ok: boolean; checked: number; firstBrokenSeq: string | null; problem: string | null };
  };
  const createUnit = (code: string) => admin({ method: 'POST', url: '/api/units', payload: { code, name: `链测试 ${code}`, kind: 'DIRECT_UNIT' } });

  /** A superuser connection that bypasses triggers (session_replication_role = replica), like a DBA would. */
  const su = new pg.Client({
    connectionString: t.url,
    // Timestamps as PostgreSQL prints them, so a row read here can be written back exactly.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === 1114 ? (v: string) => v : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  await su.connect();
  afterAll(() => su.end());

  it('20 parallel mutations still give one contiguous chain that verifies', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => createUnit(`CHAIN-${String(i).padStart(2, '0')}`)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));

    const rows = await t.db.auditEvent.findMany({ orderBy: { seq: 'asc' }, select: { seq: true, prevHash: true, hash: true, action: true } });
    expect(rows.filter((r) => r.action === 'units.create')).toHaveLength(20);
    rows.forEach((r, i) => {
      expect(r.seq).toBe(BigInt(i + 1));
      if (i > 0) expect(r.prevHash, `row ${r.seq} links to row ${rows[i - 1]!.seq}`).toBe(rows[i - 1]!.hash);
    });
    expect(new Set(rows.map((r) => r.prevHash)).size, 'no two rows share a predecessor (no fork)').toBe(rows.length);
  });

  it('POST /api/audit/verify as the auditor: ok, and every row checked', async () => {
    const result = await verify();
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null, problem: null });
    expect(result.checked).toBe(await t.db.auditEvent.count());
    expect(result.checked).toBeGreaterThanOrEqual(20);
  });

  it("the application's own connection cannot UPDATE, DELETE or TRUNCATE AuditEvent", async () => {
    const row = await t.db.auditEvent.findFirstOrThrow({ where: { seq: 3n } });
    await expect(t.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "seq" = 3`)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = 3`)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(t.db.auditEvent.update({ where: { seq: 3n }, data: { reason: 'forged' } })).rejects.toThrow();
    await expect(t.db.auditEvent.deleteMany({})).rejects.toThrow();
    // Nor a superuser that leaves the triggers on.
    await expect(su.query(`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "seq" = 3`)).rejects.toThrow(/append-only/);
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { seq: 3n } })).toEqual(row);
    expect((await verify()).ok).toBe(true);
  });

  describe('tampering by a superuser with triggers off', () => {
    const tamper = async (sql: string, params: unknown[] = []) => {
      await su.query('BEGIN');
      await su.query('SET LOCAL session_replication_role = replica');
      await su.query(sql, params);
      await su.query('COMMIT');
    };
    const raw = async (seq: number) => (await su.query(`SELECT * FROM "AuditEvent" WHERE "seq" = $1`, [seq])).rows[0];

    it("editing one row's before/after is reported at that row, and restoring it heals the chain", async () => {
      const total = await t.db.auditEvent.count();
      // The update event of a unit has a `before`; create one to edit.
      const created = await createUnit('CHAIN-EDIT');
      const u = created.json();
      const upd = await admin({
        method: 'PATCH',
        url: `/api/units/${u.id}`,
        payload: { name: '改名前后', kind: 'DIRECT_UNIT', sortOrder: 0, version: u.version },
      });
      expect(upd.statusCode).toBe(200);
      const target = await t.db.auditEvent.findFirstOrThrow({ where: { objectId: u.id, action: 'units.update' } });
      expect(Number(target.seq)).toBe(total + 2);
      const original = await raw(Number(target.seq));

      await tamper(`UPDATE "AuditEvent" SET "before" = '{"name":"别的名字"}'::jsonb WHERE "seq" = $1`, [target.seq.toString()]);
      const broken = await verify();
      expect(broken.ok).toBe(false);
      expect(broken.firstBrokenSeq).toBe(target.seq.toString());
      expect(broken.checked).toBe(Number(target.seq) - 1);
      expect(broken.problem).toEqual(expect.any(String));

      await tamper(`UPDATE "AuditEvent" SET "before" = $2::jsonb WHERE "seq" = $1`, [target.seq.toString(), JSON.stringify(original.before)]);
      expect((await verify()).ok).toBe(true);
    });

    it("editing one row's action (even in the middle of the chain) is reported at that row", async () => {
      const seq = 7;
      const original = await raw(seq);
      await tamper(`UPDATE "AuditEvent" SET "action" = 'units.view' WHERE "seq" = $1`, [seq]);
      const broken = await verify();
      expect(broken).toMatchObject({ ok: false, firstBrokenSeq: String(seq), checked: seq - 1 });
      await tamper(`UPDATE "AuditEvent" SET "action" = $2 WHERE "seq" = $1`, [seq, original.action]);
      expect((await verify()).ok).toBe(true);
    });

    it('editing the actor, the time or the outcome is detected as well', async () => {
      for (const [column, value] of [
        ['actorUsername', 'someone.else'],
        ['at', '2026-01-01T00:00:00Z'],
        ['outcome', 'DENIED'],
        ['ip', '10.0.0.1'],
      ] as const) {
        const seq = 5;
        const original = await raw(seq);
        const cast = column === 'outcome' ? '::"AuditOutcome"' : column === 'at' ? '::timestamp' : '';
        await tamper(`UPDATE "AuditEvent" SET "${column}" = $2${cast} WHERE "seq" = $1`, [seq, value]);
        expect(await verify(), column).toMatchObject({ ok: false, firstBrokenSeq: String(seq) });
        await tamper(`UPDATE "AuditEvent" SET "${column}" = $2${cast} WHERE "seq" = $1`, [seq, original[column]]);
        expect((await verify()).ok, `${column} restored`).toBe(true);
      }
    });

    it('deleting a row in the middle is detected, at the missing seq', async () => {
      const seq = 10;
      const total = await t.db.auditEvent.count();
      const original = await raw(seq);
      await tamper(`DELETE FROM "AuditEvent" WHERE "seq" = $1`, [seq]);
      const broken = await verify();
      expect(broken).toMatchObject({ ok: false, firstBrokenSeq: String(seq), checked: seq - 1 });

      // Renumbering the rest to hide the gap does not help: the next row's prevHash no longer matches.
      // (Through negative numbers, so the primary key never collides mid-statement.)
      await tamper(`UPDATE "AuditEvent" SET "seq" = -("seq" - 1) WHERE "seq" > $1`, [seq]);
      await tamper(`UPDATE "AuditEvent" SET "seq" = -"seq" WHERE "seq" < 0`);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: String(seq) });
      await tamper(`UPDATE "AuditEvent" SET "seq" = -("seq" + 1) WHERE "seq" >= $1`, [seq]);
      await tamper(`UPDATE "AuditEvent" SET "seq" = -"seq" WHERE "seq" < 0`);

      const cols = Object.keys(original);
      await tamper(
        `INSERT INTO "AuditEvent" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(',')})`,
        cols.map((c) => ((c === 'before' || c === 'after') && original[c] !== null ? JSON.stringify(original[c]) : original[c])),
      );
      expect(await t.db.auditEvent.count()).toBe(total);
      expect(await verify()).toMatchObject({ ok: true, checked: total });
    });

    it('a forged row appended at the end is caught', async () => {
      const last = await t.db.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
      await tamper(
        `INSERT INTO "AuditEvent" ("seq","at","actorRoles","action","objectType","outcome","prevHash","hash") VALUES ($1, now(), '{}', 'units.create', 'Unit', 'SUCCESS', $2, $3)`,
        [(last.seq + 1n).toString(), last.hash, 'f'.repeat(64)],
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: (last.seq + 1n).toString() });
      await tamper(`DELETE FROM "AuditEvent" WHERE "seq" = $1`, [(last.seq + 1n).toString()]);
      expect((await verify()).ok).toBe(true);
    });
  });
});
