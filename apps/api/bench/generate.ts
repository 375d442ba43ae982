import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@jx/db';
import { ScoringModelSchema } from '@jx/scoring';

/** A seeded pseudo-random stream (mulberry32), so every run generates the same province. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SIZE = { units: 150, categories: 4, targetsPerUnit: 40, periods: ['Q1', 'Q2', 'H1', 'ANNUAL'] as const };
const split3 = [3333, 3333, 3334];

/**
 * The province the benchmark summarises: 150 assessed units in 4 categories × 40 published targets on a 4 × 3 × 3
 * indicator tree, a submitted record per target and period (Q1, Q2, H1, 年终), the main leader, two 绩效委 members per
 * 二级指标 and five peers per category rating every unit in 年终, the public survey, approved bonuses and deductions and
 * one veto, and a 四川-style model per category.
 */
export async function generateProvince(db: PrismaClient) {
  const rand = rng(20261204);
  const id = () => randomUUID();
  const now = new Date('2026-12-20T02:00:00Z');
  const year = await db.year.create({ data: { year: 2026, name: '2026年度', status: 'ACTIVE' } });
  const root = await db.unit.create({ data: { code: 'ROOT', name: '省交通运输厅', kind: 'HQ_DIVISION' } });
  const depts = await Promise.all(
    ['安监处', '规划处', '监察室', '办公室'].map((name, i) => db.unit.create({ data: { code: `HQ-${i}`, name, kind: 'HQ_DIVISION', parentId: root.id } })),
  );
  const types = await Promise.all(
    ['FUNCTIONAL', 'SAFETY', 'INTEGRITY', 'ORGAN'].map((code, i) =>
      db.targetType.create({ data: { code, name: code, ownerUnitId: depts[i]!.id, sortOrder: i } }),
    ),
  );
  const person = await db.person.create({ data: { staffNo: 'B-0', name: '基准', gender: '男', unitId: root.id } });
  const account = (username: string, roles: Prisma.AccountCreateInput['roles'], unitId: string | null) =>
    db.account.create({ data: { username, displayName: username, passwordHash: 'x', roles, unitId, personId: null } });
  const office = await account('perf', ['PERF_OFFICE'], root.id);
  const leader = await account('leader', ['LEADER_MAIN'], root.id);
  void person;

  // Indicators: 4 first-level × 3 second × 3 third.
  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  const leaves: string[] = [];
  const seconds: string[] = [];
  for (let a = 0; a < 4; a++) {
    const l1 = id();
    indicators.push({ id: l1, yearId: year.id, code: `${a + 1}`, name: `一级指标${a + 1}`, level: 1, weightBp: 2500, sortOrder: a });
    for (let b = 0; b < 3; b++) {
      const l2 = id();
      seconds.push(l2);
      indicators.push({
        id: l2,
        yearId: year.id,
        parentId: l1,
        code: `${a + 1}.${b + 1}`,
        name: `二级指标${a + 1}.${b + 1}`,
        level: 2,
        weightBp: split3[b]!,
        sortOrder: b,
      });
      for (let c = 0; c < 3; c++) {
        const l3 = id();
        leaves.push(l3);
        indicators.push({
          id: l3,
          yearId: year.id,
          parentId: l2,
          code: `${a + 1}.${b + 1}.${c + 1}`,
          name: `三级指标${a + 1}.${b + 1}.${c + 1}`,
          level: 3,
          weightBp: split3[c]!,
          sortOrder: c,
        });
      }
    }
  }
  await db.indicator.createMany({ data: indicators });

  const categories = await Promise.all(
    Array.from({ length: SIZE.categories }, (_, i) =>
      db.assessmentCategory.create({
        data: { yearId: year.id, code: `C${i}`, name: `类别${i + 1}`, sortOrder: i, targetTypes: { create: types.map((t) => ({ targetTypeId: t.id })) } },
      }),
    ),
  );
  const units = Array.from({ length: SIZE.units }, (_, i) => ({
    id: id(),
    code: `U${i}`,
    name: `单位${String(i + 1).padStart(3, '0')}`,
    kind: 'CITY_BUREAU' as const,
    parentId: root.id,
    sortOrder: i,
  }));
  await db.unit.createMany({ data: units });
  const assessed = units.map((u, i) => ({ id: id(), yearId: year.id, unitId: u.id, categoryId: categories[i % SIZE.categories]!.id }));
  await db.assessedUnit.createMany({ data: assessed });

  const periods = await Promise.all(
    SIZE.periods.map((code, i) =>
      db.assessmentPeriod.create({
        data: {
          yearId: year.id,
          kind: code === 'ANNUAL' ? 'ANNUAL' : code === 'H1' ? 'HALF_YEAR' : 'QUARTER',
          code,
          name: code,
          sortOrder: i,
          processes: { create: types.map((t) => ({ targetTypeId: t.id, status: 'CLOSED' as const, openedAt: now, closedAt: now })) },
        },
        include: { processes: true },
      }),
    ),
  );

  const targets: Prisma.TargetCreateManyInput[] = [];
  const revisions: Prisma.TargetRevisionCreateManyInput[] = [];
  const records: Prisma.AssessmentRecordCreateManyInput[] = [];
  units.forEach((u, ui) => {
    for (let k = 0; k < SIZE.targetsPerUnit; k++) {
      const t = id();
      const type = types[k % types.length]!;
      const indicatorId = leaves[(ui + k) % leaves.length]!;
      const maxScore = [2, 3, 5][k % 3]!;
      const title = `${u.name}目标${k + 1}`;
      targets.push({
        id: t,
        yearId: year.id,
        unitId: u.id,
        targetTypeId: type.id,
        indicatorId,
        title,
        content: '工作内容',
        measures: '工作措施',
        deadline: new Date('2026-12-31'),
        expectedResult: '预期效果',
        maxScore: String(maxScore),
        origin: 'DECLARED',
        status: 'PUBLISHED',
        publishedRevisionNo: 1,
      });
      revisions.push({
        targetId: t,
        revisionNo: 1,
        status: 'PUBLISHED',
        reason: '发布',
        publishedAt: now,
        snapshot: { title, indicatorId, maxScore: String(maxScore) },
      });
      for (const p of periods) {
        const process = p.processes.find((x) => x.targetTypeId === type.id)!;
        records.push({
          targetId: t,
          periodId: p.id,
          processId: process.id,
          assessorUnitId: type.ownerUnitId,
          score: (Math.round(maxScore * (0.6 + 0.4 * rand()) * 100) / 100).toFixed(2),
          status: 'SUBMITTED',
          submittedAt: now,
          createdById: office.id,
        });
      }
    }
  });
  console.time("targets"); for (let i = 0; i < targets.length; i += 500) await db.target.createMany({ data: targets.slice(i, i + 500) });
  await db.targetRevision.createMany({ data: revisions }); console.timeEnd("targets"); console.time("records");
  for (let i = 0; i < records.length; i += 500) await db.assessmentRecord.createMany({ data: records.slice(i, i + 500) });

  console.timeEnd("records");
  // Ratings in 年终: the main leader, two 绩效委 members per 二级指标, five peers per category (admins of its first units).
  const annual = periods.find((p) => p.code === 'ANNUAL')!;
  const levels = [
    { level: '好', percent: 100 },
    { level: '较好', percent: 80 },
    { level: '差', percent: 50 },
  ];
  const scale = await db.ratingScale.create({ data: { yearId: year.id, code: 'GFP', name: '好较好差', levels } });
  const members = await Promise.all([0, 1].map((i) => account(`org${i}`, ['FUNC_DEPT'], depts[i]!.id)));
  const assignments: Prisma.RaterAssignmentCreateManyInput[] = [];
  const ratings: Prisma.RatingCreateManyInput[] = [];
  const pick = () => levels[rand() < 0.6 ? 0 : rand() < 0.8 ? 1 : 2]!.level;
  for (const [ci, c] of categories.entries()) {
    const mine = assessed.filter((a) => a.categoryId === c.id);
    const peers = await Promise.all(mine.slice(0, 5).map((a, i) => account(`peer${ci}-${i}`, ['UNIT_ADMIN'], a.unitId)));
    const rate = (group: 'LEADER_MAIN' | 'ORG' | 'PEER', rater: { id: string; unitId: string | null }, indicatorId: string | null) => {
      assignments.push({ periodId: annual.id, group, raterAccountId: rater.id, categoryId: c.id, scaleId: scale.id, indicatorId });
      for (const a of mine) {
        if (group === 'PEER' && a.unitId === rater.unitId) continue;
        ratings.push({
          periodId: annual.id,
          group,
          raterAccountId: rater.id,
          assessedUnitId: a.id,
          indicatorId,
          level: pick(),
          status: 'SUBMITTED',
          submittedAt: now,
        });
      }
    };
    rate('LEADER_MAIN', leader, null);
    for (const l2 of seconds) for (const m of members) rate('ORG', m, l2);
    for (const p of peers) rate('PEER', p, null);
  }
  await db.raterAssignment.createMany({ data: assignments });
  for (let i = 0; i < ratings.length; i += 5000) await db.rating.createMany({ data: ratings.slice(i, i + 5000) });
  await db.importedValue.createMany({
    data: assessed.map((a) => ({ periodId: annual.id, key: 'public', assessedUnitId: a.id, value: (70 + 30 * rand()).toFixed(2), importedById: office.id })),
  });

  const bonus = await db.adjustmentCategory.create({ data: { yearId: year.id, code: 'AWARD', name: '表彰', kind: 'BONUS' } });
  const deduction = await db.adjustmentCategory.create({ data: { yearId: year.id, code: 'CHECK', name: '察访核验', kind: 'DEDUCTION' } });
  const veto = await db.adjustmentCategory.create({ data: { yearId: year.id, code: 'VETO', name: '一票否决', kind: 'VETO' } });
  await db.adjustment.createMany({
    data: assessed.flatMap((a, i) => [
      ...(i % 3 === 0
        ? [
            {
              assessedUnitId: a.id,
              categoryId: bonus.id,
              kind: 'BONUS' as const,
              points: '1',
              reason: '省级表彰',
              status: 'APPROVED' as const,
              filedByUnitId: root.id,
              filedById: office.id,
            },
          ]
        : []),
      ...(i % 4 === 0
        ? [
            {
              assessedUnitId: a.id,
              categoryId: deduction.id,
              kind: 'DEDUCTION' as const,
              points: '0.5',
              reason: '察访核验',
              status: 'APPROVED' as const,
              filedByUnitId: root.id,
              filedById: office.id,
            },
          ]
        : []),
      ...(i === 7
        ? [
            {
              assessedUnitId: a.id,
              categoryId: veto.id,
              kind: 'VETO' as const,
              points: null,
              reason: '一票否决',
              status: 'APPROVED' as const,
              filedByUnitId: root.id,
              filedById: office.id,
            },
          ]
        : []),
    ]),
  });

  const definition = ScoringModelSchema.parse({
    name: '四川式模型',
    root: {
      kind: 'weighted',
      label: '总分',
      children: [
        { points: 70, node: { kind: 'indicators', label: '目标考核' } },
        {
          points: 30,
          node: {
            kind: 'weighted',
            label: '综合评价',
            children: [
              { points: 20, node: { kind: 'rating', label: '主要领导评价', group: 'LEADER_MAIN', scale: 'gfp' } },
              ...seconds.map((l2, i) => ({
                points: i < 10 ? 4 : 5,
                node: { kind: 'rating', label: `绩效委·${i + 1}`, group: 'ORG', scale: 'gfp', indicatorId: l2 },
              })),
              { points: 15, node: { kind: 'rating', label: '部门互评', group: 'PEER', scale: 'gfp' } },
              { points: 15, node: { kind: 'imported', label: '社会公众评价', key: 'public' } },
            ],
          },
        },
      ],
    },
    scales: { gfp: levels },
    bonusCap: 5,
    deductionCategories: [{ category: 'CHECK', label: '察访核验', cap: 3 }],
    grades: [{ grade: '先进', min: 90, quota: { maxPercent: 20 } }, { grade: '合格', min: 60 }, { grade: '不合格' }],
  });
  for (const c of categories) {
    await db.scoringModel.create({
      data: {
        yearId: year.id,
        name: `模型${c.code}`,
        categories: { create: { categoryId: c.id } },
        versions: { create: { versionNo: 1, definition: definition as unknown as Prisma.InputJsonValue, createdById: office.id } },
      },
    });
  }
  return {
    yearId: year.id,
    annualId: annual.id,
    categoryIds: categories.map((c) => c.id),
    officeId: office.id,
    counts: { units: units.length, targets: targets.length, records: records.length, ratings: ratings.length },
  };
}
