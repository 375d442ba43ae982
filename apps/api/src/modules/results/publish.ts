import type { MissingInput, QuotaReceipt } from '@jx/scoring';
import type { publishResultSet } from '@jx/contract';
import type { z } from 'zod';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { AppError, InvalidStateError, NotFoundError, VersionConflictError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { describeMissing } from './missing-view.ts';
import { openMissingCount } from './result-set.read.ts';
import { inCategoryOrder, pinnedModels } from './category-models.ts';

type Body = z.output<NonNullable<typeof publishResultSet.body>>;

/** What a bulletin version shows (Bulletin.snapshot); its units' receipts are BulletinUnit rows. */
export interface BulletinSnapshot {
  unitsSeeOthers: boolean;
  /** The latest run the published categories came from (a later run means there is something new to publish). */
  runNo: number;
  categories: Array<{
    categoryId: string;
    categoryName: string;
    modelId: string;
    modelName: string;
    modelVersionNo: number;
    unitCount: number;
    distribution: Array<{ grade: string; count: number }>;
    quotaNotes: string[];
    rows: Array<{ unitId: string; unitName: string; rank: number; final: number; grade: string; prev: { final: number; grade: string; rank: number } | null }>;
  }>;
  changes: Array<{ unitName: string; categoryName: string; text: string }>;
}

export function quotaNote(q: QuotaReceipt): string | null {
  if (q.limit === null || q.limit === undefined || !Number.isFinite(q.limit)) return null;
  const base = `${q.grade}名额 ${q.limit} 个，${q.qualified} 个单位达到`;
  return q.demoted.length ? `${base}，${q.demoted.length} 个因名额限制降为下一等次` : base;
}

function changeText(prev: { final: number; grade: string; rank: number }, now: { final: number; grade: string; rank: number }): string | null {
  const parts: string[] = [];
  if (prev.final !== now.final) parts.push(`得分 ${prev.final.toFixed(2)} → ${now.final.toFixed(2)}`);
  if (prev.rank !== now.rank) parts.push(`排名 ${prev.rank} → ${now.rank}`);
  if (prev.grade !== now.grade) parts.push(`等次 ${prev.grade} → ${now.grade}`);
  return parts.length ? parts.join('，') : null;
}

/**
 * 发布考核通报: copies the result set into a new, immutable bulletin version — refused while a missing input is
 * neither supplied nor waived, while a run is queued or running, or before anything was computed. The version before
 * gets `supersededAt`; accepted appeals not yet published are marked as published by this version.
 */
export async function publishBulletin(db: Db, ctx: RequestContext, resultSetId: string, body: Body): Promise<{ bulletinId: string; versionNo: number }> {
  return db.$transaction(async (tx: Tx) => {
    const [locked] = await tx.$queryRaw<{ id: string; version: number }[]>`SELECT id, version FROM "ResultSet" WHERE id = ${resultSetId}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError('resultSet');
    if (locked.version !== body.version) throw new VersionConflictError('resultSet');
    const set = await tx.resultSet.findUniqueOrThrow({
      where: { id: resultSetId },
      select: {
        periodId: true,
        yearId: true,
        categories: {
          select: {
            categoryId: true,
            runNo: true,
            modelId: true,
            modelVersionNo: true,
            quotas: true,
            unitCount: true,
            category: { select: { name: true, sortOrder: true } },
          },
        },
      },
    });
    if (!set.categories.length) throw new InvalidStateError(t('results.neverComputed'));
    if (await tx.summaryRun.count({ where: { resultSetId, status: { in: ['QUEUED', 'RUNNING'] } } })) throw new InvalidStateError(t('results.runInProgress'));
    const open = await openMissingCount(tx, resultSetId);
    if (open > 0) throw new AppError('RESULTS_MISSING_INPUTS', t('results.missingInputs', { count: open }));

    const [units, waivers, previous, modelOf] = await Promise.all([
      tx.resultUnit.findMany({
        where: { resultSetId },
        select: {
          categoryId: true,
          unitId: true,
          position: true,
          final: true,
          grade: true,
          rank: true,
          receipt: true,
          missing: true,
          unit: { select: { name: true } },
        },
        orderBy: [{ categoryId: 'asc' }, { position: 'asc' }],
      }),
      tx.resultWaiver.findMany({ where: { resultSetId }, select: { unitId: true, key: true, reason: true } }),
      tx.bulletin.findFirst({
        where: { resultSetId },
        orderBy: { versionNo: 'desc' },
        select: { id: true, versionNo: true, snapshot: true, units: { select: { unitId: true, final: true, grade: true, rank: true } } },
      }),
      pinnedModels(tx, set.categories),
    ]);
    const runNo = Math.max(...set.categories.map((c) => c.runNo));
    const publishedRunNo = previous ? ((previous.snapshot as { runNo?: number } | null)?.runNo ?? 0) : -1;
    if (runNo <= publishedRunNo) throw new InvalidStateError(t('results.nothingNew'));
    const before = new Map(previous?.units.map((u) => [u.unitId, { final: Number(u.final), grade: u.grade, rank: u.rank }]) ?? []);
    const changes: BulletinSnapshot['changes'] = [];
    const categories = inCategoryOrder(set.categories).map((c) => {
      const model = modelOf(c);
      const rows = units
        .filter((u) => u.categoryId === c.categoryId)
        .map((u) => {
          const now = { final: Number(u.final), grade: u.grade, rank: u.rank };
          const prev = before.get(u.unitId) ?? null;
          const text = prev && changeText(prev, now);
          if (text) changes.push({ unitName: u.unit.name, categoryName: c.category.name, text });
          return { unitId: u.unitId, unitName: u.unit.name, ...now, prev };
        });
      return {
        categoryId: c.categoryId,
        categoryName: c.category.name,
        modelId: c.modelId,
        modelName: model.name,
        modelVersionNo: c.modelVersionNo,
        unitCount: rows.length,
        distribution: model.distribution(rows),
        quotaNotes: (c.quotas as unknown as QuotaReceipt[]).map(quotaNote).filter((x): x is string => !!x),
        rows,
      };
    });
    const snapshot: BulletinSnapshot = { unitsSeeOthers: body.unitsSeeOthers, runNo, categories, changes };
    const versionNo = (previous?.versionNo ?? 0) + 1;
    const bulletin = await tx.bulletin.create({
      data: {
        resultSetId,
        periodId: set.periodId,
        yearId: set.yearId,
        versionNo,
        title: body.title,
        docNo: body.docNo,
        preface: body.preface,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        publishedById: ctx.actor.accountId,
        publishedAt: ctx.now,
      },
      select: { id: true },
    });
    await tx.bulletinUnit.createMany({
      data: units.map((u) => {
        const missing = u.missing as unknown as MissingInput[];
        const own = waivers.filter((w) => w.unitId === u.unitId && missing.some((m) => m.key === w.key));
        return {
          bulletinId: bulletin.id,
          categoryId: u.categoryId,
          unitId: u.unitId,
          position: u.position,
          final: u.final,
          grade: u.grade,
          rank: u.rank,
          receipt: u.receipt as Prisma.InputJsonValue,
          waivers: own.map((w) => ({
            key: w.key,
            label: describeMissing(
              missing.find((m) => m.key === w.key)!,
              set.periodId,
              u.receipt,
            ).label,
            reason: w.reason,
          })),
        };
      }),
    });
    if (previous) await tx.bulletin.update({ where: { id: previous.id }, data: { supersededAt: ctx.now } });
    await tx.appeal.updateMany({ where: { resultSetId, status: 'ACCEPTED', resolvedBulletinId: null }, data: { resolvedBulletinId: bulletin.id } });
    await tx.resultSet.update({ where: { id: resultSetId }, data: { version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: 'bulletins.publish',
      objectType: 'Bulletin',
      objectId: bulletin.id,
      after: { resultSetId, versionNo, title: body.title, docNo: body.docNo, unitsSeeOthers: body.unitsSeeOthers },
    });
    return { bulletinId: bulletin.id, versionNo };
  });
}
