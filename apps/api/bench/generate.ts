import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@jx/db';
import { provinceModel } from './bench-model.ts';
import { inChunks } from './create-many.ts';
import { generateAdjustments, generateRatings } from './generate-ratings.ts';

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

export const SIZE = { units: 150, targetsPerUnit: 40, periods: ['Q1', 'Q2', 'H1', 'ANNUAL'] as const };
/** The 4 categories, each with the kind of its units. */
const CATEGORIES = [
  { code: 'DIRECT', name: '厅直属单位', kind: 'DIRECT_UNIT' },
  { code: 'CITY', name: '市州交通运输局', kind: 'CITY_BUREAU' },
  { code: 'ENTERPRISE', name: '交通企业', kind: 'ENTERPRISE' },
  { code: 'DIVISION', name: '厅机关处室', kind: 'HQ_DIVISION' },
] as const;
/** The assessing departments, each owning one target type. */
const ASSESSORS = [
  { code: 'FUNCTIONAL', dept: '规划处' },
  { code: 'SAFETY', dept: '安监处' },
  { code: 'INTEGRITY', dept: '监察室' },
  { code: 'ORGAN', dept: '办公室' },
];
const THIRDS = [3334, 3333, 3333];
/** The year's targets were published in February (reports due before that are not required). */
const PUBLISHED_AT = new Date('2026-02-01T02:00:00Z');

/** 4 first-level × 3 second × 3 third-level indicators, sibling weights summing to 10000 bp. */
function indicatorTree(yearId: string): Prisma.IndicatorCreateManyInput[] {
  const rows: Prisma.IndicatorCreateManyInput[] = [];
  const add = (parentId: string | null, code: string, level: number, weightBp: number, sortOrder: number) => {
    const id = randomUUID();
    rows.push({ id, yearId, parentId, code, name: `${['一', '二', '三'][level - 1]}级指标${code}`, level, weightBp, sortOrder });
    return id;
  };
  for (let a = 0; a < 4; a++) {
    const l1 = add(null, `${a + 1}`, 1, 2500, a);
    THIRDS.forEach((w2, b) => {
      const l2 = add(l1, `${a + 1}.${b + 1}`, 2, w2, b);
      THIRDS.forEach((w3, c) => add(l2, `${a + 1}.${b + 1}.${c + 1}`, 3, w3, c));
    });
  }
  return rows;
}

/**
 * The province the benchmark summarises, generated with createMany: 150 assessed units (kinds spread) in 4 categories,
 * 40 published targets each (× `scale`) on the leaves of a 4 × 3 × 3 indicator tree, a submitted record per target and period (Q1,
 * Q2, H1, 年终, every process closed), every rating group of 年终, the public survey, approved adjustments with one
 * veto, and a 四川-style model per category.
 */
