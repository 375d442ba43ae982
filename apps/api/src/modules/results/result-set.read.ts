import type { MissingInput } from '@jx/scoring';
import type { ReceiptView, ResultSet, SummaryRun } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { missingViews, type WaiverRow } from './missing-view.ts';
import { inCategoryOrder, pinnedModels } from './category-models.ts';

type RunRow = {
  id: string;
  resultSetId: string;
  runNo: number;
  categoryIds: string[];
  status: SummaryRun['status'];
  total: number;
  done: number;
  moved: number | null;
  error: string | null;
  requestedById: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  resultSet: { periodId: string };
};
export const runSelect = {
  id: true,
  resultSetId: true,
  runNo: true,
  categoryIds: true,
  status: true,
  total: true,
  done: true,
  moved: true,
  error: true,
  requestedById: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  resultSet: { select: { periodId: true } },
} as const;

export async function toRunDto(db: Db | Tx, r: RunRow): Promise<SummaryRun> {
  const by = await db.account.findUnique({ where: { id: r.requestedById }, select: { displayName: true } });
  return {
    id: r.id,
    resultSetId: r.resultSetId,
    periodId: r.resultSet.periodId,
    runNo: r.runNo,
    categoryIds: r.categoryIds,
    status: r.status,
    total: r.total,
    done: r.done,
    moved: r.moved,
    error: r.error,
    requestedByName: by?.displayName ?? '',
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** Open missing inputs (without a waiver) per unit of a result set, counted in SQL. */
async function openMissingByUnit(db: Db | Tx, resultSetId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ unitId: string; open: number }[]>`
    SELECT ru."unitId", count(*)::int AS open
    FROM "ResultUnit" ru, jsonb_array_elements(ru.missing) m
    WHERE ru."resultSetId" = ${resultSetId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "ResultWaiver" w WHERE w."resultSetId" = ru."resultSetId" AND w."unitId" = ru."unitId" AND w.key = m->>'key')
    GROUP BY ru."unitId"`;
  return new Map(rows.map((r) => [r.unitId, r.open]));
}

export async function openMissingCount(db: Db | Tx, resultSetId: string): Promise<number> {
  return [...(await openMissingByUnit(db, resultSetId)).values()].reduce((a, b) => a + b, 0);
}

export async function readResultSet(db: Db, periodId: string): Promise<ResultSet | null> {
  const set = await db.resultSet.findUnique({
    where: { periodId },
    select: {
      id: true,
      periodId: true,
      yearId: true,
      version: true,
      period: { select: { name: true } },
      categories: {
        select: {
          categoryId: true,
          modelId: true,
          modelVersionNo: true,
          runNo: true,
          computedAt: true,
          quotas: true,
          category: { select: { name: true, sortOrder: true } },
        },
      },
    },
  });
  if (!set) return null;
  const [units, latestRun, bulletin, open, modelOf] = await Promise.all([
    db.resultUnit.findMany({
      where: { resultSetId: set.id },
      select: {
        unitId: true,
        categoryId: true,
        position: true,
        final: true,
        grade: true,
        rank: true,
        receipt: true,
        missingCount: true,
        runNo: true,
        prevFinal: true,
        prevGrade: true,
        prevRank: true,
        unit: { select: { name: true } },
      },
      orderBy: [{ categoryId: 'asc' }, { position: 'asc' }],
    }),
    db.summaryRun.findFirst({ where: { resultSetId: set.id }, orderBy: { runNo: 'desc' }, select: runSelect }),
    db.bulletin.findFirst({ where: { resultSetId: set.id }, orderBy: { versionNo: 'desc' }, select: { versionNo: true, snapshot: true } }),
    openMissingByUnit(db, set.id),
    pinnedModels(db, set.categories),
  ]);
  const lastRunNo = Math.max(0, ...set.categories.map((c) => c.runNo));
  const categories = inCategoryOrder(set.categories).map((c) => {
    const model = modelOf(c);
    const rows = units.filter((u) => u.categoryId === c.categoryId);
    return {
      categoryId: c.categoryId,
      categoryName: c.category.name,
      modelId: c.modelId,
      modelName: model.name,
      modelVersionNo: c.modelVersionNo,
      runNo: c.runNo,
      computedAt: c.computedAt.toISOString(),
      quotas: c.quotas as Record<string, unknown>[],
      distribution: model.distribution(rows),
      units: rows.map((u) => ({
        unitId: u.unitId,
        unitName: u.unit.name,
        categoryId: u.categoryId,
        position: u.position,
        final: Number(u.final),
        grade: u.grade,
        rank: u.rank,
        gradeReason: ((u.receipt as { grade?: { reason?: string } }).grade?.reason ?? 'score') as 'score' | 'veto' | 'quota',
        missingCount: u.missingCount,
        openMissingCount: open.get(u.unitId) ?? 0,
        runNo: u.runNo,
        prev: u.prevFinal !== null && u.prevGrade !== null && u.prevRank !== null ? { final: Number(u.prevFinal), grade: u.prevGrade, rank: u.prevRank } : null,
      })),
    };
  });
  return {
    id: set.id,
    periodId: set.periodId,
    periodName: set.period.name,
    yearId: set.yearId,
    version: set.version,
    categories,
    latestRun: latestRun ? await toRunDto(db, latestRun) : null,
    openMissingCount: [...open.values()].reduce((a, b) => a + b, 0),
    publishedVersionNo: bulletin?.versionNo ?? null,
    changedSincePublished: !!bulletin && lastRunNo > ((bulletin.snapshot as { runNo?: number }).runNo ?? 0),
  };
}

export async function waiversOf(db: Db | Tx, resultSetId: string, unitId: string): Promise<WaiverRow[]> {
  const rows = await db.resultWaiver.findMany({ where: { resultSetId, unitId }, orderBy: { createdAt: 'asc' } });
  const names = new Map(
    (await db.account.findMany({ where: { id: { in: rows.map((r) => r.createdById) } }, select: { id: true, displayName: true } })).map((a) => [
      a.id,
      a.displayName,
    ]),
  );
  return rows.map((r) => ({ unitId: r.unitId, key: r.key, reason: r.reason, createdAt: r.createdAt, createdByName: names.get(r.createdById) ?? '' }));
}

/** recordId → assessing department, status, submission time, for the records a receipt names (one query). */
export async function recordSources(db: Db | Tx, receipt: unknown): Promise<ReceiptView['records']> {
  const ids = [...JSON.stringify(receipt).matchAll(/"recordId":"([0-9a-f-]{36})"/g)].map((m) => m[1]!);
  if (!ids.length) return {};
  const rows = await db.assessmentRecord.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, status: true, submittedAt: true, assessorUnit: { select: { name: true } } },
  });
  return Object.fromEntries(
    rows.map((r) => [r.id, { assessorName: r.assessorUnit.name, status: r.status, submittedAt: r.submittedAt?.toISOString() ?? null }]),
  );
}

