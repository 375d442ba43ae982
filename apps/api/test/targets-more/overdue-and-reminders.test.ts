import { describe, expect, it } from 'vitest';
import type { TargetWarning } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { directSession } from '../helpers/direct-session.ts';
import { sweepReportReminders } from '../../src/modules/notifications/reminders.ts';
import { createSettingsStore } from '../../src/modules/settings/settings.store.ts';
import { bj } from '../helpers/dates.ts';

/** An instant given in Beijing time. */

// Periods that fell due before a target's first publication are not required (not overdue, no reminder); the reminder
// sweep covers targets under revision (plan in force from the published snapshot); period keys read 3月 / 第二季度.
describe('no overdue before the first publication; reminders during a revision', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const settings = createSettingsStore(db);
  // 3 July 2026, 10:00 Beijing time.
  t.clock.set(bj('2026-07-03T10:00:00'));
  await db.account.updateMany({ data: { passwordChangedAt: new Date('2026-06-30T00:00:00Z') } });
  const MY = seeded.unitId('CITY-MY');
  const safety = (await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } })).id;
  const low = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'].map((period, k) => ({
    period,
    plannedPercent: k === 11 ? 100 : 1,
  }));

  async function warningOf(id: string): Promise<TargetWarning> {
    // A session at the clock's time: the tests move the clock by days.
    const { token } = await directSession(t, seeded.accountId('perf'));
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/warnings',
      query: { yearId: seeded.yearId, unitId: MY, targetTypeId: safety, pageSize: '100' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    const w = (res.json().items as TargetWarning[]).find((x) => x.targetId === id);
    expect(w, 'target in the warning centre').toBeDefined();
    return w!;
  }

  it('a target first published on 30 June owes nothing for January to May; its June report is overdue as usual', async () => {
    const late = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY', milestones: low });
    await db.targetRevision.updateMany({ where: { targetId: late.id }, data: { publishedAt: bj('2026-06-30T10:00:00') } });
    const early = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY', milestones: low }); // published 1 February

    const w = await warningOf(late.id);
    expect(w.overdueDays).toBe(0);
    expect(w.reasons).toEqual([]);
    expect(w.level).toBe('GREEN');

    // Published in time: January's report has been due since the end of 5 February.
    const e = await warningOf(early.id);
    expect(e.overdueDays).toBe(148);
    expect(e.level).toBe('RED');

    // June fell due at the end of 5 July, after the publication: on 8 July it is 3 days overdue.
    t.clock.set(bj('2026-07-08T10:00:00'));
    try {
      const june = await warningOf(late.id);
      expect(june.overdueDays).toBe(3);
      expect(june.reasons).toEqual([{ code: 'REPORT_OVERDUE', level: 'YELLOW', message: '进展报告逾期 3 天未报' }]);
    } finally {
      t.clock.set(bj('2026-07-03T10:00:00'));
    }
  });

  it('a revision in progress after the late publication still excuses the periods due before the first publication', async () => {
    const tg = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY', milestones: low });
    await db.targetRevision.updateMany({ where: { targetId: tg.id }, data: { publishedAt: bj('2026-07-01T10:00:00') } });
    const revise = await t.as('unit.mianyang')({ method: 'POST', url: `/api/targets/${tg.id}/revise`, payload: { version: 1, reason: '年中调整' } });
    expect(revise.statusCode, revise.body).toBe(200);
    expect((await warningOf(tg.id)).overdueDays).toBe(0);
    // 10 July 10:00: only June (due at the end of 5 July) counts.
    t.clock.set(bj('2026-07-10T10:00:00'));
    try {
      expect((await warningOf(tg.id)).overdueDays).toBe(5);
    } finally {
      t.clock.set(bj('2026-07-03T10:00:00'));
    }
  });

  it('a target under revision still gets reminders from its plan in force, with readable period names', async () => {
    const staff = await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } });
    const unitAdmin = seeded.accountId('unit.chengdu');
    const milestones = ['M01', 'M02', 'M03', 'M04'].map((period, k) => ({ period, plannedPercent: k === 3 ? 100 : (k + 1) * 20 }));
    const tg = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones, deadline: '2026-04-30' });
    await fx.report(tg.id, { periodKey: 'M02', actualPercent: 40 });
    // The revision in progress: the working copy is a DRAFT whose responsible person changed; the plan in force is revision 1.
    const other = (await db.person.findFirstOrThrow({ where: { unitId: seeded.unitId('CITY-CD'), status: 'ACTIVE', id: { not: staff.personId! } } })).id;
    await db.target.update({
      where: { id: tg.id },
      data: { status: 'DRAFT', title: `${tg.title}（修订稿）`, responsibles: { deleteMany: {}, create: [{ personId: other, shareBp: 10000 }] } },
    });
    await db.targetRevision.create({
      data: {
        targetId: tg.id,
        revisionNo: 2,
        status: 'DRAFT',
        reason: '调整',
        snapshot: (await db.targetRevision.findFirstOrThrow({ where: { targetId: tg.id } })).snapshot ?? {},
      },
    });

    // 3 April 12:00 Beijing: M01 is late, M02 reported, M03 due at the end of 5 April.
    await sweepReportReminders(db, new Date('2026-04-03T04:00:00Z'), settings);
    const rows = await db.notification.findMany({ where: { link: `/targets/${tg.id}` }, orderBy: [{ dedupeKey: 'asc' }, { accountId: 'asc' }] });
    const who = (id: string) => (id === staff.id ? 'staff' : id === unitAdmin ? 'admin' : id);
    expect(rows.map((n) => `${who(n.accountId)} ${n.kind} ${n.title}`).sort()).toEqual([
      `admin REPORT_DUE_SOON 进展报告即将到期：${tg.title}（3月）`,
      `admin REPORT_OVERDUE 进展报告已逾期：${tg.title}（1月）`,
      `staff REPORT_DUE_SOON 进展报告即将到期：${tg.title}（3月）`,
      `staff REPORT_OVERDUE 进展报告已逾期：${tg.title}（1月）`,
    ]);
  });

  it('quarterly periods read 第一季度 in reminders', async () => {
    const tg = await fx.target({
      status: 'PUBLISHED',
      typeCode: 'INTEGRITY',
      leafCode: '4.3',
      milestones: [
        { period: 'Q1', plannedPercent: 50 },
        { period: 'Q2', plannedPercent: 100 },
      ],
      deadline: '2026-06-30',
    });
    await sweepReportReminders(db, new Date('2026-04-10T04:00:00Z'), settings);
    const titles = (await db.notification.findMany({ where: { link: `/targets/${tg.id}` } })).map((n) => n.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set([`进展报告已逾期：${tg.title}（第一季度）`]));
  });
});