export async function generateProvince(db: PrismaClient, opts: { scale?: number } = {}) {
  const targetsPerUnit = SIZE.targetsPerUnit * (opts.scale ?? 1);
  const rand = rng(20261204);
  const now = new Date('2026-12-20T02:00:00Z');
  const year = await db.year.create({ data: { year: 2026, name: '2026年度', status: 'ACTIVE' } });
  const office = await db.unit.create({ data: { code: 'HQ-PERF', name: '绩效办', kind: 'HQ_DIVISION' } });
  const depts = await Promise.all(ASSESSORS.map((a, i) => db.unit.create({ data: { code: `HQ-${i}`, name: a.dept, kind: 'HQ_DIVISION', sortOrder: i + 1 } })));
  const types = await Promise.all(
    ASSESSORS.map((a, i) => db.targetType.create({ data: { code: a.code, name: a.code, ownerUnitId: depts[i]!.id, sortOrder: i } })),
  );
  const officer = await db.account.create({ data: { username: 'perf', displayName: '绩效办', passwordHash: 'x', roles: ['PERF_OFFICE'], unitId: office.id } });

  const indicators = indicatorTree(year.id);
  await db.indicator.createMany({ data: indicators });
  const leaves = indicators.filter((i) => i.level === 3).map((i) => i.id!);

  const categories = await Promise.all(
    CATEGORIES.map((c, i) =>
      db.assessmentCategory.create({
        data: { yearId: year.id, code: c.code, name: c.name, sortOrder: i, targetTypes: { create: types.map((t) => ({ targetTypeId: t.id })) } },
      }),
    ),
  );
  const units = Array.from({ length: SIZE.units }, (_, i) => ({
    id: randomUUID(),
    code: `U${i}`,
    name: `${CATEGORIES[i % CATEGORIES.length]!.name}${String(Math.floor(i / CATEGORIES.length) + 1).padStart(2, '0')}`,
    kind: CATEGORIES[i % CATEGORIES.length]!.kind,
    sortOrder: 100 + i,
  }));
  await db.unit.createMany({ data: units });
  const assessed = units.map((u, i) => ({ id: randomUUID(), yearId: year.id, unitId: u.id, categoryId: categories[i % CATEGORIES.length]!.id }));
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
    // How well the unit works (a spread of final scores, so that 先进 and its quota come into play).
    const quality = 0.85 + 0.15 * rand();
    for (let k = 0; k < targetsPerUnit; k++) {
      const id = randomUUID();
      const type = types[k % types.length]!;
      const indicatorId = leaves[(ui + k) % leaves.length]!;
      const maxScore = String([2, 3, 5][k % 3]);
      const title = `${u.name}目标${k + 1}`;
      targets.push({
        id,
        yearId: year.id,
        unitId: u.id,
        targetTypeId: type.id,
        indicatorId,
        title,
        content: '工作内容',
        measures: '工作措施',
        deadline: new Date('2026-12-31'),
        expectedResult: '预期效果',
        maxScore,
        origin: 'DECLARED',
        status: 'PUBLISHED',
        publishedRevisionNo: 1,
      });
      // gatherScoringInputs reads the published version's title, indicator and 分值 from this snapshot.
      revisions.push({
        targetId: id,
        revisionNo: 1,
        status: 'PUBLISHED',
        reason: '发布',
        publishedAt: PUBLISHED_AT,
        snapshot: { title, indicatorId, maxScore },
      });
      for (const p of periods)
        records.push({
          targetId: id,
          periodId: p.id,
          processId: p.processes.find((x) => x.targetTypeId === type.id)!.id,
          assessorUnitId: type.ownerUnitId,
          score: (Number(maxScore) * (quality - 0.1 * rand())).toFixed(2),
          status: 'SUBMITTED',
          submittedAt: now,
          createdById: officer.id,
        });
    }
  });
  await inChunks(targets, (data) => db.target.createMany({ data }));
  await inChunks(revisions, (data) => db.targetRevision.createMany({ data }));
  await inChunks(records, (data) => db.assessmentRecord.createMany({ data }));

  const annual = periods.find((p) => p.code === 'ANNUAL')!;
  const world = { yearId: year.id, assessed, officeId: officer.id, officeUnitId: office.id };
  const ratings = await generateRatings(db, {
    ...world,
    periodId: annual.id,
    categoryIds: categories.map((c) => c.id),
    secondLevelIds: indicators.filter((i) => i.level === 2).map((i) => i.id!),
    orgUnitIds: depts.slice(0, 2).map((d) => d.id),
    now,
    rand,
  });
  const adjustments = await generateAdjustments(db, world);

  const definition = provinceModel(indicators.map((i) => ({ id: i.id!, parentId: i.parentId ?? null, name: i.name, weightBp: i.weightBp })));
  for (const c of categories)
    await db.scoringModel.create({
      data: {
        yearId: year.id,
        name: `${c.name}模型`,
        categories: { create: { categoryId: c.id } },
        versions: { create: { versionNo: 1, definition: definition as unknown as Prisma.InputJsonValue, createdById: officer.id } },
      },
    });
  return {
    yearId: year.id,
    annualId: annual.id,
    categoryIds: categories.map((c) => c.id),
    officeId: officer.id,
    officeUnitId: office.id,
    departmentIds: depts.map((d) => d.id),
    typeIds: types.map((t) => t.id),
    now,
    rand,
    counts: { units: units.length, targets: targets.length, records: records.length, ratings, adjustments },
  };
}
