import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isReportLate, periodKeys } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { refreshStaleStates } from '../../src/modules/execution/state/refresh-states.ts';
import { expectStatesMatchRecomputation } from './recompute.ts';
import { stateReadWhere } from '../../src/modules/execution/state/state-scope.ts';
import { warningPageSql } from '../../src/modules/execution/state/warning-page-sql.ts';
import { targetReadWhere } from '../../src/modules/targets/target.policy.ts';
import { actorOf } from '../helpers/actor.ts';

const MONTHS = periodKeys('MONTHLY');

/** One write of the kinds that change a target's execution state, or the calendar moving on. */
const command = fc.oneof(
  fc.record({ kind: fc.constant('clock' as const), hours: fc.integer({ min: 1, max: 24 * 45 }) }),
  fc.record({ kind: fc.constant('report' as const), target: fc.nat(3), period: fc.nat(11), actual: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('milestone' as const), target: fc.nat(3), period: fc.nat(11), planned: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('deadline' as const), target: fc.nat(3), day: fc.integer({ min: 0, max: 364 }) }),
  fc.record({ kind: fc.constant('revise' as const), target: fc.nat(3) }),
  fc.record({ kind: fc.constant('publish' as const), target: fc.nat(3) }),
  fc.record({ kind: fc.constant('order' as const), target: fc.nat(3), day: fc.integer({ min: 0, max: 364 }) }),
  fc.record({ kind: fc.constant('closeOrders' as const), target: fc.nat(3) }),
  fc.record({ kind: fc.constant('threshold' as const), yellow: fc.integer({ min: 5, max: 20 }), dueDay: fc.integer({ min: 1, max: 15 }) }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

const dayOf2026 = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

describe('maintained execution state (TargetState)', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const leader = seeded.accountId('leader');

  it('equals a recomputation from scratch for every target of the demo province', async () => {
    await expectStatesMatchRecomputation(db, bj('2026-09-15T10:00:00'));
    // And again after the calendar moves past a month end, a due day and a few overdue days.
    await expectStatesMatchRecomputation(db, bj('2026-10-09T00:30:00'));
  });

  it('is marked stale by a write in the writer’s own transaction, and recomputed by the next read', async () => {
    const now = bj('2026-04-10T10:00:00');
    const tg = await fx.target({ status: 'PUBLISHED' });
    await refreshStaleStates(db, now);
    const before = await db.targetState.findUniqueOrThrow({ where: { targetId: tg.id } });
    expect(before).toMatchObject({ inForce: true, reportsDue: 3, reportsSubmitted: 0, level: 'RED' });
    await db.$transaction(async (tx) => {
      await tx.progressReport.create({
        data: { targetId: tg.id, periodKey: 'M01', actualPercent: 30, narrative: '进展', reportedById: seeded.accountId('staff.chengdu'), submittedAt: now },
      });
      expect((await tx.targetState.findUniqueOrThrow({ where: { targetId: tg.id } })).validUntil).toBeNull();
    });
    await refreshStaleStates(db, now);
    expect(await db.targetState.findUniqueOrThrow({ where: { targetId: tg.id } })).toMatchObject({ reportsSubmitted: 1, actualPercent: 30 });
  });

  it('gives the report list totals the tallies keep, equal to counting the reports', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    await fx.report(tg.id, { periodKey: 'M01', actualPercent: 10, late: true });
    await fx.report(tg.id, { periodKey: 'M02', actualPercent: 20 });
    for (const [user, scope] of [
      ['perf', {}],
      ['unit.chengdu', { target: { unitId: seeded.unitId('CITY-CD') } }],
    ] as const) {
      for (const late of [undefined, 'true', 'false'] as const) {
        const res = await t.as(user)({ method: 'GET', url: '/api/reports', query: { yearId: seeded.yearId, pageSize: '1', ...(late && { late }) } });
        expect(res.statusCode, res.body).toBe(200);
        const counted = await db.progressReport.count({ where: { ...scope, yearId: seeded.yearId, ...(late && { late: late === 'true' }) } });
        expect(res.json().total, `${user} late=${late}`).toBe(counted);
      }
    }
  });

  it('after any sequence of writes and clock moves, equals a recomputation from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (commands) => {
        let now = bj('2026-02-20T10:00:00');
        const targets = [
          await fx.target({ status: 'PUBLISHED' }),
          await fx.target({ status: 'PUBLISHED', typeCode: 'INTEGRITY' }),
          await fx.target({ status: 'PUBLISHED', deadline: '2026-06-30' }),
          await fx.target({ status: 'DRAFT' }),
        ];
        const ids = targets.map((x) => x.id);
        try {
          await expectStatesMatchRecomputation(db, now, ids);
          for (const c of commands) {
            now = await apply(c, ids, now);
            await expectStatesMatchRecomputation(db, now, ids);
          }
        } finally {
          await db.setting.deleteMany({ where: { key: { in: ['warning.yellowLagPoints', 'report.dueDay'] } } });
        }
      }),
      { numRuns: 12 },
    );
    // About a hundred recomputations and tally comparisons: seconds alone, much longer on a busy machine.
  }, 180_000);

  async function apply(c: Command, ids: string[], now: Date): Promise<Date> {
    const targetId = 'target' in c ? ids[c.target]! : '';
    switch (c.kind) {
      case 'clock':
        return new Date(now.getTime() + c.hours * 3_600_000);
      case 'report': {
        const tg = await db.target.findUniqueOrThrow({ where: { id: targetId }, select: { targetType: { select: { reportingRhythm: true } } } });
        const periodKey = periodKeys(tg.targetType.reportingRhythm)[c.period % periodKeys(tg.targetType.reportingRhythm).length]!;
        const late = isReportLate(2026, periodKey, now, 5);
        await db.progressReport.upsert({
          where: { targetId_periodKey: { targetId, periodKey } },
          create: { targetId, periodKey, actualPercent: c.actual, narrative: '进展', reportedById: seeded.accountId('staff.chengdu'), submittedAt: now, late },
          update: { actualPercent: c.actual, version: { increment: 1 } },
        });
        return now;
      }
      case 'milestone':
        await db.targetMilestone.updateMany({ where: { targetId, period: MONTHS[c.period] }, data: { plannedPercent: c.planned } });
        await db.targetMilestone.updateMany({ where: { targetId, period: `Q${Math.floor(c.period / 3) + 1}` }, data: { plannedPercent: c.planned } });
        return now;
      case 'deadline':
        await db.target.update({ where: { id: targetId }, data: { deadline: dayOf2026(c.day) } });
        return now;
      case 'revise':
        // A revision under way: the working copy is a draft, the plan in force is the published revision's snapshot.
        await db.target.updateMany({ where: { id: targetId, status: 'PUBLISHED' }, data: { status: 'DRAFT' } });
        return now;
      case 'publish': {
        const tg = await db.target.findUniqueOrThrow({ where: { id: targetId }, include: { milestones: true } });
        if (tg.status === 'PUBLISHED') return now;
        const revisionNo = (tg.publishedRevisionNo ?? 0) + 1;
        await db.$transaction([
          db.targetRevision.create({
            data: {
              targetId,
              revisionNo,
              status: 'PUBLISHED',
              publishedAt: now,
              snapshot: {
                title: tg.title,
                deadline: tg.deadline.toISOString().slice(0, 10),
                milestones: tg.milestones.map((m) => ({ period: m.period, plannedPercent: m.plannedPercent })),
                responsibles: [],
              },
            },
          }),
          db.target.update({ where: { id: targetId }, data: { status: 'PUBLISHED', publishedRevisionNo: revisionNo } }),
        ]);
        return now;
      }
      case 'order':
        await db.supervisionOrder.create({ data: { targetId, issuedById: leader, instruction: '请加快进度', dueDate: dayOf2026(c.day) } });
        return now;
      case 'closeOrders':
        await db.supervisionOrder.updateMany({ where: { targetId }, data: { status: 'CLOSED', closedAt: now } });
        return now;
      case 'threshold':
        for (const [key, value] of [
          ['warning.yellowLagPoints', c.yellow],
          ['report.dueDay', c.dueDay],
        ] as const)
          await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
        return now;
    }
  }
});

