import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

type Order = { id: string; urgeCount: number; lastUrgedAt: string | null; version: number; issuedById: string };

describe('催办 and 批示跟踪 (orders.urge, orders.urges, orders.list mine=true)', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const leaderId = seeded.accountId('leader');

  const urge = (username: string, id: string, body: object) => t.as(username)({ method: 'POST', url: `/api/supervision-orders/${id}/urge`, payload: body });

  it('counts the urge on the order, keeps its note in the history, audits it and tells the unit', async () => {
    const order = await fx.order((await fx.target({ status: 'PUBLISHED' })).id, { issuedById: leaderId });
    const res = await urge('leader', order.id, { note: '请于本周内书面回复', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Order;
    expect(after).toMatchObject({ urgeCount: 1, lastUrgedAt: t.clock.now().toISOString(), version: 2 });

    const history = await t.as('unit.chengdu')({ method: 'GET', url: `/api/supervision-orders/${order.id}/urges` });
    expect(history.statusCode).toBe(200);
    expect(history.json()).toEqual([expect.objectContaining({ note: '请于本周内书面回复', urgedByName: '熊川东（厅长）' })]);

    const notice = await db.notification.findFirst({
      where: { kind: 'ORDER_URGED', accountId: seeded.accountId('unit.chengdu') },
      orderBy: { createdAt: 'desc' },
    });
    expect(notice).toMatchObject({ body: '请于本周内书面回复', link: `/targets/${order.targetId}#supervision` });
    expect(await db.auditEvent.count({ where: { action: 'orders.urge', objectId: order.id, outcome: 'SUCCESS' } })).toBe(1);

    // A second urge counts on.
    expect((await urge('leader', order.id, { note: '再次催办', version: 2 })).json()).toMatchObject({ urgeCount: 2 });
  });

  it('refuses a stale version (409), an answered order (409), someone other than the issuer (403) and an empty note (400), writing nothing', async () => {
    const order = await fx.order((await fx.target({ status: 'PUBLISHED' })).id, { issuedById: leaderId });
    const stale = await urge('leader', order.id, { note: '请回复', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const answered = await fx.order((await fx.target({ status: 'PUBLISHED' })).id, { issuedById: leaderId, status: 'RESPONDED' });
    const late = await urge('leader', answered.id, { note: '请回复', version: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'supervision.urgeOnlyOpen' });

    const notIssuer = await urge('deputy', order.id, { note: '请回复', version: 1 });
    expect(notIssuer.statusCode).toBe(403);
    expect(notIssuer.json().error.key).toBe('supervision.urgeForbidden');

    const empty = await urge('leader', order.id, { note: '  ', version: 1 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.issues[0].path).toBe('note');

    expect(await db.supervisionOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ urgeCount: 0, version: 1 });
    expect(await db.supervisionUrge.count({ where: { orderId: { in: [order.id, answered.id] } } })).toBe(0);
  });

  it("lists a leader's own orders when asked (mine=true), with their counts", async () => {
    const target = await fx.target({ status: 'PUBLISHED' });
    const own = await fx.order(target.id, { issuedById: leaderId });
    const others = await fx.order(target.id, { issuedById: seeded.accountId('deputy') });
    const list = async (username: string) => {
      const res = await t.as(username)({ method: 'GET', url: '/api/supervision-orders', query: { targetId: target.id, mine: 'true' } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Order[]; total: number; counts: { OPEN: number } };
    };
    const leader = await list('leader');
    expect(leader.items.map((o) => o.id)).toEqual([own.id]);
    expect(leader.counts.OPEN).toBe(1);
    expect((await list('deputy')).items.map((o) => o.id)).toEqual([others.id]);
  });
});
