import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { readXlsx, sheetValues } from '../excel/helpers.ts';
import { bj } from '../helpers/dates.ts';

describe('comments and supervision orders (点评 / 督办)', async () => {
  // Written around 2 March (the orders' due dates below): the file's clock starts there whatever day the suite runs at.
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const post = (user: string, url: string, payload: object) => t.as(user)({ method: 'POST', url, payload });
  const row = (id: string) => db.supervisionOrder.findUniqueOrThrow({ where: { id } });

  it('comments: supervisors in scope write, everyone who reads the target sees them, others are refused', async () => {
    const staffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;
    const tg = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
    const r = await fx.report(tg.id, { periodKey: 'M01', actualPercent: 8 });
    expect((await post('deputy', `/api/targets/${tg.id}/comments`, { body: '请加快进度', reportId: r.id })).statusCode).toBe(201);
    expect((await post('integrity', `/api/targets/${tg.id}/comments`, { body: '越权点评' })).statusCode).toBe(403); // not its type
    const other = await fx.target({ status: 'PUBLISHED' });
    const wrongReport = await post('leader', `/api/targets/${other.id}/comments`, { body: '点评', reportId: r.id });
    expect(wrongReport.statusCode).toBe(400);
    for (const user of ['unit.chengdu', 'staff.chengdu', 'safety']) {
      const list = await t.as(user)({ method: 'GET', url: `/api/targets/${tg.id}/comments` });
      expect(list.json(), user).toMatchObject([{ reportId: r.id, body: '请加快进度' }]);
    }
    expect((await t.as('unit.mianyang')({ method: 'GET', url: `/api/targets/${tg.id}/comments` })).statusCode).toBe(403);
    expect(await db.comment.count({ where: { targetId: { in: [tg.id, other.id] } } })).toBe(1);
  });

  it('an order runs OPEN → RESPONDED → OPEN (rejected) → RESPONDED → CLOSED; illegal steps are 409 or 403 and write nothing', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const created = await post('safety', `/api/targets/${tg.id}/supervision-orders`, { instruction: '请说明隐患整改情况', dueDate: '2026-03-10' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ status: 'OPEN', overdue: false, unitId: CD, version: 1 });
    const url = (a: string) => `/api/supervision-orders/${id}/${a}`;

    expect((await post('safety', url('close'), { version: 1 })).statusCode).toBe(409); // not yet responded
    expect((await post('unit.mianyang', url('respond'), { response: '回复', version: 1 })).statusCode).toBe(403);
    expect((await row(id)).status).toBe('OPEN');
    const responded = await post('unit.chengdu', url('respond'), { response: '已完成整改', version: 1 });
    expect(responded.json()).toMatchObject({ status: 'RESPONDED', response: '已完成整改', version: 2 });
    expect((await post('unit.chengdu', url('respond'), { response: '再次回复', version: 2 })).statusCode).toBe(409);
    expect((await post('leader', url('reject'), { note: '不是下达人', version: 2 })).statusCode).toBe(403); // not the issuer
    expect((await post('safety', url('reject'), { note: '措施不具体', version: 1 })).json().error.code).toBe('VERSION_CONFLICT');
    expect((await row(id)).version).toBe(2);
    expect((await post('safety', url('reject'), { note: '措施不具体', version: 2 })).json()).toMatchObject({ status: 'OPEN', note: '措施不具体' });
    await post('unit.chengdu', url('respond'), { response: '补充了具体措施', version: 3 });
    const closed = await post('perf', url('close'), { note: '办结', version: 4 }); // the office may close any
    expect(closed.json()).toMatchObject({ status: 'CLOSED', note: '办结', version: 5 });
    expect((await post('safety', url('reject'), { note: '重新打开', version: 5 })).statusCode).toBe(409);
    expect(await db.auditEvent.count({ where: { objectType: 'SupervisionOrder', objectId: id, outcome: 'SUCCESS' } })).toBe(5);
  });

  it('orders: scope for issuing and listing, the overdue flag under the clock, no orders on unpublished targets', async () => {
    const draft = await fx.target({ status: 'DRAFT' });
    expect((await post('leader', `/api/targets/${draft.id}/supervision-orders`, { instruction: '督办', dueDate: '2026-03-20' })).statusCode).toBe(409);
    const tg = await fx.target({ status: 'PUBLISHED' });
    expect((await post('integrity', `/api/targets/${tg.id}/supervision-orders`, { instruction: '督办', dueDate: '2026-03-20' })).statusCode).toBe(403);
    expect((await post('leader', `/api/targets/${tg.id}/supervision-orders`, { instruction: '督办', dueDate: '2026-03-01' })).statusCode).toBe(400); // in the past
    const late = await fx.order(tg.id, { dueDate: '2026-03-01' }); // due yesterday (the clock is 2 March)
    const list = async (user: string, q: Record<string, string> = {}) =>
      (await t.as(user)({ method: 'GET', url: '/api/supervision-orders', query: { pageSize: '100', ...q } })).json();
    const cd = await list('unit.chengdu', { status: 'OPEN' });
    expect(cd.items.find((o: { id: string }) => o.id === late.id)).toMatchObject({ overdue: true, status: 'OPEN' });
    expect(cd.items.every((o: { unitId: string; status: string }) => o.unitId === CD && o.status === 'OPEN')).toBe(true);
    expect((await list('unit.mianyang')).items.map((o: { id: string }) => o.id)).not.toContain(late.id);
    expect((await list('perf', { status: 'CLOSED', targetId: tg.id })).total).toBe(0);
  });

  describe('orders.list: counts per status and overdue, the overdue filter (the clock is 2 March, Beijing time)', async () => {
    const MY = seeded.unitId('CITY-MY');
    const cdTarget = await fx.target({ status: 'PUBLISHED' });
    const myTarget = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY' });
    const openLate = await fx.order(cdTarget.id, { dueDate: '2026-03-01' });
    const respondedLate = await fx.order(cdTarget.id, { status: 'RESPONDED', dueDate: '2026-02-20' });
    const closedLate = await fx.order(cdTarget.id, { status: 'CLOSED', dueDate: '2026-02-01' });
    const dueToday = await fx.order(cdTarget.id, { dueDate: '2026-03-02' });
    await fx.order(myTarget.id, { dueDate: '2026-02-25' });
    type Listed = {
      items: { id: string; unitId: string; status: string; overdue: boolean }[];
      total: number;
      counts: Record<'OPEN' | 'RESPONDED' | 'CLOSED' | 'overdue', number>;
    };
    const list = async (user: string, q: Record<string, string> = {}): Promise<Listed> => {
      const res = await t.as(user)({ method: 'GET', url: '/api/supervision-orders', query: { pageSize: '100', ...q } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const ids = (l: Listed) => l.items.map((o) => o.id).sort();

    it('counts cover the scope and the other filters, and each matches the rows its filter lists', async () => {
      const mine = await list('perf', { targetId: cdTarget.id });
      expect(mine.counts).toEqual({ OPEN: 2, RESPONDED: 1, CLOSED: 1, overdue: 2 });
      const all = await list('perf', { yearId: seeded.yearId });
      expect(all.counts.OPEN + all.counts.RESPONDED + all.counts.CLOSED).toBe(all.total);
      for (const status of ['OPEN', 'RESPONDED', 'CLOSED'] as const) {
        const one = await list('perf', { yearId: seeded.yearId, status });
        expect(one.total, status).toBe(all.counts[status]);
        expect(one.counts, 'the status filter leaves the counts alone').toEqual(all.counts);
      }
      expect((await list('perf', { yearId: seeded.yearId, overdue: 'true' })).total).toBe(all.counts.overdue);
    });

    it('overdue: not closed and due before today; false lists the others; a bad value is a 400 naming the field', async () => {
      const late = await list('perf', { targetId: cdTarget.id, overdue: 'true' });
      expect(ids(late)).toEqual([openLate.id, respondedLate.id].sort());
      expect(late.items.every((o) => o.overdue)).toBe(true);
      const others = await list('perf', { targetId: cdTarget.id, overdue: 'false' });
      expect(ids(others)).toEqual([closedLate.id, dueToday.id].sort());
      expect(others.items.some((o) => o.overdue)).toBe(false);
      expect(ids(await list('perf', { targetId: cdTarget.id, overdue: 'true', status: 'RESPONDED' }))).toEqual([respondedLate.id]);
      const bad = await t.as('perf')({ method: 'GET', url: '/api/supervision-orders', query: { overdue: 'yes' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('overdue');
    });

    it('a unit sees only its own rows and counts', async () => {
      const own = await list('unit.chengdu', { yearId: seeded.yearId });
      expect(own.items.every((o) => o.unitId === CD)).toBe(true);
      const inCd = (where: object) => db.supervisionOrder.count({ where: { target: { unitId: CD, yearId: seeded.yearId }, ...where } });
      expect(own.counts).toEqual({
        OPEN: await inCd({ status: 'OPEN' }),
        RESPONDED: await inCd({ status: 'RESPONDED' }),
        CLOSED: await inCd({ status: 'CLOSED' }),
        overdue: await inCd({ status: { not: 'CLOSED' }, dueDate: { lt: new Date('2026-03-02T00:00:00Z') } }),
      });
      for (const q of [{ unitId: MY }, { targetId: myTarget.id }, { targetId: myTarget.id, overdue: 'true' }] as Record<string, string>[]) {
        const other = await list('unit.chengdu', q);
        expect(other, JSON.stringify(q)).toMatchObject({ items: [], total: 0, counts: { OPEN: 0, RESPONDED: 0, CLOSED: 0, overdue: 0 } });
      }
    });

    it('the export honours the overdue filter', async () => {
      const res = await t.as('perf')({ method: 'GET', url: '/api/supervision-orders/export', query: { targetId: cdTarget.id, overdue: 'true' } });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      const [header, ...rows] = sheetValues((await readXlsx(res.rawPayload)).worksheets[0]!);
      expect(rows.map((r) => r[header!.indexOf('是否逾期')])).toEqual(['逾期', '逾期']);
      expect(rows.map((r) => r[header!.indexOf('状态')]).sort()).toEqual(['已回复', '待回复'].sort());
    });
  });
});
