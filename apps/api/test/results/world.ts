import type { ScoringModelInput } from '@jx/scoring';
import type { Prisma } from '@jx/db';
import type { TestApp } from '../helpers/app.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { loadSeeded } from '../helpers/seeded.ts';

/**
 * A year of its own with two leaf indicators (A 60 %, B 40 %), one 安全生产 process of 年终 (closed), and two categories:
 * - 市州 (成都, 绵阳, 自贡) scored by indicators alone, 优秀 ≥ 90 with at most one 优秀, 良好 ≥ 80, else 一般;
 *   成都 has an approved bonus of 2, 自贡 a veto and an unassessed target;
 * - 厅直 (公路局, 高管局) scored as indicators 80 + the public survey 20, 优秀 ≥ 90, 合格 ≥ 60, else 不合格; 高管局 has
 *   no survey value and no target on B.
 */
export async function createResultsWorld(t: TestApp) {
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const year = await fx.year();
  const leafA = await fx.indicator({ yearId: year.id, weightBp: 6000 });
  const leafB = await fx.indicator({ yearId: year.id, weightBp: 4000 });
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const category = (code: string, name: string, sortOrder: number) =>
    db.assessmentCategory.create({ data: { yearId: year.id, code, name, sortOrder, targetTypes: { create: { targetTypeId: safety.id } } } });
  const city = await category('R-CITY', '测试市州', 1);
  const direct = await category('R-DIRECT', '测试厅直', 2);
  const assessed: Record<string, string> = {};
  for (const [code, categoryId] of [
    ['CITY-CD', city.id],
    ['CITY-MY', city.id],
    ['CITY-ZG', city.id],
    ['DU-GLJ', direct.id],
    ['DU-GGJ', direct.id],
  ] as const) {
    assessed[code] = (await db.assessedUnit.create({ data: { yearId: year.id, unitId: seeded.unitId(code), categoryId } })).id;
  }
  const annual = await db.assessmentPeriod.create({
    data: { yearId: year.id, kind: 'ANNUAL', code: 'ANNUAL', name: '年终考核', processes: { create: { targetTypeId: safety.id, status: 'CLOSED' } } },
    include: { processes: true },
  });
  const dept = seeded.unitId('HQ-AJC');
  const records: Record<string, string> = {};
  const target = async (key: string, unitCode: string, leaf: { id: string }, maxScore: string, score: string | null) => {
    const tg = await fx.target({ status: 'PUBLISHED', unitCode, typeCode: 'SAFETY', yearId: year.id, indicatorId: leaf.id });
    await db.target.update({ where: { id: tg.id }, data: { maxScore } });
    await db.targetRevision.updateMany({ where: { targetId: tg.id }, data: { snapshot: { ...(await snapshotOf(tg.id)), maxScore } } });
    if (score !== null) {
      const r = await db.assessmentRecord.create({
        data: {
          targetId: tg.id,
          periodId: annual.id,
          processId: annual.processes[0]!.id,
          assessorUnitId: dept,
          score,
          status: 'SUBMITTED',
          createdById: seeded.accountId('safety'),
        },
      });
      records[key] = r.id;
    }
    return tg;
  };
  const snapshotOf = async (targetId: string) =>
    ((await db.targetRevision.findFirst({ where: { targetId }, select: { snapshot: true } }))?.snapshot ?? {}) as Record<string, Prisma.JsonValue>;
  const targets = {
    cdA: await target('cdA', 'CITY-CD', leafA, '5', '4.5'),
    cdB: await target('cdB', 'CITY-CD', leafB, '5', '5'),
    myA: await target('myA', 'CITY-MY', leafA, '10', '9.5'),
    myB: await target('myB', 'CITY-MY', leafB, '5', '5'),
    zgA: await target('zgA', 'CITY-ZG', leafA, '5', '5'),
    zgB: await target('zgB', 'CITY-ZG', leafB, '5', null),
    gljA: await target('gljA', 'DU-GLJ', leafA, '10', '8'),
    gljB: await target('gljB', 'DU-GLJ', leafB, '10', '10'),
    ggjA: await target('ggjA', 'DU-GGJ', leafA, '10', '10'),
  };
  await db.importedValue.create({
    data: { periodId: annual.id, key: 'public', assessedUnitId: assessed['DU-GLJ']!, value: '90', importedById: seeded.accountId('perf') },
  });
  const adjustmentCategory = (code: string, kind: 'BONUS' | 'VETO') => db.adjustmentCategory.create({ data: { yearId: year.id, code, name: code, kind } });
  const award = await adjustmentCategory('NATIONAL_AWARD', 'BONUS');
  const veto = await adjustmentCategory('VETO', 'VETO');
  const adjust = (unitCode: string, categoryId: string, kind: 'BONUS' | 'VETO', points: string | null) =>
    db.adjustment.create({
      data: {
        assessedUnitId: assessed[unitCode]!,
        categoryId,
        kind,
        points,
        reason: kind === 'VETO' ? '发生较大安全事故' : '获国家级表彰',
        status: 'APPROVED',
        filedByUnitId: seeded.unitId('HQ-JXB'),
        filedById: seeded.accountId('perf'),
      },
    });
  await adjust('CITY-CD', award.id, 'BONUS', '2');
  await adjust('CITY-ZG', veto.id, 'VETO', null);

  const cityModel: ScoringModelInput = {
    name: '市州模型',
    root: { kind: 'indicators', label: '指标考核' },
    bonusCap: 5,
    grades: [{ grade: '优秀', min: 90, quota: { maxCount: 1 } }, { grade: '良好', min: 80 }, { grade: '一般' }],
  };
  const directModel: ScoringModelInput = {
    name: '厅直模型',
    root: {
      kind: 'weighted',
      label: '总分',
      children: [
        { points: 80, node: { kind: 'indicators', label: '指标考核' } },
        { points: 20, node: { kind: 'imported', label: '社会公众评价', key: 'public' } },
      ],
    },
    grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
  };
  const model = (name: string, categoryId: string, definition: unknown) =>
    db.scoringModel.create({
      data: {
        yearId: year.id,
        name,
        categories: { create: { categoryId } },
        versions: { create: { versionNo: 1, definition: definition as Prisma.InputJsonValue, createdById: seeded.accountId('perf') } },
      },
    });
  await model('市州模型', city.id, cityModel);
  await model('厅直模型', direct.id, directModel);
  return { seeded, fx, year, leafA, leafB, city, direct, annual, assessed, targets, records, safety };
}
