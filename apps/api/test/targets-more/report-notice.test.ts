import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

// A new progress report notifies the department that owns the target's type only when it needs attention: filed late
// or behind its period's plan by at least the yellow threshold (10 points). Clock: 2 March 2026, 09:00 Beijing —
// January's report is late (due 5 February), February's is on time (due 5 March). Plan: M01 8 %, M02 17 %.
describe('站内消息 on a new progress report (low-noise)', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const safety = seeded.accountId('safety');

  const submit = async (periodKey: string, actualPercent: number) => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const res = await t.as('unit.chengdu')({
      method: 'POST',
      url: `/api/targets/${tg.id}/reports`,
      payload: { periodKey, actualPercent, narrative: '按计划推进' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { tg, notes: await db.notification.findMany({ where: { link: `/targets/${tg.id}` } }) };
  };

  it('an on-time report on plan notifies nobody', async () => {
    const { notes } = await submit('M02', 17);
    expect(notes).toEqual([]);
  });

  it('a report 10 points behind plan tells the owning department only, with plan and actual', async () => {
    const { tg, notes } = await submit('M02', 7);
    expect(notes.map((n) => [n.accountId, n.kind, n.title, n.body])).toEqual([
      [safety, 'REPORT_SUBMITTED', `进展报告落后计划：${tg.title}（2月）`, '计划累计 17%，实际 7%，落后 10 个百分点'],
    ]);
  });

  it('a late report says so; 9 points behind is not yet behind', async () => {
    const { tg, notes } = await submit('M01', 0);
    expect(notes.map((n) => [n.accountId, n.title, n.body])).toEqual([[safety, `进展报告逾期报送：${tg.title}（1月）`, '本期进展报告逾期报送']]);
    const { notes: none } = await submit('M02', 8);
    expect(none).toEqual([]);
  });
});
