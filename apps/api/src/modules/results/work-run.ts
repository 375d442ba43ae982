import { type Prisma } from '@jx/db';
import { ScoringInputError, ScoringModelSchema, summarise, type CategoryResult } from '@jx/scoring';
import type { Db } from '../../lib/db.ts';
import type { Clock } from '../../lib/clock.ts';
import { gatherScoringInputs } from '../assessment/scoring-inputs.ts';

const json = (v: unknown) => v as Prisma.InputJsonValue;

/** The model version a category is scored with now: its model's current version (pinned on the result). */
async function modelOf(db: Db, categoryId: string) {
  const link = await db.scoringModelCategory.findUnique({
    where: { categoryId },
    select: { model: { select: { id: true, currentVersionNo: true, versions: { select: { versionNo: true, definition: true } } } } },
  });
  const version = link?.model.versions.find((v) => v.versionNo === link.model.currentVersionNo);
  if (!link || !version) throw new Error('考核类别没有绩效模型');
  return { modelId: link.model.id, versionNo: version.versionNo, model: ScoringModelSchema.parse(version.definition) };
}

/** Replaces one category's rows of the result set; each new row keeps the replaced row's values as prev*. Returns how many moved. */
async function storeCategory(
  db: Db,
  q: { resultSetId: string; categoryId: string; runNo: number; modelId: string; modelVersionNo: number; now: Date; runId: string },
  result: CategoryResult,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const old = await tx.resultUnit.findMany({
      where: { resultSetId: q.resultSetId, categoryId: q.categoryId },
      select: { unitId: true, final: true, grade: true, rank: true },
    });
    const prev = new Map(old.map((o) => [o.unitId, o]));
    await tx.resultUnit.deleteMany({ where: { resultSetId: q.resultSetId, categoryId: q.categoryId } });
    let moved = 0;
    await tx.resultUnit.createMany({
      data: result.units.map((u, position) => {
        const p = prev.get(u.unitId);
        if (p && (Number(p.final) !== u.final || p.grade !== u.grade || p.rank !== u.rank)) moved++;
        return {
          resultSetId: q.resultSetId,
          categoryId: q.categoryId,
          unitId: u.unitId,
          position,
          final: u.final.toFixed(2),
          grade: u.grade,
          rank: u.rank,
          receipt: json(u.receipt),
          missing: json(u.missing),
          missingCount: u.missing.length,
          runNo: q.runNo,
          prevFinal: p ? p.final : null,
          prevGrade: p?.grade ?? null,
          prevRank: p?.rank ?? null,
        };
      }),
    });
    const category = {
      modelId: q.modelId,
      modelVersionNo: q.modelVersionNo,
      runNo: q.runNo,
      quotas: json(result.quotas),
      unitCount: result.units.length,
      computedAt: q.now,
    };
    await tx.resultCategory.upsert({
      where: { resultSetId_categoryId: { resultSetId: q.resultSetId, categoryId: q.categoryId } },
      create: { resultSetId: q.resultSetId, categoryId: q.categoryId, ...category },
      update: category,
    });
    await tx.summaryRun.update({ where: { id: q.runId }, data: { done: { increment: 1 } } });
    return moved;
  });
}

function messageOf(e: unknown): string {
  if (e instanceof ScoringInputError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Works one claimed (RUNNING) run: per category, gather the inputs in a fixed number of queries, score them with the
 * pinned model version, replace the category's rows. Ends SUCCEEDED with how many units moved, or FAILED with the error.
 */
export async function workSummaryRun(db: Db, clock: Clock, runId: string): Promise<void> {
  const run = await db.summaryRun.findUniqueOrThrow({
    where: { id: runId },
    select: { resultSetId: true, runNo: true, categoryIds: true, resultSet: { select: { periodId: true } } },
  });
  let moved = 0;
  try {
    for (const categoryId of run.categoryIds) {
      const { modelId, versionNo, model } = await modelOf(db, categoryId);
      const input = await gatherScoringInputs(db, { periodId: run.resultSet.periodId, categoryId, model });
      const result = summarise(model, input);
      moved += await storeCategory(
        db,
        { resultSetId: run.resultSetId, categoryId, runNo: run.runNo, modelId, modelVersionNo: versionNo, now: clock.now(), runId },
        result,
      );
    }
    await db.summaryRun.update({ where: { id: runId }, data: { status: 'SUCCEEDED', moved, finishedAt: clock.now() } });
  } catch (e) {
    await db.summaryRun.update({ where: { id: runId }, data: { status: 'FAILED', error: messageOf(e).slice(0, 2000), finishedAt: clock.now() } });
  }
}
