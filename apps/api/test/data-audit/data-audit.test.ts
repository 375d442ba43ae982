import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { DAY, HOUR, MINUTE } from '../../src/lib/clock.ts';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { recordImportUpload, recordKey, recordXlsx } from '../assessment/record-excel-helpers.ts';

interface AuditRow {
  departmentId: string;
  logins: number;
  failedLogins: number;
  lastLoginAt: string | null;
  records: Record<'draft' | 'submitted' | 'archived' | 'returned' | 'voided', number>;
  expected: number;
  late: number;
  closedAt: string | null;
}

/**
 * 考核数据审计: per assessing department and period, logins within the period's assessment window, records by state,
 * what is expected and what is late; one department's logins, records and the audit events on them. The file works on
 * a 专项 of 安全生产 of its own, so the seeded periods are only read (to show they are not mixed in).
 */
describe('data audit', async () => {
  const t = await createTestApp();
  const { app, db, clock } = t;
  const seeded = await loadSeeded(db);
  const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const safetyDept = safetyType.ownerUnitId;
  const published = await db.target.findMany({
    where: { yearId: seeded.yearId, targetTypeId: safetyType.id, publishedRevisionNo: { not: null } },
    orderBy: { id: 'asc' },
    select: { id: true, title: true },
  });
  const [ta, tb, tc, td, te] = published as [(typeof published)[0], (typeof published)[0], (typeof published)[0], (typeof published)[0], (typeof published)[0]];

  /** A fresh session (a cached one would idle out as the clock moves on); each login is a login-log row. */
  const session = async (username: string) => {
    const { token } = await t.login(username);
    return (o: InjectOptions) => app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${token}` } });
  };
  const failedLogin = () => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'safety', password: 'Wrong#2026x' } });

  let perf = await session('perf');
  const period = (
    await perf({
      method: 'POST',
      url: '/api/assessment/periods',
      payload: { yearId: seeded.yearId, kind: 'SPECIAL', name: '安全生产专项考核（数据审计）', targetTypeId: safetyType.id },
    })
  ).json();
  const process = period.processes[0];
  const audit = async () => (await perf({ method: 'GET', url: `/api/assessment/data-audit?periodId=${period.id}` })).json();
  const rowOf = async (departmentId = safetyDept): Promise<AuditRow> => (await audit()).items.find((r: AuditRow) => r.departmentId === departmentId);
  const activity = async () => (await perf({ method: 'GET', url: `/api/assessment/data-audit/${safetyDept}?periodId=${period.id}` })).json();
  const record = (targetId: string) =>
    db.assessmentRecord.findUniqueOrThrow({ where: { targetId_periodId_assessorUnitId: { targetId, periodId: period.id, assessorUnitId: safetyDept } } });

  const opensAt = new Date(clock.now().getTime() + DAY);
  const closesAt = new Date(opensAt.getTime() + 2 * DAY);

  it('before any process opens: every assessing department, what it is expected to record, no window and no logins', async () => {
    // A login before the window opens is not counted.
    await session('safety');
    const body = await audit();
    expect(body.window).toBeNull();
    const row = body.items.find((r: AuditRow) => r.departmentId === safetyDept);
    expect(row).toMatchObject({ expected: published.length, late: 0, logins: 0, failedLogins: 0, lastLoginAt: null, closedAt: null });
    expect(row.records).toEqual({ draft: 0, submitted: 0, archived: 0, returned: 0, voided: 0 });
    // Every department that assesses something in the year is listed, even with nothing expected in this 专项.
    const integrity = (await db.targetType.findUniqueOrThrow({ where: { code: 'INTEGRITY' } })).ownerUnitId;
    expect(body.items.find((r: AuditRow) => r.departmentId === integrity)).toMatchObject({ expected: 0, late: 0 });
  });

  it('while open: logins in the window, records by state; after the close: drafts and missing records are late', async () => {
    clock.set(opensAt);
    perf = await session('perf');
    expect((await perf({ method: 'POST', url: `/api/assessment/processes/${process.id}/open`, payload: { version: process.version } })).statusCode).toBe(200);

    clock.advance(HOUR);
    const safety = await session('safety');
    // A minute later, so "newest first" has one answer.
    clock.advance(MINUTE);
    expect((await failedLogin()).statusCode).toBe(401);
    const save = (targetId: string) => safety({ method: 'PUT', url: '/api/assessment/records', payload: { periodId: period.id, targetId, score: '1.00' } });
    const move = (id: string, action: string, payload: object) => safety({ method: 'POST', url: `/api/assessment/records/${id}/${action}`, payload });
    for (const target of [ta, tb, tc, td]) expect((await save(target.id)).statusCode).toBe(200);
    expect((await move((await record(ta.id)).id, 'submit', { version: 1 })).statusCode).toBe(200);
    expect((await move((await record(td.id)).id, 'submit', { version: 1 })).statusCode).toBe(200);
    expect((await move((await record(tc.id)).id, 'void', { version: 1, reason: '目标已调整' })).statusCode).toBe(200);
    // An Excel import writes one more draft; its one audit event is shown against that record.
    const { payload, headers } = recordImportUpload(await recordXlsx([{ 编号: recordKey(period.id, te.id, safetyDept), 得分: 1.5 }]), period.id);
    expect((await safety({ method: 'POST', url: '/api/assessment/records/import', payload, headers })).statusCode).toBe(200);

    perf = await session('perf');
    const open = await audit();
    expect(open.window).toEqual({ from: opensAt.toISOString(), to: clock.now().toISOString() });
    expect(open.items.find((r: AuditRow) => r.departmentId === safetyDept)).toMatchObject({
      logins: 1,
      failedLogins: 1,
      lastLoginAt: new Date(opensAt.getTime() + HOUR).toISOString(),
      records: { draft: 2, submitted: 2, archived: 0, returned: 0, voided: 1 },
      expected: published.length,
      late: 0,
      closedAt: null,
    });

    clock.set(closesAt);
    perf = await session('perf');
    const current = await db.assessmentProcess.findUniqueOrThrow({ where: { id: process.id } });
    const closed = await perf({
      method: 'POST',
      url: `/api/assessment/processes/${process.id}/close`,
      payload: { version: current.version, confirmUnsubmitted: true },
    });
    expect(closed.statusCode).toBe(200);
    // Logins after the close fall outside the window.
    clock.advance(HOUR);
    await session('safety');
    expect((await failedLogin()).statusCode).toBe(401);
    perf = await session('perf');

    const after = await audit();
    expect(after.window).toEqual({ from: opensAt.toISOString(), to: closesAt.toISOString() });
    // Late: the two drafts (tb, te) and every expected target with no record; not the voided one nor those submitted in time.
    expect(after.items.find((r: AuditRow) => r.departmentId === safetyDept)).toMatchObject({
      logins: 1,
      failedLogins: 1,
      records: { draft: 2, submitted: 2, archived: 0, returned: 0, voided: 1 },
      late: 2 + (published.length - 5),
      closedAt: closesAt.toISOString(),
    });
  });

  it('a record submitted after its process closed is late', async () => {
    const d = await record(td.id);
    await db.assessmentRecord.update({ where: { id: d.id }, data: { submittedAt: new Date(closesAt.getTime() + 30 * MINUTE) } });
    expect((await rowOf()).late).toBe(3 + (published.length - 5));
    const rows = (await activity()).records as { recordId: string; late: boolean }[];
    expect(Object.fromEntries(rows.map((r) => [r.recordId, r.late]))).toEqual({
      [(await record(ta.id)).id]: false,
      [(await record(tb.id)).id]: true,
      [(await record(tc.id)).id]: false,
      [d.id]: true,
      [(await record(te.id)).id]: true,
    });
  });

  it('the office archives and returns a record through the record routes; the counts and the events follow', async () => {
    const a = await record(ta.id);
    const move = (action: string, payload: object) => perf({ method: 'POST', url: `/api/assessment/records/${a.id}/${action}`, payload });
    expect((await move('archive', { version: a.version })).statusCode).toBe(200);
    expect((await rowOf()).records).toMatchObject({ submitted: 1, archived: 1, returned: 0 });
    expect((await move('return', { version: a.version + 1, reason: '得分依据不足' })).statusCode).toBe(200);
    const row = await rowOf();
    expect(row.records).toEqual({ draft: 2, submitted: 1, archived: 0, returned: 1, voided: 1 });
    // A record returned after the close waits for the department: late.
    expect(row.late).toBe(4 + (published.length - 5));

    const { events, logins, records } = await activity();
    expect(records).toHaveLength(5);
    expect(records.find((r: { recordId: string }) => r.recordId === a.id)).toMatchObject({ status: 'RETURNED', targetTitle: ta.title, score: 1, late: true });
    // Newest first: the return, then the archive.
    expect(events.slice(0, 2)).toMatchObject([
      { action: 'records.return', recordId: a.id, reason: '得分依据不足', actorName: expect.any(String) },
      { action: 'records.archive', recordId: a.id, reason: null },
    ]);
    const byRecord = (id: string) => events.filter((e: { recordId: string }) => e.recordId === id).map((e: { action: string }) => e.action);
    expect(byRecord(a.id)).toEqual(['records.return', 'records.archive', 'records.submit', 'records.create']);
    expect(byRecord((await record(tc.id)).id)).toEqual(['records.void', 'records.create']);
    expect(byRecord((await record(te.id)).id)).toEqual(['records.import']);
    expect(events.find((e: { action: string }) => e.action === 'records.void')).toMatchObject({ reason: '目标已调整', targetTitle: tc.title });
    // The logins within the window only, newest first.
    expect(logins).toMatchObject([
      { username: 'safety', outcome: 'FAILURE', reason: 'BAD_PASSWORD' },
      { username: 'safety', outcome: 'SUCCESS', reason: 'OK' },
    ]);
  });

  it('another period’s records are not mixed in: the seeded 半年 counts its own', async () => {
    const h1 = await db.assessmentPeriod.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'H1' } });
    const body = (await perf({ method: 'GET', url: `/api/assessment/data-audit?periodId=${h1.id}` })).json();
    const row = body.items.find((r: AuditRow) => r.departmentId === safetyDept);
    const count = (status: 'DRAFT' | 'SUBMITTED' | 'ARCHIVED' | 'RETURNED' | 'VOIDED') =>
      db.assessmentRecord.count({ where: { periodId: h1.id, assessorUnitId: safetyDept, status } });
    expect(row.records).toEqual({
      draft: await count('DRAFT'),
      submitted: await count('SUBMITTED'),
      archived: await count('ARCHIVED'),
      returned: await count('RETURNED'),
      voided: await count('VOIDED'),
    });
    // This file's records are in neither the 半年's counts nor its activity.
    const own = (await db.assessmentRecord.findMany({ where: { periodId: period.id }, select: { id: true } })).map((r) => r.id);
    const h1Activity = (await perf({ method: 'GET', url: `/api/assessment/data-audit/${safetyDept}?periodId=${h1.id}` })).json();
    expect(h1Activity.records.some((r: { recordId: string }) => own.includes(r.recordId))).toBe(false);
    expect(h1Activity.events.some((e: { recordId: string }) => own.includes(e.recordId))).toBe(false);
  });

  it('an unknown period or department is 404', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await perf({ method: 'GET', url: `/api/assessment/data-audit?periodId=${missing}` })).statusCode).toBe(404);
    expect((await perf({ method: 'GET', url: `/api/assessment/data-audit/${missing}?periodId=${period.id}` })).statusCode).toBe(404);
  });
});
