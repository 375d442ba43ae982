import type { FastifyInstance } from 'fastify';
import { getResultReceipt, getResultSet, getSummaryRun, publishResultSet, startSummaryRun, waiveMissingInput, withdrawWaiver } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { onBulletinPublished } from '../bulletins/on-published.ts';
import { requestSummaryRun } from './enqueue.ts';
import { publishBulletin } from './publish.ts';
import { readReceipt, readResultSet, runSelect, toRunDto } from './result-set.read.ts';
import { createWaiverService } from './waivers.ts';

/** 批量自动汇总 and 汇总结果 (decision 0019): the office's routes. */
export function resultRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  const waivers = createWaiverService(db);

  registerRoute(app, startSummaryRun, async ({ ctx, body }) => {
    const run = await db.$transaction(async (tx) => {
      const r = await requestSummaryRun(tx, { ...body, requestedById: ctx.actor.accountId });
      await recordAudit(tx, ctx, {
        action: 'results.run',
        objectType: 'SummaryRun',
        objectId: r.id,
        after: { periodId: body.periodId, categoryIds: body.categoryIds },
      });
      return r;
    });
    app.deps.summaryRuns.kick();
    return toRunDto(db, await db.summaryRun.findUniqueOrThrow({ where: { id: run.id }, select: runSelect }));
  });
  registerRoute(app, getSummaryRun, async ({ params }) => {
    const run = await db.summaryRun.findUnique({ where: { id: params.id }, select: runSelect });
    if (!run) throw new NotFoundError('summaryRun');
    return toRunDto(db, run);
  });
  registerRoute(app, getResultSet, ({ query }) => readResultSet(db, query.periodId));
  registerRoute(app, getResultReceipt, ({ params }) => readReceipt(db, params.id, params.unitId));
  registerRoute(app, waiveMissingInput, ({ ctx, params, body }) => waivers.waive(ctx, params.id, body));
  registerRoute(app, withdrawWaiver, ({ ctx, params, query }) => waivers.unwaive(ctx, params.id, query));
  registerRoute(app, publishResultSet, async ({ ctx, params, body }) => {
    const published = await publishBulletin(db, ctx, params.id, body);
    await onBulletinPublished(app.deps, published.bulletinId);
    return published;
  });
}
