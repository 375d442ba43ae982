import type { FastifyInstance } from 'fastify';
import { exportMyScores, listMyScores } from '@jx/contract';
import { registerRoute } from '../../../http/register.ts';
import { fileDate } from '../../../lib/excel/export-rules.ts';
import { sendXlsx } from '../../../lib/excel/write-sheet.ts';
import { myScores } from './my-scores.service.ts';
import { myScoresWorkbook } from './export.ts';

/** 本单位考核结果: the unit's published scores, and their export. */
export function myScoresRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  registerRoute(app, listMyScores, async ({ ctx, query }) => {
    const { periods, items } = await myScores(db, ctx.actor, query);
    return { periods, items };
  });
  registerRoute(app, exportMyScores, async ({ ctx, query, reply }) => {
    const { year, periods, items } = await myScores(db, ctx.actor, query);
    const unit = ctx.actor.unitId ? await db.unit.findUnique({ where: { id: ctx.actor.unitId }, select: { name: true } }) : null;
    const label = `${unit?.name ?? ''}${year}年`;
    return sendXlsx(reply, await myScoresWorkbook(label, periods, items), `考核结果-${label}-${fileDate(ctx.now)}.xlsx`);
  });
}
