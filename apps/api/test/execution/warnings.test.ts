import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import type { TargetWarning } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

/** An instant given in Beijing time. */
const monthly = (upTo: number) =>
  Array.from({ length: upTo }, (_, k) => ({ period: `M${String(k + 1).padStart(2, '0')}`, plannedPercent: Math.round(((k + 1) * 100) / upTo) }));

describe('warning centre (预警中心) under a fixed clock', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  // 3 July 2026, 10:00 Beijing time: June has ended (plan 50 %), its report is due on 5 July.
  t.clock.set(bj('2026-07-03T10:00:00'));
  // The demo passwords were set in March and would have expired by July (90 days).
  await db.account.updateMany({ data: { passwordChangedAt: new Date('2026-06-30T00:00:00Z') } });
  const tokens = new Map<string, string>();
  const as = (user: string) => async (o: InjectOptions) => {
    if (!tokens.has(user)) tokens.set(user, (await t.login(user)).token);
    return t.app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${tokens.get(user)}` } });
  };
  /** A published 成都 target with reports M01..M(n) whose last one is `last` %. */
  async function withReports(n: number, last: number, opts: { deadline?: string; milestones?: { period: string; plannedPercent: number }[] } = {}) {
    const tg = await fx.target({ status: 'PUBLISHED', ...opts });
    for (let m = 1; m <= n; m++) {
      await fx.report(tg.id, { periodKey: `M${String(m).padStart(2, '0')}`, actualPercent: m === n ? last : Math.min(last, m * 8) });
    }
    return tg;
  }
  const green = await withReports(5, 45); // plan 50, lag 5
  const yellow = await withReports(5, 40); // lag exactly 10
  const redLag = await withReports(5, 25); // lag 25
  const redOverdue = await withReports(4, 45); // May's report due 5 June: 28 days overdue
  const redDeadline = await withReports(5, 90, { deadline: '2026-06-30', milestones: monthly(6) }); // plan 100 by June, deadline passed
  const mine = [green, yellow, redLag, redOverdue, redDeadline].map((x) => x.id);

  async function all(user: string, query: Record<string, string>) {
    const res = await as(user)({ method: 'GET', url: '/api/warnings', query: { pageSize: '100', ...query } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: TargetWarning[]; total: number; counts: Record<'GREEN' | 'YELLOW' | 'RED', number> };
  }

  it('one target’s 执行情况: the level and reasons the warning centre gives it; null before publication; 403 outside the scope', async () => {
    const get = (user: string, id: string) => as(user)({ method: 'GET', url: `/api/targets/${id}/warning` });
    const res = await get('leader', redLag.id);
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json() as TargetWarning;
    expect(w).toMatchObject({ targetId: redLag.id, level: 'RED', plannedPercent: 50, actualPercent: 25, lagPoints: 25, unitId: CD });
    expect(w.reasons.map((r) => r.code)).toEqual(['BEHIND_PLAN']);
    expect((await get('unit.chengdu', green.id)).json()).toMatchObject({ level: 'GREEN', reasons: [] });
    const draft = await fx.target({ status: 'DRAFT' });
    const none = await get('leader', draft.id);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toBeNull();
    expect((await get('unit.mianyang', redLag.id)).statusCode).toBe(403);
    expect((await get('leader', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('computes each constructed target to its level, with plan, actual, lag, overdue days and reasons', async () => {
    const page = await all('perf', { yearId: seeded.yearId, unitId: CD });
    const of = (id: string) => page.items.find((w) => w.targetId === id)!;
    expect(of(green.id)).toMatchObject({ level: 'GREEN', plannedPercent: 50, actualPercent: 45, lagPoints: 5, overdueDays: 0, reasons: [], unitId: CD });
    expect(of(yellow.id)).toMatchObject({ level: 'YELLOW', lagPoints: 10 });
    expect(of(yellow.id).reasons.map((r) => r.code)).toEqual(['BEHIND_PLAN']);
    expect(of(redLag.id)).toMatchObject({ level: 'RED', lagPoints: 25 });
    expect(of(redOverdue.id)).toMatchObject({ level: 'RED', overdueDays: 28 });
    expect(of(redOverdue.id).reasons.find((r) => r.code === 'REPORT_OVERDUE')?.level).toBe('RED');
    expect(of(redDeadline.id)).toMatchObject({ level: 'RED', deadline: '2026-06-30', plannedPercent: 100, actualPercent: 90 });
    expect(of(redDeadline.id).reasons.map((r) => r.code)).toContain('DEADLINE_PASSED');
    // Most severe first; counts cover the whole scope and filters.
    const levels = page.items.map((w) => w.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['RED', 'YELLOW', 'GREEN'].indexOf(a) - ['RED', 'YELLOW', 'GREEN'].indexOf(b)));
    expect(page.counts.GREEN + page.counts.YELLOW + page.counts.RED).toBe(page.total);
  });

  it('filters by level and type without changing the counts, and paginates', async () => {
    const every = await all('perf', { yearId: seeded.yearId, unitId: CD });
    const yellows = await all('perf', { yearId: seeded.yearId, unitId: CD, level: 'YELLOW' });
    expect(yellows.items.every((w) => w.level === 'YELLOW')).toBe(true);
    expect(yellows.total).toBe(every.counts.YELLOW);
    expect(yellows.counts).toEqual(every.counts);
    expect(yellows.items.map((w) => w.targetId)).toContain(yellow.id);
    const page2 = await as('perf')({ method: 'GET', url: '/api/warnings', query: { yearId: seeded.yearId, unitId: CD, pageSize: '2', page: '2' } });
    expect(page2.json().items.map((w: TargetWarning) => w.targetId)).toEqual(every.items.slice(2, 4).map((w) => w.targetId));
  });

  it('follows the thresholds in the settings', async () => {
    await db.setting.upsert({ where: { key: 'warning.yellowLagPoints' }, create: { key: 'warning.yellowLagPoints', value: 5 }, update: { value: 5 } });
    t.app.deps.settings.invalidate();
    try {
      const page = await all('perf', { yearId: seeded.yearId, unitId: CD });
      expect(page.items.find((w) => w.targetId === green.id)?.level).toBe('YELLOW');
    } finally {
      await db.setting.delete({ where: { key: 'warning.yellowLagPoints' } });
      t.app.deps.settings.invalidate();
    }
  });

  it('is scoped like the target list: 成都 sees only its own, 绵阳 none of 成都’s', async () => {
    const cd = await all('unit.chengdu', { yearId: seeded.yearId });
    expect(cd.items.every((w) => w.unitId === CD)).toBe(true);
    const cdPublished = await db.target.count({ where: { unitId: CD, yearId: seeded.yearId, publishedRevisionNo: { not: null } } });
    expect(cd.total).toBe(cdPublished);
    expect(cd.items.map((w) => w.targetId)).toEqual(expect.arrayContaining(mine));
    const my = await all('unit.mianyang', { yearId: seeded.yearId, unitId: CD });
    expect(my.total).toBe(0);
    expect(my.counts).toEqual({ GREEN: 0, YELLOW: 0, RED: 0 });
    const integrity = await all('integrity', { yearId: seeded.yearId, unitId: CD });
    expect(integrity.items.map((w) => w.targetId)).not.toContain(green.id); // 安全生产 is not its type
  });

  it('gives each row of the target list its warning level (null before the first publish)', async () => {
    const draft = await fx.target({ status: 'DRAFT' });
    const res = await as('safety')({ method: 'GET', url: '/api/targets', query: { unitId: CD, q: '测试目标', pageSize: '100' } });
    const level = new Map(res.json().items.map((x: { id: string; warningLevel: string | null }) => [x.id, x.warningLevel]));
    expect([green, yellow, redLag, redOverdue, redDeadline, draft].map((x) => level.get(x.id))).toEqual(['GREEN', 'YELLOW', 'RED', 'RED', 'RED', null]);
  });

  it('a target under revision is judged on the plan in force, not the draft', async () => {
    const tg = await withReports(5, 45);
    // The draft of the revision promises 100 % by June; the published plan (50 % by June) still applies.
    await db.target.update({ where: { id: tg.id }, data: { status: 'DRAFT' } });
    await db.targetMilestone.updateMany({ where: { targetId: tg.id, period: 'M06' }, data: { plannedPercent: 100 } });
    const page = await all('perf', { yearId: seeded.yearId, unitId: CD });
    expect(page.items.find((w) => w.targetId === tg.id)).toMatchObject({ level: 'GREEN', plannedPercent: 50 });
  });
});
