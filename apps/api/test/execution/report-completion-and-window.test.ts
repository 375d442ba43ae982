import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { ERROR_STATUS } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { sweepReportReminders } from '../../src/modules/notifications/reminders.ts';
import { createSettingsStore } from '../../src/modules/settings/settings.store.ts';
import { refreshStaleStates } from '../../src/modules/execution/state/refresh-states.ts';

const PLAN = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06'].map((period, k) => ({ period, plannedPercent: Math.min(100, (k + 1) * 20) }));

// Decision 0027: a target reported at 100 % owes no later report; a report is editable until report.editableDays after its due day.
describe('reports after completion and the editing window', async () => {
  const t = await createTestApp({ now: bj('2026-03-10T10:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const settings = createSettingsStore(db);
  const staff = await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } });

  /** Moves the clock; passwords stay fresh and each request logs in again (idle sessions end when the clock jumps). */
  const at = async (s: string) => {
    t.clock.set(bj(s));
    await db.account.updateMany({ data: { passwordChangedAt: t.clock.now() } });
  };
  const as = (user: string) => async (o: InjectOptions) => {
    const { token } = await t.login(user);
    return t.app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${token}` } });
  };

  it('a target completed in February is not due, overdue, pending nor reminded for March to June', async () => {
    await at('2026-03-10T10:00:00');
    const done = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones: PLAN });
    const open = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones: PLAN });
    for (const tg of [done, open]) await fx.report(tg.id, { periodKey: 'M01', actualPercent: 60 });
    await fx.report(done.id, { periodKey: 'M02', actualPercent: 100 });
    await fx.report(open.id, { periodKey: 'M02', actualPercent: 90 });

    // 10 July: March to June fell due (5 April … 5 July) and are unreported on both targets.
    await at('2026-07-10T12:00:00');
    await sweepReportReminders(db, t.clock.now(), settings);
    const reminded = async (targetId: string) => db.notification.count({ where: { link: `/targets/${targetId}` } });
    expect(await reminded(done.id)).toBe(0);
    expect(await reminded(open.id)).toBeGreaterThan(0);

    await refreshStaleStates(db, t.clock.now());
    const state = (targetId: string) => db.targetState.findUniqueOrThrow({ where: { targetId } });
    // Completed: only January and February are due (both reported); nothing overdue. Unfinished: six due, four missing.
    expect(await state(done.id)).toMatchObject({ reportsDue: 2, reportsSubmitted: 2, overdueDays: 0, level: 'GREEN' });
    expect(await state(open.id)).toMatchObject({ reportsDue: 6, reportsSubmitted: 2, level: 'RED' });

    const pending = await as('unit.chengdu')({ method: 'GET', url: '/api/reports/pending', query: { yearId: seeded.yearId, pageSize: '100' } });
    expect(pending.statusCode, pending.body).toBe(200);
    const items = (pending.json() as { items: { targetId: string }[] }).items;
    expect(items.some((i) => i.targetId === done.id)).toBe(false);
    expect(items.some((i) => i.targetId === open.id)).toBe(true);

    // A voluntary report after completion is still accepted (e.g. a closing summary).
    const extra = await as('unit.chengdu')({
      method: 'POST',
      url: `/api/targets/${done.id}/reports`,
      payload: { periodKey: 'M06', actualPercent: 100, narrative: '全年任务已完成，补充总结' },
    });
    expect(extra.statusCode, extra.body).toBe(201);
  });

  it('a report can be changed until report.editableDays after its due day, then 409 with its key', async () => {
    await at('2026-03-10T10:00:00');
    const tg = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones: PLAN });
    const submitted = await as('unit.chengdu')({
      method: 'POST',
      url: `/api/targets/${tg.id}/reports`,
      payload: { periodKey: 'M02', actualPercent: 30, narrative: '按计划推进' },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const id = (submitted.json() as { id: string }).id;
    const patch = (version: number, actualPercent: number) =>
      as('unit.chengdu')({ method: 'PATCH', url: `/api/reports/${id}`, payload: { actualPercent, narrative: '更正', version } });

    // February is due at the end of 5 March; with the default 30 days it is editable through 4 April (Beijing time).
    await at('2026-04-04T23:59:00');
    const inside = await patch(1, 35);
    expect(inside.statusCode, inside.body).toBe(200);

    await at('2026-04-05T00:00:00');
    const after = await patch(2, 40);
    expect(after.statusCode, after.body).toBe(ERROR_STATUS.INVALID_STATE);
    expect(after.json().error).toMatchObject({
      code: 'INVALID_STATE',
      key: 'reports.editWindowClosed',
      params: { reportPeriod: 'M02', days: 30, until: '2026-04-04' },
      message: '2月的进展报告已超过可修改期限（截止日后 30 天，至 2026-04-04），不能再修改',
    });
    expect((await db.progressReport.findUniqueOrThrow({ where: { id } })).actualPercent).toBe(35);

    // A longer window set by the administrator opens it again.
    const saved = await as('admin')({ method: 'PUT', url: '/api/settings/report.editableDays', payload: { value: 60, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await patch(2, 40)).statusCode).toBe(200);
  });

  it('validates the setting: a whole number of days from 0 to 366', async () => {
    const put = (value: unknown) => as('admin')({ method: 'PUT', url: '/api/settings/report.editableDays', payload: { value, version: 1 } });
    for (const bad of [-1, 367, 1.5, '30']) {
      const res = await put(bad);
      expect(res.statusCode, `${JSON.stringify(bad)}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await put(0)).statusCode).toBe(200);
  });
});