export async function readReceipt(db: Db, resultSetId: string, unitId: string): Promise<ReceiptView> {
  const row = await db.resultUnit.findFirst({
    where: { resultSetId, unitId },
    select: {
      categoryId: true,
      final: true,
      grade: true,
      rank: true,
      receipt: true,
      missing: true,
      unit: { select: { name: true } },
      resultSet: { select: { periodId: true, period: { select: { name: true } } } },
    },
  });
  if (!row) throw new NotFoundError('resultSet');
  const [category, count, waivers, records] = await Promise.all([
    db.resultCategory.findUniqueOrThrow({
      where: { resultSetId_categoryId: { resultSetId, categoryId: row.categoryId } },
      select: { modelId: true, modelVersionNo: true, category: { select: { name: true } } },
    }),
    db.resultUnit.count({ where: { resultSetId, categoryId: row.categoryId } }),
    waiversOf(db, resultSetId, unitId),
    recordSources(db, row.receipt),
  ]);
  const model = await db.scoringModel.findUnique({ where: { id: category.modelId }, select: { name: true } });
  return {
    unitId,
    unitName: row.unit.name,
    categoryId: row.categoryId,
    categoryName: category.category.name,
    periodName: row.resultSet.period.name,
    final: Number(row.final),
    grade: row.grade,
    rank: row.rank,
    unitCount: count,
    receipt: row.receipt as Record<string, unknown>,
    records,
    missing: missingViews(row.missing as unknown as MissingInput[], row.resultSet.periodId, waivers, row.receipt),
    modelName: model?.name ?? '',
    modelVersionNo: category.modelVersionNo,
  };
}
