import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

describe('comments and supervision orders (点评 / 督办)', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const post = (user: string, url: string, payload: object) => t.as(user)({ method: 'POST', url, payload });
  const row = (id: string) => db.supervisionOrder.findUniqueOrThrow({ where: { id } });

  it('comments: supervisors in scope write, everyone who reads the target sees them, others are refused', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
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
    const list = async (user: string, q: Record<string, string> = {}) => (await t.as(user)({ method: 'GET', url: '/api/supervision-orders', query: { pageSize: '100', ...q } })).json();
    const cd = await list('unit.chengdu', { status: 'OPEN' });
    expect(cd.items.find((o: { id: string }) => o.id === late.id)).toMatchObject({ overdue: true, status: 'OPEN' });
    expect(cd.items.every((o: { unitId: string; status: string }) => o.unitId === CD && o.status === 'OPEN')).toBe(true);
    expect((await list('unit.mianyang')).items.map((o: { id: string }) => o.id)).not.toContain(late.id);
    expect((await list('perf', { status: 'CLOSED', targetId: tg.id })).total).toBe(0);
  });
});