describe('the target policy on state rows and tallies', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);

  it('gives every account the target list total of counting its targets, for each filter, after targets come, move and go', async () => {
    // Every role's account; of the units' own administrator accounts (unit.<code>) one stands for the rest.
    const accounts = (await db.account.findMany({ where: { status: 'ACTIVE' }, select: { username: true }, orderBy: { username: 'asc' } })).filter(
      (a) => !/^unit\.[a-z]+-[a-z]+$/.test(a.username) || a.username === 'unit.city-zg',
    );
    const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
    const filters: Record<string, string>[] = [
      {},
      { yearId: seeded.yearId },
      { yearId: seeded.yearId, unitId: seeded.unitId('CITY-CD') },
      { yearId: seeded.yearId, targetTypeId: safety.id },
      { yearId: seeded.yearId, status: 'PUBLISHED' },
      { yearId: seeded.yearId, q: '安全' },
    ];
    const expectTotals = async (when: string) => {
      for (const { username } of accounts) {
        const actor = await actorOf(db, username);
        for (const filter of filters) {
          const res = await t.as(username)({ method: 'GET', url: '/api/targets', query: { ...filter, pageSize: '1' } });
          if (res.statusCode === 403) continue;
          expect(res.statusCode, res.body).toBe(200);
          const where = {
            AND: [
              targetReadWhere(actor),
              filter.yearId ? { yearId: filter.yearId } : {},
              filter.unitId ? { unitId: filter.unitId } : {},
              filter.targetTypeId ? { targetTypeId: filter.targetTypeId } : {},
              filter.status ? { status: filter.status as 'PUBLISHED' } : {},
              filter.q ? { OR: [{ title: { contains: filter.q } }, { content: { contains: filter.q } }] } : {},
            ],
          };
          expect(res.json().total, `${when}: ${username} ${JSON.stringify(filter)}`).toBe(await db.target.count({ where }));
        }
      }
    };
    await expectTotals('seeded');
    const added = await fx.target({ unitCode: 'CITY-CD' });
    await fx.target({ unitCode: 'CITY-MY', status: 'PUBLISHED' });
    await db.target.update({ where: { id: added.id }, data: { unitId: seeded.unitId('CITY-MY') } });
    await expectTotals('after two new targets, one moved to another unit');
    await db.target.delete({ where: { id: added.id } });
    await expectTotals('after one was deleted');
  });

  it('gives every account the same warning page in SQL as read through the target policy, for each filter and page', async () => {
    await refreshStaleStates(db, bj('2026-09-15T10:00:00'));
    // Every role's account; of the units' own administrator accounts (unit.<code>) one stands for the rest.
    const accounts = (await db.account.findMany({ where: { status: 'ACTIVE' }, select: { username: true }, orderBy: { username: 'asc' } })).filter(
      (a) => !/^unit\.[a-z]+-[a-z]+$/.test(a.username) || a.username === 'unit.city-zg',
    );
    const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
    const filters = [
      { page: 1, pageSize: 20 },
      { page: 2, pageSize: 7 },
      { yearId: seeded.yearId, page: 1, pageSize: 50 },
      { yearId: seeded.yearId, unitId: seeded.unitId('CITY-CD'), page: 1, pageSize: 10 },
      { yearId: seeded.yearId, targetTypeId: safety.id, level: 'YELLOW' as const, page: 1, pageSize: 10 },
      { yearId: seeded.yearId, level: 'RED' as const, page: 1, pageSize: 10 },
    ];
    let compared = 0;
    for (const { username } of accounts) {
      const actor = await actorOf(db, username);
      for (const f of filters) {
        const sql = await warningPageSql(db, actor, f);
        if (!sql) continue;
        const expected = await db.targetState.findMany({
          where: {
            AND: [
              stateReadWhere(actor),
              { inForce: true },
              f.yearId ? { yearId: f.yearId } : {},
              f.unitId ? { unitId: f.unitId } : {},
              f.targetTypeId ? { targetTypeId: f.targetTypeId } : {},
              f.level ? { level: f.level } : {},
            ],
          },
          include: { target: { select: { unit: { select: { name: true } }, targetType: { select: { name: true } } } } },
          orderBy: [{ level: 'asc' }, { lagPoints: 'desc' }, { overdueDays: 'desc' }, { title: 'asc' }, { targetId: 'asc' }],
          skip: (f.page - 1) * f.pageSize,
          take: f.pageSize,
        });
        const label = `${username} ${JSON.stringify(f)}`;
        expect(
          sql.map((w) => [w.targetId, w.unitName, w.targetTypeName, w.level, w.lagPoints, w.deadline, w.reasons]),
          label,
        ).toEqual(
          expected.map((e) => [
            e.targetId,
            e.target.unit.name,
            e.target.targetType.name,
            e.level,
            e.lagPoints,
            e.deadline?.toISOString().slice(0, 10) ?? '',
            e.reasons,
          ]),
        );
        compared += sql.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('selects for every demo account exactly the targets the target policy selects', async () => {
    const accounts = await db.account.findMany({ select: { username: true } });
    for (const { username } of accounts) {
      const actor = await actorOf(db, username);
      const [targets, states] = await Promise.all([db.target.count({ where: targetReadWhere(actor) }), db.targetState.count({ where: stateReadWhere(actor) })]);
      expect(states, username).toBe(targets);
    }
  });
});
