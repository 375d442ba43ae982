import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

// 站内消息: the routes only ever show and mark the caller's own rows; target review tells the unit (not the actor).
describe('notifications', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const frame = await fx.frameworkYear();
  const unitAdmin = seeded.accountId('unit.chengdu');
  const safety = seeded.accountId('safety');

  it('returning a target notifies the unit admin, not the actor', async () => {
    const tg = await fx.target({ status: 'SUBMITTED', yearId: frame.yearId, indicatorId: frame.leafId });
    const res = await t.as('safety')({ method: 'POST', url: `/api/targets/${tg.id}/return`, payload: { version: 1, reason: '请补充措施' } });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await db.notification.findMany({ where: { link: `/targets/${tg.id}` } });
    expect(rows.map((r) => r.accountId)).toContain(unitAdmin);
    expect(rows.map((r) => r.accountId)).not.toContain(safety);
    expect(rows.find((r) => r.accountId === unitAdmin)).toMatchObject({ kind: 'TARGET_RETURNED', body: '请补充措施', readAt: null });
  });

  it('approving and publishing notify the unit admin', async () => {
    const tg = await fx.target({ status: 'SUBMITTED', yearId: frame.yearId, indicatorId: frame.leafId });
    expect((await t.as('safety')({ method: 'POST', url: `/api/targets/${tg.id}/approve`, payload: { version: 1 } })).statusCode).toBe(200);
    expect((await t.as('perf')({ method: 'POST', url: `/api/targets/${tg.id}/publish`, payload: { version: 2 } })).statusCode).toBe(200);
    const kinds = (await db.notification.findMany({ where: { link: `/targets/${tg.id}`, accountId: unitAdmin } })).map((r) => r.kind).sort();
    expect(kinds).toEqual(['TARGET_APPROVED', 'TARGET_PUBLISHED']);
  });

  it('a comment and an order notify the unit admin; a response notifies the issuer; close and reject notify the unit', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const post = (user: string, url: string, payload: object) => t.as(user)({ method: 'POST', url, payload });
    expect((await post('deputy', `/api/targets/${tg.id}/comments`, { body: '请加快进度' })).statusCode).toBe(201);
    const created = await post('safety', `/api/targets/${tg.id}/supervision-orders`, { instruction: '请说明整改情况', dueDate: '2026-03-10' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const url = (a: string) => `/api/supervision-orders/${id}/${a}`;
    expect((await post('unit.chengdu', url('respond'), { response: '已整改', version: 1 })).statusCode).toBe(200);
    expect((await post('safety', url('reject'), { note: '措施不具体', version: 2 })).statusCode).toBe(200);
    expect((await post('unit.chengdu', url('respond'), { response: '补充措施', version: 3 })).statusCode).toBe(200);
    expect((await post('safety', url('close'), { version: 4 })).statusCode).toBe(200);

    // Order messages open the target at its 督办 section.
    const kindsFor = async (accountId: string) =>
      (await db.notification.findMany({ where: { accountId, link: { startsWith: `/targets/${tg.id}` } }, orderBy: { createdAt: 'asc' } }))
        .map((n) => `${n.kind} ${n.link}`)
        .sort();
    const target = `/targets/${tg.id}`;
    const orders = `/targets/${tg.id}#supervision`;
    expect(await kindsFor(unitAdmin)).toEqual([`COMMENT ${target}`, `ORDER_CLOSED ${orders}`, `ORDER_ISSUED ${orders}`, `ORDER_REJECTED ${orders}`]);
    expect(await kindsFor(safety)).toEqual([`ORDER_RESPONDED ${orders}`, `ORDER_RESPONDED ${orders}`]);
    expect(await kindsFor(seeded.accountId('deputy'))).toEqual([]);
  });

  it('lists own notices newest first, counts unread, filters unread, and reads all', async () => {
    const owner = await fx.account({ roles: ['UNIT_STAFF'], unitId: seeded.unitId('CITY-CD') });
    const base = Date.parse('2026-03-01T00:00:00Z');
    for (let i = 0; i < 3; i++) {
      await db.notification.create({
        data: { accountId: owner.id, kind: 'COMMENT', title: `消息${i}`, createdAt: new Date(base + i * 1000), readAt: i === 0 ? new Date(base) : null },
      });
    }
    const as = t.as(owner.username);
    const list = await as({ method: 'GET', url: '/api/notifications' });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBe(3);
    expect(list.json().items.map((n: { title: string }) => n.title)).toEqual(['消息2', '消息1', '消息0']);
    const unread = await as({ method: 'GET', url: '/api/notifications?unreadOnly=true&pageSize=1' });
    expect(unread.json()).toMatchObject({ total: 2, items: [{ title: '消息2' }] });
    expect((await as({ method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 2 });
    expect((await as({ method: 'POST', url: '/api/notifications/read-all' })).json()).toEqual({ ok: true });
    expect((await as({ method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 0 });
  });

  it("another account can neither see nor mark someone else's notice (404)", async () => {
    const n = await db.notification.create({ data: { accountId: unitAdmin, kind: 'COMMENT', title: '私信' } });
    const other = t.as('staff.chengdu');
    const mark = await other({ method: 'POST', url: `/api/notifications/${n.id}/read` });
    expect(mark.statusCode, mark.body).toBe(404);
    const list = await other({ method: 'GET', url: '/api/notifications?pageSize=100' });
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(n.id);
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();
    await other({ method: 'POST', url: '/api/notifications/read-all' });
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();

    const own = await t.as('unit.chengdu')({ method: 'POST', url: `/api/notifications/${n.id}/read` });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().readAt).not.toBeNull();
  });
});
