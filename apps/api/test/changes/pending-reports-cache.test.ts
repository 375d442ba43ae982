import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { deafFeed } from '../helpers/deaf-feed.ts';

type Pending = { targetId: string; periodKey: string; overdue: boolean };

// 本期待报送 is kept in memory per unit (decision 0026) until a write is heard or the calendar moves the list on: a
// planned period begins or falls due.
describe('本期待报送 kept in memory', async () => {
  const t = await createTestApp({ changes: deafFeed(), now: bj('2026-04-03T10:00:00') });
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  await t.db.account.updateMany({ data: { passwordChangedAt: bj('2026-04-01T09:00:00') } });
  const target = await fx.target({
    status: 'PUBLISHED',
    milestones: ['M01', 'M02', 'M03', 'M04', 'M05'].map((period, i) => ({ period, plannedPercent: 10 * (i + 1) })),
  });
  await fx.report(target.id, { periodKey: 'M01', actualPercent: 10 });
  let token = '';
  const signIn = async () => void (token = (await t.login('unit.chengdu')).token);
  const pending = async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/reports/pending?yearId=${seeded.yearId}&pageSize=100`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Pending[]).filter((i) => i.targetId === target.id).map((i) => `${i.periodKey}${i.overdue ? ' 逾期' : ''}`);
  };

  it('serves the same list until a write is heard, and moves it on when a period falls due or begins', async () => {
    await signIn();
    expect(await pending()).toEqual(['M02 逾期', 'M03', 'M04']);
    // February reported by a process whose notification never arrived: still listed until a write is heard.
    await fx.report(target.id, { periodKey: 'M02', actualPercent: 20 });
    expect(await pending()).toEqual(['M02 逾期', 'M03', 'M04']);
    // Ten minutes before March's report falls due (the end of 5 April, Beijing time), and ten after: the list is read again.
    t.clock.set(bj('2026-04-05T23:55:00'));
    await signIn();
    expect(await pending()).toEqual(['M03', 'M04']);
    t.clock.set(bj('2026-04-06T00:05:00'));
    expect(await pending()).toEqual(['M03 逾期', 'M04']);
    // May begins: its report may be made while it runs.
    t.clock.set(bj('2026-04-30T23:55:00'));
    await signIn();
    expect(await pending()).toEqual(['M03 逾期', 'M04']);
    t.clock.set(bj('2026-05-01T00:05:00'));
    expect(await pending()).toEqual(['M03 逾期', 'M04', 'M05']);
    // A report this process answers is seen at once.
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/targets/${target.id}/reports`,
      headers: { authorization: `Bearer ${token}` },
      payload: { periodKey: 'M03', actualPercent: 30, narrative: '三月完成情况' },
    });
    expect([200, 201], res.body).toContain(res.statusCode);
    expect(await pending()).toEqual(['M04', 'M05']);
  });
});
