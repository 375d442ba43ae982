import type { Tx } from '../../lib/db.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError, issue, t } from '../../lib/errors.ts';

type Request = { periodId: string; categoryIds: string[]; requestedById: string };

/** The period's result set, created on its first run, locked for the rest of the transaction. */
async function lockResultSet(tx: Tx, periodId: string) {
  const period = await tx.assessmentPeriod.findUnique({ where: { id: periodId }, select: { id: true, yearId: true } });
  if (!period) throw new NotFoundError('assessmentPeriod');
  await tx.resultSet.upsert({ where: { periodId }, create: { periodId, yearId: period.yearId }, update: {} });
  const [set] = await tx.$queryRaw<{ id: string; runCount: number }[]>`SELECT id, "runCount" FROM "ResultSet" WHERE "periodId" = ${periodId}::uuid FOR UPDATE`;
  return { period, set: set! };
}

/**
 * The office's request (results.run): the categories belong to the period's year and have a model, the period's
 * processes of their target types are closed, and no other run of the period is queued or running (409).
 */
export async function requestSummaryRun(tx: Tx, q: Request): Promise<{ id: string; runNo: number }> {
  const { period, set } = await lockResultSet(tx, q.periodId);
  const categories = await tx.assessmentCategory.findMany({
    where: { id: { in: q.categoryIds } },
    select: { id: true, name: true, yearId: true, scoringModel: { select: { modelId: true } }, targetTypes: { select: { targetTypeId: true } } },
  });
  const byId = new Map(categories.map((c) => [c.id, c]));
  const issues = q.categoryIds.flatMap((id, i) => {
    const c = byId.get(id);
    if (!c || c.yearId !== period.yearId) return [issue(`categoryIds.${i}`, t('results.categoryOfOtherYear'))];
    if (!c.scoringModel) return [issue(`categoryIds.${i}`, t('results.categoryWithoutModel', { categoryName: c.name }))];
    return [];
  });
  if (issues.length) throw new ValidationError(issues);
  const typeIds = [...new Set(categories.flatMap((c) => c.targetTypes.map((x) => x.targetTypeId)))];
  const open = await tx.assessmentProcess.findMany({
    where: { periodId: q.periodId, targetTypeId: { in: typeIds }, status: { not: 'CLOSED' } },
    select: { period: { select: { name: true } }, targetType: { select: { name: true } } },
    orderBy: { targetType: { sortOrder: 'asc' } },
  });
  if (open.length)
    throw new InvalidStateError(t('results.processesNotClosed', { processNames: open.map((p) => `${p.period.name}·${p.targetType.name}`).join('、') }));
  const busy = await tx.summaryRun.count({ where: { resultSetId: set.id, status: { in: ['QUEUED', 'RUNNING'] } } });
  if (busy) throw new ConflictError(t('results.runInProgress'));
  return insertRun(tx, set, q);
}

async function insertRun(tx: Tx, set: { id: string; runCount: number }, q: Request) {
  const runNo = set.runCount + 1;
  await tx.resultSet.update({ where: { id: set.id }, data: { runCount: runNo, version: { increment: 1 } } });
  const categoryIds = [...new Set(q.categoryIds)];
  const run = await tx.summaryRun.create({
    data: { resultSetId: set.id, runNo, categoryIds, total: categoryIds.length, requestedById: q.requestedById },
    select: { id: true, runNo: true },
  });
  return run;
}

/**
 * Queues a summary run of a period for some categories inside the caller's transaction (an accepted appeal re-runs its
 * category). A run of the same period still QUEUED takes the categories in instead of a second row. The caller kicks the
 * worker after commit (`deps.summaryRuns.kick()`).
 */
export async function enqueueSummaryRun(tx: Tx, q: Request): Promise<{ id: string; runNo: number }> {
  const { set } = await lockResultSet(tx, q.periodId);
  const queued = await tx.summaryRun.findFirst({ where: { resultSetId: set.id, status: 'QUEUED' }, select: { id: true, runNo: true, categoryIds: true } });
  if (queued) {
    const categoryIds = [...new Set([...queued.categoryIds, ...q.categoryIds])];
    await tx.summaryRun.update({ where: { id: queued.id }, data: { categoryIds, total: categoryIds.length } });
    return { id: queued.id, runNo: queued.runNo };
  }
  return insertRun(tx, set, q);
}
