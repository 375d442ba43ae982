import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { loadSeeded } from '../helpers/seeded.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * 首页工作队列: each role's counts, on a year of this file's own — a department counts only the target types it owns,
 * the office sees each open process's records submitted of expected per department, the administrator and the auditor
 * their account health — and each count equals the rows of the filtered list its tile opens.
 */
describe('home queue', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const perf = t.as('perf');
  const safety = t.as('safety');
  const integrity = t.as('integrity');
  const admin = t.as('admin');
  const auditor = t.as('auditor');
  const queue = async (as: typeof perf, yearId?: string) => {
    const res = await as({ method: 'GET', url: `/api/home/queue${yearId ? `?yearId=${yearId}` : ''}` });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  const { yearId, leafId } = await fx.frameworkYear();
  const safetyA = await fx.target({ status: 'PUBLISHED', yearId, indicatorId: leafId });
  const safetyB = await fx.target({ status: 'PUBLISHED', yearId, indicatorId: leafId });
  const integrityT = await fx.target({ status: 'PUBLISHED', yearId, indicatorId: leafId, typeCode: 'INTEGRITY' });
  await fx.report(safetyA.id, { periodKey: 'M01', actualPercent: 8, late: true });
  await fx.report(safetyA.id, { periodKey: 'M02', actualPercent: 16, late: true });
  await fx.report(safetyB.id, { periodKey: 'M01', actualPercent: 8 });
  await fx.report(integrityT.id, { periodKey: 'Q1', actualPercent: 25, late: true });

  it('a department counts the late reports of its own target types only, as the report list filtered to late ones', async () => {
    expect((await queue(safety, yearId)).department.lateReports).toBe(2);
    expect((await queue(integrity, yearId)).department.lateReports).toBe(1);
    const list = (await safety({ method: 'GET', url: `/api/reports?yearId=${yearId}&late=true` })).json();
    expect(list.total).toBe(2);
    const whole = await queue(safety, yearId);
    expect(whole).toMatchObject({ office: null, admin: null, auditor: null });
  });

  it('records to score: the assessing department’s rows in open processes without a submitted record; the office sees them per department', async () => {
    const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
    const period = (
      await perf({
        method: 'POST',
        url: '/api/assessment/periods',
        payload: { yearId, kind: 'SPECIAL', name: '安全生产专项考核（首页）', targetTypeId: safetyType.id },
      })
    ).json();
    const process = period.processes[0];
    // Not open yet: nothing to score.
    expect((await queue(safety, yearId)).department.recordsToScore).toBe(0);
    expect((await queue(perf, yearId)).office.processes).toEqual([]);
    await perf({ method: 'POST', url: `/api/assessment/processes/${process.id}/open`, payload: { version: process.version } });
    expect((await queue(safety, yearId)).department.recordsToScore).toBe(2);

    const saved = (
      await safety({
        method: 'PUT',
        url: '/api/assessment/records',
        payload: { periodId: period.id, targetId: safetyA.id, score: '4', opinion: '按期完成', deductions: [] },
      })
    ).json();
    // A draft is still to score.
    expect((await queue(safety, yearId)).department.recordsToScore).toBe(2);
    await safety({ method: 'POST', url: `/api/assessment/records/${saved.id}/submit`, payload: { version: saved.version } });
    expect((await queue(safety, yearId)).department.recordsToScore).toBe(1);
    expect((await queue(integrity, yearId)).department.recordsToScore).toBe(0);
    const grid = (await safety({ method: 'GET', url: `/api/assessment/records?periodId=${period.id}&status=TODO` })).json();
    expect(grid.items.map((r: { targetId: string }) => r.targetId)).toEqual([safetyB.id]);

    const office = (await queue(perf, yearId)).office;
    expect(office.processes).toEqual([
      {
        processId: process.id,
        periodId: period.id,
        periodName: '安全生产专项考核（首页）',
        targetTypeName: '安全生产',
        openedAt: expect.any(String),
        departments: [{ unitId: seeded.unitId('HQ-AJC'), unitName: expect.any(String), submitted: 1, expected: 2 }],
      },
    ]);
    expect(office.missingInputs).toBe(0);
  });

  it('the office lists the departments whose accounts have not signed in for the idle days', async () => {
    const quiet = await fx.unit();
    await fx.account({ roles: ['FUNC_DEPT'], unitId: quiet.id });
    const { office } = await queue(perf, yearId);
    expect(office.idleDays).toBe(7);
    const idle = office.idleDepartments.map((d: { unitId: string }) => d.unitId);
    expect(idle).toContain(quiet.id);
    // 安监处 signed in above.
    expect(idle).not.toContain(seeded.unitId('HQ-AJC'));
    expect(office.idleDepartments.find((d: { unitId: string }) => d.unitId === quiet.id).lastLoginAt).toBeNull();
  });

  it('the administrator: units without an active account, accounts never used, passwords about to expire — each the rows of its list', async () => {
    const before = (await queue(admin)).admin;
    const lonely = await fx.unit();
    const disabledOnly = await fx.unit();
    await fx.account({ unitId: disabledOnly.id, status: 'DISABLED' });
    const maxAge = ((await db.setting.findUnique({ where: { key: 'security.passwordMaxAgeDays' } }))?.value as number | undefined) ?? 90;
    const expiring = await fx.account();
    const fresh = await fx.account();
    await db.account.update({ where: { id: expiring.id }, data: { passwordChangedAt: new Date(t.clock.now().getTime() - (maxAge - 3) * DAY) } });
    await db.account.update({
      where: { id: fresh.id },
      data: { passwordChangedAt: new Date(t.clock.now().getTime() - (maxAge - 10) * DAY), lastLoginAt: t.clock.now() },
    });

    const after = (await queue(admin)).admin;
    expect(after.unitsWithoutAccounts - before.unitsWithoutAccounts).toBe(2);
    expect(after.accountsNeverUsed - before.accountsNeverUsed).toBe(1);
    expect(after.passwordsExpiring - before.passwordsExpiring).toBe(1);

    const units = (await admin({ method: 'GET', url: '/api/units?withoutAccounts=true' })).json();
    expect(units).toHaveLength(after.unitsWithoutAccounts);
    expect(units.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([lonely.id, disabledOnly.id]));
    const neverUsed = (await admin({ method: 'GET', url: '/api/accounts?neverUsed=true&pageSize=1' })).json();
    expect(neverUsed.total).toBe(after.accountsNeverUsed);
    const expiringList = (await admin({ method: 'GET', url: '/api/accounts?passwordExpiring=true&pageSize=100' })).json();
    expect(expiringList.total).toBe(after.passwordsExpiring);
    const ids = expiringList.items.map((a: { id: string }) => a.id);
    expect(ids).toContain(expiring.id);
    expect(ids).not.toContain(fresh.id);
    expect((await admin({ method: 'GET', url: '/api/accounts?neverUsed=1' })).statusCode).toBe(400);
  });

  it('the administrator: 当前锁定 counts the accounts locked now, and the accounts list filtered by locked=true is exactly those rows', async () => {
    const lockedList = async () => (await admin({ method: 'GET', url: '/api/accounts?locked=true&pageSize=100' })).json();
    const before = await lockedList();
    const locked = await fx.account({ lockedUntil: new Date(t.clock.now().getTime() + 10 * 60_000) });
    const lapsed = await fx.account({ lockedUntil: new Date(t.clock.now().getTime() - 60_000) });

    const after = await lockedList();
    expect(after.total).toBe(before.total + 1);
    const beforeIds = before.items.map((a: { id: string }) => a.id);
    const added = after.items.filter((a: { id: string }) => !beforeIds.includes(a.id));
    expect(added.map((a: { id: string }) => a.id)).toEqual([locked.id]);
    expect(added[0].locked).toBe(true);
    expect(after.items.every((a: { locked: boolean }) => a.locked)).toBe(true);
    expect(after.items.map((a: { id: string }) => a.id)).not.toContain(lapsed.id);
    expect((await queue(admin)).admin.lockedAccounts).toBe(after.total);

    // One row per page: the total still counts every locked account.
    const paged = (await admin({ method: 'GET', url: '/api/accounts?locked=true&pageSize=1' })).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(after.total);
    // The lock lapses by the app clock: ten minutes on, the account is no longer listed.
    const start = t.clock.now();
    t.clock.advance(11 * 60_000);
    expect((await lockedList()).items.map((a: { id: string }) => a.id)).not.toContain(locked.id);
    t.clock.set(start);
    expect((await admin({ method: 'GET', url: '/api/accounts?locked=yes' })).statusCode).toBe(400);
  });

  it('the auditor counts the accounts locked now', async () => {
    const before = (await queue(auditor)).auditor.lockedAccounts;
    await fx.account({ lockedUntil: new Date(t.clock.now().getTime() + 10 * 60_000) });
    await fx.account({ lockedUntil: new Date(t.clock.now().getTime() - 10 * 60_000) });
    expect((await queue(auditor)).auditor.lockedAccounts - before).toBe(1);
  });
});
