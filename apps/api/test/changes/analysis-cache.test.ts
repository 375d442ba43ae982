import { describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import type { InjectOptions } from 'fastify';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { beijingDate, bj } from '../helpers/dates.ts';
import { TEST_START } from '../helpers/constants.ts';
import { deafFeed } from '../helpers/deaf-feed.ts';
import { rankingsWorld } from '../statistics/rankings-world.ts';

type Row = { id: string | null; name: string; targets: number; reportsDue: number; reportsSubmitted: number };

// 统计分析 and 预警中心 are kept in memory per scope and query (decision 0026) and recomputed when a state or a name
// changes, when the calendar moves a state on, or when this process writes.
describe('analysis kept in memory', async () => {
  const t = await createTestApp({ changes: deafFeed(), now: bj('2026-04-10T12:00:00') });
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const tokens = new Map<string, string>();
  const as = (user: string) => async (o: InjectOptions) => {
    if (!tokens.has(user)) tokens.set(user, (await t.login(user)).token);
    return t.app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${tokens.get(user)}` } });
  };
  const chengdu = async (user = 'leader') => {
    const res = await as(user)({ method: 'GET', url: `/api/statistics/overview?yearId=${seeded.yearId}&groupBy=unit` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().rows as Row[]).find((r) => r.id === CD)!;
  };

  it('serves the same figures until this process writes, then what the database says', async () => {
    await fx.target({ status: 'PUBLISHED' });
    await chengdu();
    const before = await chengdu();
    const again = await chengdu();
    expect(again).toEqual(before);
    // A target published by a process whose notification never arrived: not seen…
    await fx.target({ status: 'PUBLISHED' });
    expect((await chengdu()).targets).toBe(before.targets);
    // …until this process answers a write (a login), and then by every scope.
    tokens.clear();
    expect((await chengdu()).targets).toBe(before.targets + 1);
    expect((await chengdu('deputy')).targets).toBe(before.targets + 1);
  });

  it('recomputes when the calendar moves a state on (a report falls due), with nothing written', async () => {
    // Five minutes before April's reports fall due (the end of 5 May, Beijing time).
    t.clock.set(bj('2026-05-05T23:55:00'));
    tokens.clear();
    await chengdu();
    const before = await chengdu();
    expect(await chengdu()).toEqual(before);
    t.clock.set(bj('2026-05-06T00:05:00'));
    const after = await chengdu();
    expect(after.reportsDue).toBeGreaterThan(before.reportsDue);
    expect(await chengdu()).toEqual(after);
  });
});

// 领导首页动态 is kept until a comment, order, target or name write is heard, and read again on a new day in Beijing.
describe('the leader’s activity kept in memory', async () => {
  // Late on the tier's first day, after everything the seed wrote (the activity shows the newest rows only).
  const day = beijingDate(TEST_START);
  const t = await createTestApp({ changes: deafFeed(), now: bj(`${day}T23:50:00`) });
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  const target = await fx.target({ status: 'PUBLISHED', milestones: [{ period: 'M06', plannedPercent: 50 }] });
  const order = await fx.order(target.id, { dueDate: day });
  await t.db.supervisionOrder.update({ where: { id: order.id }, data: { createdAt: bj(`${day}T23:00:00`) } });
  const token = (await t.login('leader')).token;
  const activity = async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/statistics/activity?yearId=${seeded.yearId}`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { comments: { body: string }[]; orders: { id: string; overdue: boolean }[] };
    return { comments: body.comments.map((c) => c.body), overdue: body.orders.find((o) => o.id === order.id)?.overdue };
  };

  it('serves the same activity until a write is heard, and reads it again when the day turns (an order falls overdue)', async () => {
    await activity(); // the first read refreshes the states it finds stale, and keeps nothing
    const before = await activity();
    expect(before.overdue).toBe(false);
    // A comment written by a process whose notification never arrived: not seen the same day…
    await t.db.comment.create({
      data: { targetId: target.id, authorId: seeded.accountId('leader'), body: '缓存测试点评', createdAt: bj(`${day}T23:55:00`) },
    });
    expect(await activity()).toEqual(before);
    // …but the next day (Beijing) the activity is read again: the comment is there and the order due yesterday is overdue.
    t.clock.set(new Date(bj(`${day}T23:50:00`).getTime() + 15 * 60_000));
    const after = await activity();
    expect(after.comments[0]).toBe('缓存测试点评');
    expect(after.overdue).toBe(true);
  });
});

// Published results (rankings, a unit's results) are kept until a bulletin, period or name write is heard.
describe('published results kept in memory', async () => {
  const t = await createTestApp({ changes: deafFeed(), now: bj('2026-03-02T09:00:00') });
  const seeded = await loadSeeded(t.db);
  const w = await rankingsWorld(t.db, seeded, createFixtures(t.db, seeded));
  const CD = seeded.unitId('CITY-CD');
  let token = (await t.login('leader')).token;
  const read = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const cdGrade = async () => {
    const latest = await read(`/api/statistics/rankings/latest?yearId=${w.year.id}`);
    const ranked = await read(`/api/statistics/rankings?yearId=${w.year.id}`);
    const results = await read(`/api/statistics/units/${CD}/results`);
    return [
      latest.items[0].top.find((r: { unitId: string }) => r.unitId === CD).grade,
      ranked.categories[0].rows.find((r: { unitId: string }) => r.unitId === CD).grade,
      results.items.at(-1).grade,
    ];
  };

  it('serves the same rankings until a write is heard, then the corrected grade everywhere', async () => {
    expect(await cdGrade()).toEqual(['优秀', '优秀', '优秀']);
    // Corrected by a process whose notification never arrived: not seen…
    await t.db.bulletinUnit.updateMany({ where: { unitId: CD, bulletin: { periodId: w.h1.id, supersededAt: null } }, data: { grade: '良好' } });
    expect(await cdGrade()).toEqual(['优秀', '优秀', '优秀']);
    // …until this process answers a write (a login).
    token = (await t.login('leader')).token;
    expect(await cdGrade()).toEqual(['良好', '良好', '良好']);
  });
});

describe('analysis kept in memory, with the database’s notifications', async () => {
  const t = await createTestApp({ listen: true });
  const seeded = await loadSeeded(t.db);
  const CD = seeded.unitId('CITY-CD');
  const token = (await t.login('leader')).token;
  const names = async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/statistics/overview?yearId=${seeded.yearId}&groupBy=unit`,
      headers: { authorization: `Bearer ${token}` },
    });
    return new Map((res.json().rows as Row[]).map((r) => [r.id, r.name]));
  };

  it('shows a unit renamed by another process once heard of', async () => {
    expect((await names()).get(CD)).toBe('成都市交通运输局');
    const before = t.app.deps.changes.stamp('base');
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await client.query(`UPDATE "Unit" SET "name" = '成都市交通运输局（新）' WHERE "id" = $1`, [CD]);
    await client.end();
    await vi.waitFor(() => expect(t.app.deps.changes.stamp('base')).not.toBe(before), { timeout: 5000, interval: 10 });
    expect((await names()).get(CD)).toBe('成都市交通运输局（新）');
  });

  it('hears of a result set, its units and waivers, a bulletin, its rows, a period, a category’s types, a special task, a comment and an order written by another process', async () => {
    for (const [topic, sql] of [
      ['bulletin', `UPDATE "Bulletin" SET "versionNo" = "versionNo" WHERE FALSE`],
      ['bulletin', `UPDATE "BulletinUnit" SET "grade" = "grade" WHERE FALSE`],
      ['bulletin', `UPDATE "AssessmentPeriod" SET "name" = "name" WHERE FALSE`],
      ['bulletin', `DELETE FROM "CategoryTargetType" WHERE FALSE`],
      ['bulletin', `UPDATE "ResultSet" SET "yearId" = "yearId" WHERE FALSE`],
      ['bulletin', `UPDATE "ResultUnit" SET "missing" = "missing" WHERE FALSE`],
      ['bulletin', `DELETE FROM "ResultWaiver" WHERE FALSE`],
      ['base', `UPDATE "SpecialTask" SET "title" = "title" WHERE FALSE`],
      ['activity', `UPDATE "Comment" SET "body" = "body" WHERE FALSE`],
      ['activity', `UPDATE "SupervisionOrder" SET "status" = "status" WHERE FALSE`],
    ] as const) {
      const before = t.app.deps.changes.stamp(topic);
      const client = new pg.Client({ connectionString: t.url });
      await client.connect();
      await client.query(sql);
      await client.end();
      await vi.waitFor(() => expect(t.app.deps.changes.stamp(topic), sql).not.toBe(before), { timeout: 5000, interval: 10 });
    }
  });

  it('hears of an assessment record written by another process (the home queues keep the open processes’ progress until then)', async () => {
    const before = t.app.deps.changes.stamp('assessment');
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await client.query(`UPDATE "AssessmentRecord" SET "status" = "status" WHERE FALSE`);
    await client.end();
    await vi.waitFor(() => expect(t.app.deps.changes.stamp('assessment')).not.toBe(before), { timeout: 5000, interval: 10 });
  });
});
