import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

describe('progress reports (进展报告)', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const staffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;
  // A UNIT_STAFF of 成都 with a person of its own who is responsible for nothing.
  const outsider = await fx.account({ roles: ['UNIT_STAFF'], unitId: CD });
  await db.account.update({ where: { id: outsider.id }, data: { personId: (await fx.person('CITY-CD')).id } });
  // Moving the clock by hours ends idle sessions: log in again whenever the clock has moved since the last login.
  const tokens = new Map<string, { at: number; token: string }>();
  const as = (user: string) => async (o: InjectOptions) => {
    const now = t.clock.now().getTime();
    let s = tokens.get(user);
    if (!s || s.at !== now) tokens.set(user, (s = { at: now, token: (await t.login(user)).token }));
    return t.app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${s.token}` } });
  };
  const body = (periodKey: string, actualPercent: number, extra: object = {}) => ({ periodKey, actualPercent, narrative: '按计划推进', ...extra });
  const submit = (user: string, targetId: string, b: object) => as(user)({ method: 'POST', url: `/api/targets/${targetId}/reports`, payload: b });
  const at = (s: string) => t.clock.set(bj(s));

  it('the unit admin and a responsible person report; a staff member who is not responsible, another unit and the leaders may not', async () => {
    at('2026-03-02T10:00:00');
    const tg = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
    const admin = await submit('unit.chengdu', tg.id, body('M01', 8));
    expect(admin.statusCode, admin.body).toBe(201);
    expect(admin.json()).toMatchObject({ periodKey: 'M01', actualPercent: 8, unitId: CD, targetId: tg.id, late: true, version: 1 });
    expect((await submit('staff.chengdu', tg.id, body('M02', 16))).statusCode).toBe(201);

    for (const user of [outsider.username, 'unit.mianyang', 'leader', 'safety', 'perf']) {
      const res = await submit(user, tg.id, body('M03', 25));
      expect(res.statusCode, user).toBe(403);
    }
    expect(await db.progressReport.count({ where: { targetId: tg.id } })).toBe(2);
    const denied = await db.auditEvent.count({ where: { outcome: 'DENIED', actorUsername: outsider.username } });
    expect(denied).toBe(1);
  });

  it('readers follow the target scope, in the list per target, the scoped list and the detail', async () => {
    const tg = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
    const r = await fx.report(tg.id, { periodKey: 'M01', actualPercent: 9 });
    for (const user of ['leader', 'deputy', 'safety', 'perf', 'unit.chengdu', 'staff.chengdu']) {
      expect((await as(user)({ method: 'GET', url: `/api/targets/${tg.id}/reports` })).json(), user).toHaveLength(1);
      expect((await as(user)({ method: 'GET', url: `/api/reports/${r.id}` })).statusCode, user).toBe(200);
    }
    const integrityTargets = new Set(
      (await db.target.findMany({ where: { unitId: CD, targetType: { code: 'INTEGRITY' } }, select: { id: true } })).map((x) => x.id),
    );
    // A 责任人 of the same unit to whom the target is not decomposed reads none of it (decision 0007).
    expect((await as(outsider.username)({ method: 'GET', url: `/api/reports/${r.id}` })).statusCode).toBe(403);
    for (const user of ['unit.mianyang', 'integrity']) {
      expect((await as(user)({ method: 'GET', url: `/api/targets/${tg.id}/reports` })).statusCode, user).toBe(403);
      expect((await as(user)({ method: 'GET', url: `/api/reports/${r.id}` })).statusCode, user).toBe(403);
      const list = await as(user)({ method: 'GET', url: '/api/reports', query: { pageSize: '100', unitId: CD } });
      expect(list.statusCode).toBe(200);
      const items: { id: string; targetId: string }[] = list.json().items;
      expect(
        items.map((x) => x.id),
        user,
      ).not.toContain(r.id);
      // Another unit sees none of 成都's reports; 监察室 only those on 成都's 廉政建设 targets (how many depends on the date).
      if (user === 'unit.mianyang') expect(list.json().total).toBe(0);
      else expect(items.every((x) => integrityTargets.has(x.targetId))).toBe(true);
    }
    const mine = await as('unit.chengdu')({
      method: 'GET',
      url: '/api/reports',
      query: { pageSize: '100', yearId: seeded.yearId, periodKey: 'M01', late: 'false' },
    });
    expect(mine.json().items.map((x: { id: string }) => x.id)).toContain(r.id);
    expect(mine.json().items.every((x: { unitId: string; periodKey: string; late: boolean }) => x.unitId === CD && x.periodKey === 'M01' && !x.late)).toBe(
      true,
    );
  });

  it('marks a report late after the due day (5th of the next month, end of day Beijing time) under the clock', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    at('2026-03-05T23:59:00');
    expect((await submit('unit.chengdu', tg.id, body('M02', 10))).json().late).toBe(false);
    const tg2 = await fx.target({ status: 'PUBLISHED' });
    at('2026-03-06T00:01:00');
    const res = await submit('unit.chengdu', tg2.id, body('M02', 10));
    expect(res.json()).toMatchObject({ late: true, submittedAt: bj('2026-03-06T00:01:00').toISOString() });
  });

  it('validates period, cumulative percent, value and text, and writes nothing', async () => {
    at('2026-03-10T10:00:00');
    const tg = await fx.target({ status: 'PUBLISHED' });
    await fx.report(tg.id, { periodKey: 'M01', actualPercent: 20 });
    const cases: [object, string][] = [
      [body('Q1', 30), 'periodKey'], // the type reports monthly
      [body('M04', 30), 'periodKey'], // April has not started
      [body('M13', 30), 'periodKey'],
      [body('M02', 19), 'actualPercent'], // below January's 20 %
      [body('M02', 101), 'actualPercent'],
      [body('M02', 30, { narrative: '  ' }), 'narrative'],
      [body('M02', 30, { actualValue: '12' }), 'actualValue'], // not a quantitative target
      [{ ...body('M02', 30), late: false }, 'late'],
    ];
    for (const [b, path] of cases) {
      const res = await submit('unit.chengdu', tg.id, b);
      expect(res.statusCode, JSON.stringify(b)).toBe(400);
      expect(JSON.stringify(res.json().error.details), JSON.stringify(b)).toContain(path);
    }
    expect(await db.progressReport.count({ where: { targetId: tg.id } })).toBe(1);
    expect((await submit('unit.chengdu', tg.id, body('M03', 20))).statusCode).toBe(201);
  });

  it('a quantitative target needs the actual value', async () => {
    at('2026-03-10T10:00:00');
    const tg = await fx.target({ status: 'PUBLISHED' });
    await db.target.update({ where: { id: tg.id }, data: { metricTarget: '120', metricUnit: '公里' } });
    const res = await submit('unit.chengdu', tg.id, body('M02', 30));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0].path).toBe('actualValue');
    expect((await submit('unit.chengdu', tg.id, body('M02', 30, { actualValue: '36.5' }))).json().actualValue).toBe('36.5');
  });

  it('only targets with a plan in force take reports; a target under revision keeps reporting on the published plan', async () => {
    at('2026-03-10T10:00:00');
    for (const status of ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const) {
      const tg = await fx.target({ status });
      expect((await submit('unit.chengdu', tg.id, body('M02', 10))).statusCode, status).toBe(409);
    }
    const revising = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
    // The revision in progress drops the responsible person from the working copy: the plan in force still has them.
    await db.target.update({ where: { id: revising.id }, data: { status: 'DRAFT' } });
    await db.targetResponsible.deleteMany({ where: { targetId: revising.id } });
    expect((await submit('staff.chengdu', revising.id, body('M02', 10))).statusCode).toBe(201);
  });

  it('one report per period: a second one is 409', async () => {
    at('2026-03-10T10:00:00');
    const tg = await fx.target({ status: 'PUBLISHED' });
    expect((await submit('unit.chengdu', tg.id, body('M02', 10))).statusCode).toBe(201);
    const again = await submit('unit.chengdu', tg.id, body('M02', 12));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
  });

  it('updates are versioned (stale → 409) and allowed to the reporter and the unit admin only', async () => {
    at('2026-03-10T10:00:00');
    const tg = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
    await db.targetResponsible.create({
      data: { targetId: tg.id, personId: (await db.account.findUniqueOrThrow({ where: { id: outsider.id } })).personId!, shareBp: 1 },
    });
    const created = (await submit('staff.chengdu', tg.id, body('M02', 10))).json();
    const patch = (user: string, b: object) => as(user)({ method: 'PATCH', url: `/api/reports/${created.id}`, payload: b });
    const edit = (v: number, p: number) => ({ actualPercent: p, narrative: '更正', problems: '资金到位慢', nextSteps: '加快推进', version: v });

    expect((await patch(outsider.username, edit(1, 11))).statusCode).toBe(403); // responsible too, but not the reporter
    expect((await patch('unit.mianyang', edit(1, 11))).statusCode).toBe(403);
    const ok = await patch('staff.chengdu', edit(1, 12));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ actualPercent: 12, version: 2, problems: '资金到位慢', late: created.late });
    const stale = await patch('unit.chengdu', edit(1, 13));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await patch('unit.chengdu', edit(2, 14))).json()).toMatchObject({ actualPercent: 14, version: 3 });
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: created.id } })).actualPercent).toBe(14);
    expect(await db.auditEvent.count({ where: { objectType: 'ProgressReport', objectId: created.id, outcome: 'SUCCESS' } })).toBe(3);
  });
});
