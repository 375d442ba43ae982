import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { sweepReportReminders } from '../../src/modules/notifications/reminders.ts';
import { createSettingsStore } from '../../src/modules/settings/settings.store.ts';

// The reminder sweep under a fixed clock (seed year 2026 is ACTIVE; report due day 5 by default): once per account and period, run twice → no duplicates.
describe('notifications: report reminder sweep', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const settings = createSettingsStore(db);
  const staff = await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } });
  const unitAdmin = seeded.accountId('unit.chengdu');

  it('due soon and overdue periods not yet reported notify the responsible person and the unit admin, once', async () => {
    const milestones = ['M01', 'M02', 'M03', 'M04'].map((period, k) => ({ period, plannedPercent: (k + 1) * 10 }));
    const tg = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones });
    await fx.report(tg.id, { periodKey: 'M02', actualPercent: 20 });
    const draft = await fx.target({ status: 'DRAFT', personId: staff.personId!, milestones });
    // 3 April 12:00 Beijing: M01 is late, M02 is reported, M03 is due at the end of 5 April, M04 not yet.
    const now = new Date('2026-04-03T04:00:00Z');

    await sweepReportReminders(db, now, settings);
    const rows = async () =>
      (await db.notification.findMany({ where: { link: { in: [`/targets/${tg.id}`, `/targets/${draft.id}`] } } }))
        .map((n) => `${n.accountId === staff.id ? 'staff' : n.accountId === unitAdmin ? 'admin' : n.accountId} ${n.kind} ${n.dedupeKey}`)
        .sort();
    const expected = [
      `admin REPORT_DUE_SOON due:${tg.id}:M03`,
      `admin REPORT_OVERDUE overdue:${tg.id}:M01`,
      `staff REPORT_DUE_SOON due:${tg.id}:M03`,
      `staff REPORT_OVERDUE overdue:${tg.id}:M01`,
    ];
    expect(await rows()).toEqual(expected);

    await sweepReportReminders(db, now, settings);
    await sweepReportReminders(db, new Date(now.getTime() + 3_600_000), settings);
    expect(await rows()).toEqual(expected);
  });

  it('a target first published late is reminded only of periods falling due after it, overdue ones named together once', async () => {
    const milestones = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08'].map((period, k) => ({ period, plannedPercent: (k + 1) * 10 }));
    const tg = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones });
    await db.targetRevision.updateMany({ where: { targetId: tg.id }, data: { publishedAt: new Date('2026-06-30T02:00:00Z') } });
    // 补报 of February: stored as usual.
    await fx.report(tg.id, { periodKey: 'M02', actualPercent: 20 });
    // A reminder for January sent to staff before this rule (one period per message): left as it is.
    await db.notification.create({
      data: { accountId: staff.id, kind: 'REPORT_OVERDUE', title: '进展报告已逾期（1月）', link: `/targets/${tg.id}`, dedupeKey: `overdue:${tg.id}:M01` },
    });
    const reminders = async () =>
      (await db.notification.findMany({ where: { link: `/targets/${tg.id}` }, orderBy: { createdAt: 'asc' } }))
        .map((n) => `${n.accountId === staff.id ? 'staff' : n.accountId === unitAdmin ? 'admin' : n.accountId} ${n.kind} ${n.title.replace(tg.title, 'T')}`)
        .sort();

    // 3 July 12:00 Beijing: January to May fell due before the publication (30 June) — no reminder; June falls due at
    // the end of 5 July.
    t.clock.set(new Date('2026-07-03T04:00:00Z'));
    await sweepReportReminders(db, t.clock.now(), settings);
    const july = [
      'admin REPORT_DUE_SOON 进展报告即将到期：T（6月）',
      'staff REPORT_DUE_SOON 进展报告即将到期：T（6月）',
      'staff REPORT_OVERDUE 进展报告已逾期（1月）',
    ];
    expect(await reminders()).toEqual(july);
    t.clock.advance(3_600_000);
    await sweepReportReminders(db, t.clock.now(), settings);
    expect(await reminders()).toEqual(july);

    // 10 August: June and July are overdue; they are named together, once per account.
    t.clock.set(new Date('2026-08-10T04:00:00Z'));
    await sweepReportReminders(db, t.clock.now(), settings);
    await sweepReportReminders(db, t.clock.now(), settings);
    expect(await reminders()).toEqual(
      [...july, 'admin REPORT_OVERDUE 进展报告已逾期：T（6月、7月）', 'staff REPORT_OVERDUE 进展报告已逾期：T（6月、7月）'].sort(),
    );
  });
  it('a target under revision is reminded against its plan in force: the published title, periods and responsible persons', async () => {
    const published = ['M01', 'M02', 'M03'].map((period, k) => ({ period, plannedPercent: (k + 1) * 30 }));
    const tg = await fx.target({ status: 'PUBLISHED', personId: staff.personId!, milestones: published });
    const other = await seeded.personIn('CITY-CD');
    // The draft revision moves the plan to May and June, renames the target and hands it to someone else.
    await db.$transaction([
      db.target.update({ where: { id: tg.id }, data: { status: 'SUBMITTED', title: '修订中的新名称' } }),
      db.targetMilestone.deleteMany({ where: { targetId: tg.id } }),
      db.targetMilestone.createMany({ data: ['M05', 'M06'].map((period) => ({ targetId: tg.id, period, plannedPercent: 50 })) }),
      db.targetResponsible.deleteMany({ where: { targetId: tg.id } }),
      db.targetResponsible.create({ data: { targetId: tg.id, personId: other, shareBp: 10000 } }),
    ]);
    await fx.report(tg.id, { periodKey: 'M01', actualPercent: 30 });

    // 3 April 12:00 Beijing: February is overdue, March due at the end of 5 April (both periods of the plan in force).
    await sweepReportReminders(db, new Date('2026-04-03T04:00:00Z'), settings);
    const got = (await db.notification.findMany({ where: { link: `/targets/${tg.id}` } }))
      .map((n) => `${n.accountId === staff.id ? 'staff' : n.accountId === unitAdmin ? 'admin' : 'other'} ${n.kind} ${n.title}`)
      .sort();
    expect(got).toEqual([
      `admin REPORT_DUE_SOON 进展报告即将到期：${tg.title}（3月）`,
      `admin REPORT_OVERDUE 进展报告已逾期：${tg.title}（2月）`,
      `staff REPORT_DUE_SOON 进展报告即将到期：${tg.title}（3月）`,
      `staff REPORT_OVERDUE 进展报告已逾期：${tg.title}（2月）`,
    ]);
  });
  it('a sweep taken a few targets at a time sends what one pass over every target sends', async () => {
    // The demo province's reminders at the start of May, sent in one pass, then again seven targets at a time.
    const now = new Date('2026-05-04T04:00:00Z');
    await db.notification.deleteMany({});
    const whole = await sweepReportReminders(db, now, settings);
    const sentWhole = (await db.notification.findMany({ select: { accountId: true, dedupeKey: true, title: true } })).map((n) => JSON.stringify(n)).sort();
    await db.notification.deleteMany({});
    const paged = await sweepReportReminders(db, now, settings, 7);
    const sentPaged = (await db.notification.findMany({ select: { accountId: true, dedupeKey: true, title: true } })).map((n) => JSON.stringify(n)).sort();
    expect(whole).toBeGreaterThan(0);
    expect(paged).toBe(whole);
    expect(sentPaged).toEqual(sentWhole);
  });
});
