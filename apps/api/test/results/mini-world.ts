import type { Prisma, PrismaClient } from '@jx/db';
import type { RequestContext } from '../../src/lib/context.ts';
import { FakeClock } from '../../src/lib/clock.ts';
import { runSummaryNow } from '../../src/modules/results/run-now.ts';
import { publishBulletin } from '../../src/modules/results/publish.ts';
import type { Fixtures } from '../helpers/fixtures.ts';
import type { Seeded } from '../helpers/seeded.ts';

/**
 * The smallest assessed world: a year of its own, one leaf indicator, one category (安全生产) holding 成都, a closed 年终
 * with one published target of 成都 — scored 4 of 5 unless `unassessed` — and an indicators-only model. For the
 * authorization recipes, which need a result set, a bulletin or an appeal per request.
 */
export async function miniWorld(db: PrismaClient, seeded: Seeded, fx: Fixtures, opts: { unassessed?: boolean } = {}) {
  const year = await fx.year();
  const leaf = await fx.indicator({ yearId: year.id, weightBp: 10000 });
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const category = await db.assessmentCategory.create({
    data: { yearId: year.id, code: `MINI${fx.next()}`, name: '测试类别', targetTypes: { create: { targetTypeId: safety.id } } },
  });
  await db.assessedUnit.create({ data: { yearId: year.id, unitId: seeded.unitId('CITY-CD'), categoryId: category.id } });
  const period = await db.assessmentPeriod.create({
    data: { yearId: year.id, kind: 'ANNUAL', code: 'ANNUAL', name: '年终考核', processes: { create: { targetTypeId: safety.id, status: 'CLOSED' } } },
    include: { processes: true },
  });
  const target = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-CD', typeCode: 'SAFETY', yearId: year.id, indicatorId: leaf.id });
  if (!opts.unassessed) {
    await db.assessmentRecord.create({
      data: {
        targetId: target.id,
        periodId: period.id,
        processId: period.processes[0]!.id,
        assessorUnitId: seeded.unitId('HQ-AJC'),
        score: '4',
        status: 'SUBMITTED',
        createdById: seeded.accountId('safety'),
      },
    });
  }
  const definition = { name: '测试模型', root: { kind: 'indicators', label: '指标考核' }, grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }] };
  await db.scoringModel.create({
    data: {
      yearId: year.id,
      name: '测试模型',
      categories: { create: { categoryId: category.id } },
      versions: { create: { versionNo: 1, definition: definition as Prisma.InputJsonValue, createdById: seeded.accountId('perf') } },
    },
  });
  return { year, category, period, target };
}

export function officeContext(seeded: Seeded, now: Date): RequestContext {
  return {
    actor: {
      accountId: seeded.accountId('perf'),
      sessionId: '',
      username: 'perf',
      displayName: '目标绩效办',
      roles: ['PERF_OFFICE'],
      unitId: null,
      personId: null,
      portfolioUnitIds: [],
      portfolioTargetTypeIds: [],
    },
    ip: '127.0.0.1',
    requestId: 'test',
    userAgent: null,
    now,
  };
}

/** A mini world summarised (its result set) and, unless `draftOnly`, published as bulletin version 1. */
export async function miniBulletin(db: PrismaClient, seeded: Seeded, fx: Fixtures, now: Date, opts: { unassessed?: boolean; draftOnly?: boolean } = {}) {
  const w = await miniWorld(db, seeded, fx, opts);
  const run = await runSummaryNow(db, new FakeClock(now), { periodId: w.period.id, categoryIds: [w.category.id], requestedById: seeded.accountId('perf') });
  if (opts.draftOnly) return { ...w, resultSetId: run.resultSetId, runId: run.id, bulletinId: null };
  const set = await db.resultSet.findUniqueOrThrow({ where: { id: run.resultSetId } });
  const { bulletinId } = await publishBulletin(db, officeContext(seeded, now), set.id, {
    version: set.version,
    title: '考核结果通报',
    docNo: `测〔2026〕${fx.next()}号`,
    preface: '',
    unitsSeeOthers: true,
  });
  return { ...w, resultSetId: run.resultSetId, runId: run.id, bulletinId };
}
