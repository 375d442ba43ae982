import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

describe('targets: revisions, validation, bulk assignment, special tasks', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const frame = await fx.frameworkYear();
  const year = await db.year.findUniqueOrThrow({ where: { id: frame.yearId } });
  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');
  const cdPerson = await seeded.personIn('CITY-CD');
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const organ = await db.targetType.findUniqueOrThrow({ where: { code: 'ORGAN' } });
  const leaf = (code: string) => db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code } } }).then((i) => i.id);

  const content = (over: Record<string, unknown> = {}) => ({
    indicatorId: frame.leafId,
    title: '修订后的目标',
    content: '内容',
    measures: '措施',
    deadline: `${year.year}-12-31`,
    expectedResult: '效果',
    maxScore: '6',
    milestones: Array.from({ length: 12 }, (_, k) => ({ period: `M${String(k + 1).padStart(2, '0')}`, plannedPercent: Math.round(((k + 1) * 100) / 12) })),
    responsibles: [{ personId: cdPerson, share: '100' }],
    ...over,
  });
  const post = (user: string, url: string, payload: object) => t.as(user)({ method: 'POST', url, payload });

  it('a revision: the published version stays in force during review, publishing bumps the revision, the diff lists the changes', async () => {
    const tg = await fx.target({ status: 'PUBLISHED', yearId: frame.yearId, indicatorId: frame.leafId });
    let r = await post('unit.chengdu', `/api/targets/${tg.id}/revise`, { version: 1, reason: '年中调整' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      status: 'DRAFT',
      publishedRevisionNo: 1,
      revisions: [
        { revisionNo: 1, status: 'PUBLISHED' },
        { revisionNo: 2, status: 'DRAFT', reason: '年中调整' },
      ],
    });

    r = await t.as('unit.chengdu')({ method: 'PATCH', url: `/api/targets/${tg.id}`, payload: { ...content({ maxScore: '6' }), version: 2 } });
    expect(r.statusCode, r.body).toBe(200);
    r = await post('unit.chengdu', `/api/targets/${tg.id}/submit`, { version: 3 });
    expect(r.statusCode).toBe(200);

    // In review: the working copy is new, the version in force is still revision 1, for the unit and for a leader.
    for (const user of ['unit.chengdu', 'leader']) {
      const g = (await t.as(user)({ method: 'GET', url: `/api/targets/${tg.id}` })).json();
      expect(g).toMatchObject({ status: 'SUBMITTED', title: '修订后的目标', publishedRevisionNo: 1 });
      expect(g.published).toMatchObject({ title: tg.title, maxScore: '5.00' });
    }
    const diff = (await t.as('unit.chengdu')({ method: 'GET', url: `/api/targets/${tg.id}/revisions/diff`, query: { from: '1', to: '2' } })).json();
    const fields = diff.changes.map((c: { field: string }) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'content', 'measures', 'expectedResult', 'maxScore']));
    expect(diff.changes.find((c: { field: string }) => c.field === 'maxScore')).toMatchObject({ label: '分值', before: '5.00', after: '6.00' });
    expect(fields).not.toContain('indicatorName');

    expect((await post('safety', `/api/targets/${tg.id}/approve`, { version: 4 })).statusCode).toBe(200);
    r = await post('perf', `/api/targets/${tg.id}/publish`, { version: 5 });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'PUBLISHED', publishedRevisionNo: 2, published: { title: '修订后的目标', maxScore: '6.00' } });
    expect(r.json().revisions.map((x: { status: string }) => x.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
    // Revision 1 is kept unchanged.
    const rev1 = await db.targetRevision.findUniqueOrThrow({ where: { targetId_revisionNo: { targetId: tg.id, revisionNo: 1 } } });
    expect(rev1.snapshot).toMatchObject({ title: tg.title, maxScore: '5.00' });
  });

  it('a revision cannot rewrite the plan of a period that has ended (the clock is 2 March: M01 and M02 have ended)', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    expect((await post('perf', `/api/targets/${tg.id}/revise`, { version: 1, reason: '调整' })).statusCode).toBe(200);
    const c = content({ indicatorId: await leaf('2.3.1'), deadline: '2026-12-31' });
    c.milestones[0] = { period: 'M01', plannedPercent: 1 };
    const before = await db.targetMilestone.findMany({ where: { targetId: tg.id }, orderBy: { period: 'asc' } });
    const r = await t.as('perf')({ method: 'PATCH', url: `/api/targets/${tg.id}`, payload: { ...c, version: 2 } });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().error.details.issues).toEqual([expect.objectContaining({ path: 'milestones.0.plannedPercent' })]);
    expect(await db.targetMilestone.findMany({ where: { targetId: tg.id }, orderBy: { period: 'asc' } })).toEqual(before);
    // Later periods may change.
    const ok = content({ indicatorId: await leaf('2.3.1'), deadline: '2026-12-31' });
    ok.milestones[5] = { period: 'M06', plannedPercent: 55 };
    expect((await t.as('perf')({ method: 'PATCH', url: `/api/targets/${tg.id}`, payload: { ...ok, version: 2 } })).statusCode).toBe(200);
  });

  it('validation: every problem with its field path, and nothing written', async () => {
    const before = await db.target.count();
    const myPerson = await seeded.personIn('CITY-MY');
    const inner = await db.indicator.findFirstOrThrow({ where: { yearId: seeded.yearId, code: '1.1' } });
    const cases: [Record<string, unknown>, string[]][] = [
      [{ indicatorId: inner.id, yearId: seeded.yearId, deadline: '2026-12-31' }, ['indicatorId']],
      [{ indicatorId: await leaf('1.2'), yearId: seeded.yearId, deadline: '2026-12-31' }, ['indicatorId']], // 职能职责 holds only 职能绩效
      [{ deadline: `${year.year + 1}-01-15` }, ['deadline']],
      [
        {
          milestones: [
            { period: 'Q1', plannedPercent: 10 },
            { period: 'M12', plannedPercent: 100 },
          ],
        },
        ['milestones.0.period'],
      ],
      [
        {
          milestones: [
            { period: 'M03', plannedPercent: 60 },
            { period: 'M06', plannedPercent: 40 },
            { period: 'M12', plannedPercent: 90 },
          ],
        },
        ['milestones.1.plannedPercent', 'milestones.2.plannedPercent'],
      ],
      [
        {
          milestones: [
            { period: 'M06', plannedPercent: 50 },
            { period: 'M03', plannedPercent: 100 },
          ],
        },
        ['milestones.1.period'],
      ],
      [
        {
          responsibles: [
            { personId: cdPerson, share: '60' },
            { personId: myPerson, share: '30' },
          ],
        },
        ['responsibles.1.personId', 'responsibles.0.share', 'responsibles.1.share'],
      ],
      [{ maxScore: '0' }, ['maxScore']],
    ];
    for (const [over, paths] of cases) {
      const { yearId, ...rest } = over as { yearId?: string };
      const r = await post('perf', '/api/targets', { yearId: yearId ?? frame.yearId, unitId: CD, targetTypeId: safety.id, ...content(rest) });
      expect(r.statusCode, `${JSON.stringify(over)} ${r.body}`).toBe(400);
      expect(
        r
          .json()
          .error.details.issues.map((i: { path: string }) => i.path)
          .sort(),
        JSON.stringify(over),
      ).toEqual([...paths].sort());
    }
    // 机关建设 does not apply to a city bureau (seed year, 市州 category).
    const r = await post('perf', '/api/targets', {
      yearId: seeded.yearId,
      unitId: CD,
      targetTypeId: organ.id,
      ...content({ indicatorId: await leaf('4.1'), deadline: '2026-12-31', milestones: [{ period: 'Q4', plannedPercent: 100 }] }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['targetTypeId']);
    expect(await db.target.count()).toBe(before);
  });

  it('bulk assignment creates one target per unit in one transaction, with per-unit values', async () => {
    const res = await post('safety', '/api/targets/bulk-assign', {
      template: {
        yearId: seeded.yearId,
        targetTypeId: safety.id,
        ...content({ indicatorId: await leaf('2.3.1'), deadline: '2026-12-31', title: '隐患排查治理' }),
        responsibles: undefined,
      },
      units: [
        { unitId: CD, responsibles: [{ personId: cdPerson, share: '100' }], maxScore: '4' },
        { unitId: MY, title: '绵阳隐患排查治理', metricTarget: '30' },
        { unitId: seeded.unitId('CITY-DY') },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.created).toBe(3);
    expect(body.targets.map((x: { title: string; maxScore: string; origin: string; status: string }) => [x.title, x.maxScore, x.origin, x.status])).toEqual([
      ['隐患排查治理', '4.00', 'ASSIGNED', 'DRAFT'],
      ['绵阳隐患排查治理', '6.00', 'ASSIGNED', 'DRAFT'],
      ['隐患排查治理', '6.00', 'ASSIGNED', 'DRAFT'],
    ]);
    expect(await db.targetResponsible.count({ where: { targetId: body.targets[0].id } })).toBe(1);
  });

  it('bulk assignment is all or nothing: one bad unit and nothing is written', async () => {
    const before = await db.target.count();
    const res = await post('perf', '/api/targets/bulk-assign', {
      template: {
        yearId: seeded.yearId,
        targetTypeId: safety.id,
        ...content({ indicatorId: await leaf('2.3.1'), deadline: '2026-12-31', title: '全有或全无' }),
        responsibles: undefined,
      },
      units: [{ unitId: CD }, { unitId: MY, responsibles: [{ personId: cdPerson, share: '100' }] }, { unitId: seeded.rootUnitId }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['units.1.responsibles.0.personId', 'units.2.unitId']);
    expect(await db.target.count()).toBe(before);
  });

  it('bulk assignment of a type the department does not own is 403', async () => {
    const integrity = await db.targetType.findUniqueOrThrow({ where: { code: 'INTEGRITY' } });
    const res = await post('safety', '/api/targets/bulk-assign', {
      template: {
        yearId: seeded.yearId,
        targetTypeId: integrity.id,
        ...content({ indicatorId: await leaf('4.3'), deadline: '2026-12-31', milestones: [{ period: 'Q4', plannedPercent: 100 }] }),
        responsibles: undefined,
      },
      units: [{ unitId: CD }],
    });
    expect(res.statusCode).toBe(403);
  });

  it('a special task is created and decomposed to units as SPECIAL targets in one call; units see only theirs', async () => {
    const res = await post('perf', '/api/special-tasks', {
      yearId: seeded.yearId,
      title: '测试专项行动',
      template: { ...content({ indicatorId: await leaf('3.3'), deadline: '2026-12-31', title: '测试专项行动任务' }), responsibles: undefined },
      units: [{ unitId: CD }, { unitId: MY }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { task, targets } = res.json();
    expect(task.targetCount).toBe(2);
    expect(
      targets.every(
        (x: { origin: string; targetTypeName: string; specialTaskId: string }) =>
          x.origin === 'SPECIAL' && x.targetTypeName === '专项工作' && x.specialTaskId === task.id,
      ),
    ).toBe(true);
    const mine = (await t.as('unit.chengdu')({ method: 'GET', url: '/api/special-tasks', query: { yearId: seeded.yearId } })).json();
    expect(mine.find((s: { id: string }) => s.id === task.id)).toMatchObject({ targetCount: 1 });
    const all = (await t.as('perf')({ method: 'GET', url: '/api/special-tasks', query: { yearId: seeded.yearId } })).json();
    expect(all.length).toBeGreaterThanOrEqual(3); // two seeded and this one
  });
});
