import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

type Pending = { targetId: string; title: string; unitName: string; periodKey: string; plannedPercent: number; dueAt: string; overdue: boolean };

const MONTHLY_PLAN = [
  { period: 'M01', plannedPercent: 10 },
  { period: 'M02', plannedPercent: 20 },
  { period: 'M03', plannedPercent: 30 },
  { period: 'M04', plannedPercent: 40 },
];

describe('本期待报送 (GET /api/reports/pending)', async () => {
  // 3 April: February's report was due on 5 March (overdue), March's is due on 5 April, April's (running) on 5 May.
  const t = await createTestApp({ now: bj('2026-04-03T10:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  await db.account.updateMany({ data: { passwordChangedAt: bj('2026-04-01T09:00:00') } });
  const staff = await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' }, select: { personId: true } });
  const otherPerson = await fx.person('CITY-CD');

  const mine = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones: MONTHLY_PLAN });
  const colleagues = await fx.target({ status: 'PUBLISHED', personId: otherPerson.id, milestones: MONTHLY_PLAN });
  await fx.report(mine.id, { periodKey: 'M01', actualPercent: 10 });
  await fx.report(colleagues.id, { periodKey: 'M01', actualPercent: 10 });

  const pending = async (username: string) => {
    const res = await t.as(username)({ method: 'GET', url: '/api/reports/pending', query: { yearId: seeded.yearId, pageSize: '100' } });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Pending[] }).items;
  };

  it("lists a unit's started, unreported periods, the overdue ones first, and only its own", async () => {
    const items = await pending('unit.chengdu');
    expect(items.filter((i) => i.targetId === mine.id)).toEqual([
      expect.objectContaining({ periodKey: 'M02', plannedPercent: 20, dueAt: bj('2026-03-06T00:00:00').toISOString(), overdue: true }),
      expect.objectContaining({ periodKey: 'M03', plannedPercent: 30, dueAt: bj('2026-04-06T00:00:00').toISOString(), overdue: false }),
      expect.objectContaining({ periodKey: 'M04', plannedPercent: 40, dueAt: bj('2026-05-06T00:00:00').toISOString(), overdue: false }),
    ]);
    const firstOnTime = items.findIndex((i) => !i.overdue);
    expect(
      items.slice(firstOnTime).every((i) => !i.overdue),
      'overdue first',
    ).toBe(true);
    expect(new Set(items.map((i) => i.unitName))).toEqual(new Set(['成都市交通运输局']));
    expect((await pending('unit.mianyang')).map((i) => i.targetId)).not.toContain(mine.id);
  });

  it('gives a 责任人 only the targets decomposed to them', async () => {
    const ids = new Set((await pending('staff.chengdu')).map((i) => i.targetId));
    expect(ids.has(mine.id)).toBe(true);
    expect(ids.has(colleagues.id)).toBe(false);
  });

  it('drops a period once it is reported', async () => {
    const res = await t.as('unit.chengdu')({
      method: 'POST',
      url: `/api/targets/${mine.id}/reports`,
      payload: { periodKey: 'M02', actualPercent: 20, narrative: '二月按计划推进' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await pending('unit.chengdu')).filter((i) => i.targetId === mine.id).map((i) => i.periodKey)).toEqual(['M03', 'M04']);
  });

  it('keeps to the plan in force while a revision is under review, and states the quantity to reach', async () => {
    const revising = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones: MONTHLY_PLAN });
    const published = await db.target.findUniqueOrThrow({ where: { id: revising.id }, select: { title: true } });
    await db.target.update({ where: { id: revising.id }, data: { metricUnit: '公里', metricTarget: 120.5 } });
    // The working copy of a submitted revision: a new title and a plan that starts in April; the published one still rules.
    await db.target.update({ where: { id: revising.id }, data: { status: 'SUBMITTED', title: '修订中的标题' } });
    await db.targetMilestone.deleteMany({ where: { targetId: revising.id, period: { in: ['M01', 'M02', 'M03'] } } });
    const items = (await pending('unit.chengdu')).filter((i) => i.targetId === revising.id);
    expect(items.map((i) => [i.periodKey, i.title])).toEqual([
      ['M01', published.title],
      ['M02', published.title],
      ['M03', published.title],
      ['M04', published.title],
    ]);

    const plain = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones: MONTHLY_PLAN });
    await db.target.update({ where: { id: plain.id }, data: { metricUnit: '公里', metricTarget: 120.5 } });
    const [first] = (await pending('unit.chengdu')).filter((i) => i.targetId === plain.id);
    expect(first).toEqual(expect.objectContaining({ metricTarget: '120.5', metricUnit: '公里' }));
  });

  it('gives the list a page at a time, with the whole list’s length and its overdue count', async () => {
    const all = await pending('unit.chengdu');
    expect(all.length).toBeGreaterThan(5);
    const page = async (n: number) => {
      const res = await t.as('unit.chengdu')({ method: 'GET', url: '/api/reports/pending', query: { yearId: seeded.yearId, page: String(n), pageSize: '5' } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Pending[]; total: number; overdue: number };
    };
    const first = await page(1);
    expect(first.total).toBe(all.length);
    expect(first.overdue).toBe(all.filter((i) => i.overdue).length);
    const pages = await Promise.all(Array.from({ length: Math.ceil(all.length / 5) }, (_, i) => page(i + 1)));
    expect(pages.flatMap((p) => p.items)).toEqual(all);
    expect((await page(pages.length + 1)).items).toEqual([]);
    const tooBig = await t.as('unit.chengdu')({ method: 'GET', url: '/api/reports/pending', query: { yearId: seeded.yearId, pageSize: '101' } });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.details.issues.map((i: { path: string }) => i.path)).toContain('pageSize');
  });
});
