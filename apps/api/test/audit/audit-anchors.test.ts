import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditVerifySchema } from '@jx/contract';
import type { z } from 'zod';
import { anchorCurrentHead } from '../../src/audit/anchor-chain.ts';
import { chainHash } from '../../src/audit/canonical.ts';
import { chainedContentOf } from '../../src/audit/verify-chain.ts';
import { createTestApp } from '../helpers/app.ts';
import { withToken } from '../helpers/security.ts';

type Verification = z.infer<typeof AuditVerifySchema>;

describe('audit chain anchors outside the database', async () => {
  const t = await createTestApp();
  const admin = withToken(t, (await t.login('admin')).token);
  const auditor = withToken(t, (await t.login('auditor')).token);
  const verify = async () => {
    const res = await auditor({ method: 'POST', url: '/api/audit/verify' });
    expect(res.statusCode).toBe(200);
    return res.json() as Verification;
  };
  let unitNo = 0;
  const mutate = async (count = 1) => {
    for (let i = 0; i < count; i++) {
      const code = `ANCHOR-${String(unitNo++).padStart(2, '0')}`;
      const res = await admin({ method: 'POST', url: '/api/units', payload: { code, name: `锚点测试 ${code}`, kind: 'DIRECT_UNIT' } });
      expect(res.statusCode).toBe(201);
    }
  };
  const head = async () => t.db.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  /** A fresh anchor file for this app (createTestApp builds without one). */
  const useAnchorFile = () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jx-anchors-')), 'audit-anchors.jsonl');
    t.app.deps.config.auditAnchorFile = file;
    return file;
  };
  const anchorsIn = (file: string) =>
    readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: string; hash: string; at: string });
  const anchorNow = (file: string) => anchorCurrentHead(t.db, file, t.clock.now());

  /** A superuser connection that bypasses the append-only triggers, like a DBA would. */
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
  const tamper = async (statements: [sql: string, params?: unknown[]][]) => {
    await su.query('BEGIN');
    await su.query('SET LOCAL session_replication_role = replica');
    for (const [sql, params] of statements) await su.query(sql, params);
    await su.query('COMMIT');
  };

  await mutate(5);

  it('with no anchor file yet, verify passes with no anchors, then writes the first one', async () => {
    const file = useAnchorFile();
    expect(await verify()).toMatchObject({ ok: true, anchors: { checked: 0, lastAnchoredSeq: null, problem: null } });
    expect(anchorsIn(file)).toEqual([{ seq: (await head()).seq.toString(), hash: (await head()).hash, at: t.clock.now().toISOString() }]);
  });

  it('the job anchors the chain head only when it moved; a successful verify anchors what it verified', async () => {
    const file = useAnchorFile();
    expect(await anchorNow(file)).toMatchObject({ seq: (await head()).seq.toString(), hash: (await head()).hash });
    expect(await anchorNow(file), 'head unchanged: nothing written').toBeNull();
    expect(anchorsIn(file)).toHaveLength(1);

    await mutate(2);
    const moved = await head();
    const clean = await verify();
    expect(clean).toMatchObject({ ok: true, anchors: { checked: 1, problem: null } });
    expect(
      anchorsIn(file).map((a) => a.seq),
      'verify anchored the new head',
    ).toEqual([expect.any(String), moved.seq.toString()]);
    expect(await anchorNow(file)).toBeNull();
    await verify();
    expect(anchorsIn(file)).toHaveLength(2);

    expect(await verify()).toMatchObject({ ok: true, firstBrokenSeq: null, anchors: { checked: 2, lastAnchoredSeq: moved.seq.toString(), problem: null } });
  });

  it('deleting the newest rows leaves a consistent chain, but the anchor beyond the new head reports it', async () => {
    const file = useAnchorFile();
    await mutate(3);
    const anchored = await head();
    await anchorNow(file);
    const deleted = (await su.query(`SELECT * FROM "AuditEvent" WHERE "seq" > $1 ORDER BY "seq"`, [String(anchored.seq - 3n)])).rows;
    expect(deleted).toHaveLength(3);

    await tamper([[`DELETE FROM "AuditEvent" WHERE "seq" > $1`, [String(anchored.seq - 3n)]]]);
    // The periodic job now anchors the shortened chain; the earlier anchor still tells.
    expect(await anchorNow(file)).toMatchObject({ seq: String(anchored.seq - 3n) });
    const broken = await verify();
    expect(broken).toMatchObject({
      ok: false,
      firstBrokenSeq: null,
      problem: null,
      anchors: { checked: 0, lastAnchoredSeq: anchored.seq.toString(), problem: { line: 1, seq: anchored.seq.toString(), kind: 'MISSING' } },
    });
    expect(broken.anchors.problem?.message).toContain('末尾的审计记录被删除');
    expect(anchorsIn(file), 'a failed verify anchors nothing').toHaveLength(2);

    const cols = Object.keys(deleted[0]);
    await tamper(
      deleted.map((row) => [
        `INSERT INTO "AuditEvent" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(',')})`,
        cols.map((c) => ((c === 'before' || c === 'after') && row[c] !== null ? JSON.stringify(row[c]) : row[c])),
      ]),
    );
    expect(await verify()).toMatchObject({ ok: true, anchors: { checked: 2, problem: null } });
  });

  it('rewriting a row and recomputing every later hash is caught by the next anchor after it', async () => {
    const file = useAnchorFile();
    const target = (await head()).seq - 2n;
    await anchorNow(file);
    await mutate(1);
    await anchorNow(file);
    const original = await t.db.auditEvent.findMany({ where: { seq: { gte: target - 1n } }, orderBy: { seq: 'asc' } });

    // Change one row's action, then recompute its hash and every later row's link and hash.
    let prev = original[0]!.hash;
    const rewrites = original.slice(1).map((row) => {
      const action = row.seq === target ? 'units.view' : row.action;
      const hash = chainHash(prev, chainedContentOf({ ...row, action }));
      const params = [row.seq.toString(), action, prev, hash];
      prev = hash;
      return [`UPDATE "AuditEvent" SET "action" = $2, "prevHash" = $3, "hash" = $4 WHERE "seq" = $1`, params] as [string, unknown[]];
    });
    await tamper(rewrites);

    const broken = await verify();
    expect(broken, 'the rows alone look intact').toMatchObject({ firstBrokenSeq: null, problem: null, checked: await t.db.auditEvent.count() });
    expect(broken).toMatchObject({ ok: false, anchors: { checked: 0, problem: { line: 1, seq: (target + 2n).toString(), kind: 'HASH_MISMATCH' } } });
    expect(broken.anchors.problem?.message).toContain('被改写');

    await tamper(
      original
        .slice(1)
        .map((row) => [
          `UPDATE "AuditEvent" SET "action" = $2, "prevHash" = $3, "hash" = $4 WHERE "seq" = $1`,
          [row.seq.toString(), row.action, row.prevHash, row.hash],
        ]),
    );
    expect(await verify()).toMatchObject({ ok: true, anchors: { checked: 2, problem: null } });
  });

  it('a damaged line in the anchor file is reported with its line number, not a crash', async () => {
    const file = useAnchorFile();
    await anchorNow(file);
    appendFileSync(file, '{"seq":"12","hash":\n');
    await mutate(1);
    await anchorNow(file);

    expect(await verify()).toMatchObject({
      ok: false,
      firstBrokenSeq: null,
      anchors: { checked: 1, problem: { line: 2, seq: null, kind: 'MALFORMED', message: expect.stringContaining('第 2 行') } },
    });
  });
});
