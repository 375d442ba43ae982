import { describe, expect, it } from 'vitest';
import { PUBLIC_SURVEY_KEY } from '@jx/contract';
import { ScoringModelSchema, summarise, type ScoringInput, type UnitInput } from '@jx/scoring';
import { gatherScoringInputs } from '../../src/modules/assessment/scoring-inputs.ts';
import { createTestApp } from '../helpers/app.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { loadSeeded } from '../helpers/seeded.ts';

const GOOD_FAIR_POOR = [
  { level: '好', percent: 100 },
  { level: '较好', percent: 80 },
  { level: '差', percent: 50 },
];
const SATISFACTION = [
  { level: '满意', percent: 100 },
  { level: '比较满意', percent: 80 },
  { level: '不满意', percent: 50 },
];

/**
 * gatherScoringInputs on a year of its own: three 市州 (成都 and 绵阳 in the deputy's portfolio, 自贡 not), two
 * leaf indicators A 60 % and B 40 %, records in force and not, a roster of every rater group, an imported survey and
 * approved and pending adjustments; then `summarise` on it against a hand-computed final.
 */
describe('scoring inputs of a category in a period', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);

  const year = await fx.year();
  const leafA = await fx.indicator({ yearId: year.id, weightBp: 6000 });
  const leafB = await fx.indicator({ yearId: year.id, weightBp: 4000 });
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const category = await db.assessmentCategory.create({
    data: { yearId: year.id, code: 'T-CITY', name: '测试市州', targetTypes: { create: { targetTypeId: safety.id } } },
  });
  const [cd, my, zg] = ['CITY-CD', 'CITY-MY', 'CITY-ZG'].map((code) => seeded.unitId(code)) as [string, string, string];
  const assessed = Object.fromEntries(
    await Promise.all(
      [cd, my, zg].map(async (unitId) => [unitId, (await db.assessedUnit.create({ data: { yearId: year.id, unitId, categoryId: category.id } })).id]),
    ),
  ) as Record<string, string>;
  const period = (code: 'H1' | 'ANNUAL') =>
    db.assessmentPeriod.create({
      data: {
        yearId: year.id,
        kind: code === 'H1' ? 'HALF_YEAR' : 'ANNUAL',
        code,
        name: code,
        processes: { create: { targetTypeId: safety.id, status: 'OPEN' } },
      },
      include: { processes: true },
    });
  const h1 = await period('H1');
  const annual = await period('ANNUAL');

  const departments = await db.unit.findMany({ where: { code: { in: ['HQ-AJC', 'HQ-DW'] } }, orderBy: { sortOrder: 'asc' } });
  const [firstDept, secondDept] = departments as [(typeof departments)[0], (typeof departments)[0]];
  const record = (targetId: string, p: typeof annual, assessorUnitId: string, score: string, status: 'DRAFT' | 'SUBMITTED' | 'ARCHIVED' | 'VOIDED') =>
    db.assessmentRecord.create({
      data: { targetId, periodId: p.id, processId: p.processes[0]!.id, assessorUnitId, score, status, createdById: seeded.accountId('perf') },
    });
  const target = (unitCode: string, indicatorId: string) => fx.target({ status: 'PUBLISHED', unitCode, typeCode: 'SAFETY', yearId: year.id, indicatorId });

  // 成都: T1 (A) 4 of 5 in force, a draft of 1 by another department does not count; T2 (B) archived 5 and submitted
  // 4 by two departments → 4.5; T3 (B) only a voided record → unassessed. H1 has its own record of T1.
  const t1 = await target('CITY-CD', leafA.id);
  const t2 = await target('CITY-CD', leafB.id);
  const t3 = await target('CITY-CD', leafB.id);
  const r1 = await record(t1.id, annual, firstDept.id, '4', 'SUBMITTED');
  await record(t1.id, annual, secondDept.id, '1', 'DRAFT');
  await record(t1.id, h1, firstDept.id, '3', 'SUBMITTED');
  const r2 = await record(t2.id, annual, firstDept.id, '5', 'ARCHIVED');
  await record(t2.id, annual, secondDept.id, '4', 'SUBMITTED');
  await record(t3.id, annual, firstDept.id, '5', 'VOIDED');
  // 绵阳: one A target, full marks.
  const t4 = await target('CITY-MY', leafA.id);
  await record(t4.id, annual, firstDept.id, '5', 'SUBMITTED');

  // The roster: the main leader, the deputy (portfolio 成都 and 绵阳, not 自贡), two peers (成都's and 绵阳's admins).
  const goodFairPoor = await db.ratingScale.create({ data: { yearId: year.id, code: 'GFP', name: '好较好差', levels: GOOD_FAIR_POOR } });
  const satisfaction = await db.ratingScale.create({ data: { yearId: year.id, code: 'SAT', name: '满意度', levels: SATISFACTION } });
  const roster = [
    ['LEADER_MAIN', 'leader', goodFairPoor.id],
    ['LEADER_DEPUTY', 'deputy', goodFairPoor.id],
    ['PEER', 'unit.chengdu', satisfaction.id],
    ['PEER', 'unit.mianyang', satisfaction.id],
  ] as const;
  for (const p of [h1, annual]) {
    await db.raterAssignment.createMany({
      data: roster.map(([group, username, scaleId]) => ({
        periodId: p.id,
        group,
        raterAccountId: seeded.accountId(username),
        categoryId: category.id,
        scaleId,
      })),
    });
  }
  const rate = (group: (typeof roster)[number][0], username: string, unitId: string, level: string, status: 'DRAFT' | 'SUBMITTED') =>
    db.rating.create({
      data: { periodId: annual.id, group, raterAccountId: seeded.accountId(username), assessedUnitId: assessed[unitId]!, level, status },
    });
  await rate('LEADER_MAIN', 'leader', cd, '好', 'SUBMITTED');
  await rate('LEADER_MAIN', 'leader', my, '较好', 'SUBMITTED');
  await rate('LEADER_DEPUTY', 'deputy', cd, '较好', 'SUBMITTED');
  await rate('LEADER_DEPUTY', 'deputy', my, '好', 'DRAFT');
  await rate('PEER', 'unit.mianyang', cd, '满意', 'SUBMITTED');
  await rate('PEER', 'unit.chengdu', my, '满意', 'SUBMITTED');
  await db.importedValue.create({
    data: { periodId: annual.id, key: PUBLIC_SURVEY_KEY, assessedUnitId: assessed[cd]!, value: '90', importedById: seeded.accountId('perf') },
  });

  // Adjustments of the year: an approved bonus of 2 and deduction of 1 for 成都, a pending deduction that does not count.
  const adjustmentCategory = (code: string, kind: 'BONUS' | 'DEDUCTION') => db.adjustmentCategory.create({ data: { yearId: year.id, code, name: code, kind } });
  const award = await adjustmentCategory('NATIONAL_AWARD', 'BONUS');
  const criticism = await adjustmentCategory('PROVINCIAL_CRITICISM', 'DEDUCTION');
  const adjust = (categoryId: string, kind: 'BONUS' | 'DEDUCTION', points: string, status: 'APPROVED' | 'PENDING') =>
    db.adjustment.create({
      data: {
        assessedUnitId: assessed[cd]!,
        categoryId,
        kind,
        points,
        reason: `${kind} ${points}`,
        status,
        filedByUnitId: seeded.unitId('HQ-JXB'),
        filedById: seeded.accountId('perf'),
      },
    });
  const bonus = await adjust(award.id, 'BONUS', '2', 'APPROVED');
  const deduction = await adjust(criticism.id, 'DEDUCTION', '1', 'APPROVED');
  await adjust(criticism.id, 'DEDUCTION', '1.5', 'PENDING');

  /** 指标考核 50 + 主要领导 10 + 分管领导 10 + 部门互评 10 + 社会公众 20; bonus ≤ 5; 优秀 ≥ 90, 合格 ≥ 60. */
  const model = ScoringModelSchema.parse({
    name: '测试模型',
    root: {
      kind: 'weighted',
      label: '综合得分',
      children: [
        { points: 50, node: { kind: 'indicators', label: '指标考核' } },
        { points: 10, node: { kind: 'rating', label: '主要领导评价', group: 'LEADER_MAIN', scale: 'gfp' } },
        { points: 10, node: { kind: 'rating', label: '分管领导评价', group: 'LEADER_DEPUTY', scale: 'gfp' } },
        { points: 10, node: { kind: 'rating', label: '部门互评', group: 'PEER', scale: 'sat' } },
        { points: 20, node: { kind: 'imported', label: '社会公众评价', key: PUBLIC_SURVEY_KEY } },
      ],
    },
    scales: { gfp: GOOD_FAIR_POOR, sat: SATISFACTION },
    bonusCap: 5,
    deductionCategories: [{ category: 'PROVINCIAL_CRITICISM' }],
    grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
  });

  const gather = (p: { id: string }) => gatherScoringInputs(db, { periodId: p.id, categoryId: category.id });
  const unitOf = (input: ScoringInput, unitId: string) => input.units.find((u) => u.unitId === unitId) as UnitInput;

  it('lists the units by their sort order, with the year’s indicators and the period’s code', async () => {
    const input = await gather(annual);
    const order = await db.unit.findMany({ where: { id: { in: [cd, my, zg] } }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    expect(input.period).toBe('ANNUAL');
    expect(input.units.map((u) => u.unitId)).toEqual(order.map((u) => u.id));
    expect(input.units.map((u) => u.name)).toEqual(order.map((u) => u.name));
    expect(input.indicators).toEqual([
      { id: leafA.id, parentId: null, name: leafA.name, weightBp: 6000 },
      { id: leafB.id, parentId: null, name: leafB.name, weightBp: 4000 },
    ]);
  });

  it('reads records in force only: a draft and a voided record do not count, two departments’ scores are averaged', async () => {
    const chengdu = unitOf(await gather(annual), cd);
    const byId = new Map(chengdu.targets.map((x) => [x.id, x]));
    expect(byId.get(t1.id)).toMatchObject({ indicatorId: leafA.id, maxScore: 5, assessments: [{ period: 'ANNUAL', score: 4, recordId: r1.id }] });
    expect(byId.get(t2.id)?.assessments).toEqual([{ period: 'ANNUAL', score: 4.5, recordId: r2.id }]);
    expect(byId.get(t3.id)?.assessments).toEqual([]);
    // 半年 reads its own records only.
    const half = unitOf(await gather(h1), cd);
    expect(half.targets.find((x) => x.id === t1.id)?.assessments).toEqual([{ period: 'H1', score: 3, recordId: expect.any(String) }]);
  });

  it('with a model whose nodes read 半年 (江苏), the 年终 inputs carry the 半年 records too', async () => {
    const jiangsuLike = ScoringModelSchema.parse({
      name: '半年 + 年终',
      root: {
        kind: 'weighted',
        label: '工作考核',
        children: [
          { points: 20, node: { kind: 'indicators', label: '半年', period: 'H1' } },
          { points: 80, node: { kind: 'indicators', label: '年终' } },
        ],
      },
      grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }],
    });
    const chengdu = unitOf(await gatherScoringInputs(db, { periodId: annual.id, categoryId: category.id, model: jiangsuLike }), cd);
    const periods = chengdu.targets.find((x) => x.id === t1.id)?.assessments.map((a) => [a.period, a.score]);
    expect(periods?.sort()).toEqual([
      ['ANNUAL', 4],
      ['H1', 3],
    ]);
  });

  it('expects a rating from every rater for every unit they rate, never a peer’s own unit, a deputy only its portfolio', async () => {
    const input = await gather(annual);
    const raters = (unitId: string) => unitOf(input, unitId).ratings.map((r) => [r.group, r.raterId, r.level]);
    const id = seeded.accountId;
    expect(raters(cd)).toEqual([
      ['LEADER_MAIN', id('leader'), '好'],
      ['LEADER_DEPUTY', id('deputy'), '较好'],
      ['PEER', id('unit.mianyang'), '满意'],
    ]);
    // The deputy's draft is not a rating yet.
    expect(raters(my)).toEqual([
      ['LEADER_MAIN', id('leader'), '较好'],
      ['LEADER_DEPUTY', id('deputy'), null],
      ['PEER', id('unit.chengdu'), '满意'],
    ]);
    // 自贡 is outside the deputy's portfolio; both peers rate it (neither has yet).
    expect(raters(zg).sort()).toEqual(
      [
        ['LEADER_MAIN', id('leader'), null],
        ['PEER', id('unit.chengdu'), null],
        ['PEER', id('unit.mianyang'), null],
      ].sort(),
    );
  });

  it('takes the period’s imported values, and the approved adjustments of the year in 年终 only', async () => {
    const chengdu = unitOf(await gather(annual), cd);
    expect(chengdu.imported).toEqual({ [PUBLIC_SURVEY_KEY]: 90 });
    expect(chengdu.adjustments).toEqual([
      { id: bonus.id, kind: 'bonus', category: 'NATIONAL_AWARD', points: 2, reason: 'BONUS 2' },
      { id: deduction.id, kind: 'deduction', category: 'PROVINCIAL_CRITICISM', points: 1, reason: 'DEDUCTION 1' },
    ]);
    const half = unitOf(await gather(h1), cd);
    expect(half.adjustments).toEqual([]);
    expect(half.imported).toEqual({});
  });

  it('summarise runs on it and gives the hand-computed finals', async () => {
    const result = summarise(model, await gather(annual));
    const final = (unitId: string) => result.units.find((u) => u.unitId === unitId);
    // 成都: A 4/5 = 80, B 4.5/5 = 90 (T3 unassessed, left out) → 0.6 × 80 + 0.4 × 90 = 84 → 0.5 × 84 = 42;
    //   主要领导 好 100 → 10; 分管领导 较好 80 → 8; 互评 满意 100 → 10; 公众 90 → 18; 88 + 2 − 1 = 89 合格
    expect(final(cd)).toMatchObject({ final: 89, grade: '合格', rank: 1 });
    expect(final(cd)?.missing.map((m) => m.key)).toEqual([`target:${t3.id}:ANNUAL`]);
    // 绵阳: A 100 (B has no targets, left out) → 50; 主要领导 较好 → 8; 分管领导 not rated → 0; 互评 100 → 10;
    //   公众 not imported → 0: 68 合格
    expect(final(my)).toMatchObject({ final: 68, grade: '合格', rank: 2 });
    // 自贡: nothing → 0 不合格
    expect(final(zg)).toMatchObject({ final: 0, grade: '不合格', rank: 3 });
  });

  it('previewInputs: the office reads the inputs with the category’s model; others are refused; another year’s category is 400', async () => {
    const url = `/api/assessment/models/preview-inputs?periodId=${annual.id}&categoryId=${category.id}`;
    const res = await t.as('perf')({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.json().model).toBeNull();
    expect(res.json().input).toEqual(JSON.parse(JSON.stringify(await gather(annual))));
    expect((await t.as('safety')({ method: 'GET', url })).statusCode).toBe(403);
    const other = await t.as('perf')({
      method: 'GET',
      url: `/api/assessment/models/preview-inputs?periodId=${annual.id}&categoryId=${seeded.categoryId('CITY')}`,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details.issues[0]).toMatchObject({ path: 'categoryId' });
  });
});
