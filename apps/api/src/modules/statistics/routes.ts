import type { FastifyInstance } from 'fastify';
import {
  exportStatistics,
  statisticsActivity,
  statisticsCompletion,
  statisticsHeatmap,
  statisticsOverview,
  statisticsSpecialTasks,
  statisticsTrend,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { addTableSheet, newWorkbook, sendXlsx, workbookBytes } from '../../lib/excel/write-sheet.ts';
import { fileDate } from '../../lib/excel/export-rules.ts';
import { GROUP_LABELS, statisticsColumns } from './columns.ts';
import { executionStatistics } from './statistics.service.ts';
import { cachedAnalysis } from '../execution/state/analysis-cache.ts';
import { trendSql } from './trend-sql.ts';
import { completionSql } from './completion-sql.ts';
import { keptMonthsBegun } from './kept-months-begun.ts';
import { activitySql } from './activity-sql.ts';
import { beijingToday } from '../execution/supervision/order.mapper.ts';
import { heatmapSql } from './heatmap-sql.ts';
import { specialTasksSql } from './special-tasks-sql.ts';
import { warningThresholds } from '../execution/warnings/warning.service.ts';
import { rankingRoutes } from './rankings/routes.ts';

/** 统计分析: the execution statistics of a year for leaders, departments and the office, and their export. */
export function statisticsRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  rankingRoutes(app);
  registerRoute(app, statisticsOverview, ({ ctx, query }) =>
    cachedAnalysis(app.deps, statisticsOverview, ctx.actor, ctx.now, query, () => executionStatistics(db, ctx.actor, query, ctx.now)),
  );
  registerRoute(app, statisticsTrend, async ({ ctx, query }) => {
    const month = await keptMonthsBegun(app.deps, query.yearId, ctx.now);
    return cachedAnalysis(app.deps, statisticsTrend, ctx.actor, ctx.now, { ...query, month }, () => trendSql(db, ctx.actor, query, ctx.now));
  });
  registerRoute(app, statisticsCompletion, async ({ ctx, query }) => {
    const begun = await keptMonthsBegun(app.deps, query.yearId, ctx.now);
    return cachedAnalysis(app.deps, statisticsCompletion, ctx.actor, ctx.now, { ...query, begun }, () => completionSql(db, ctx.actor, query, ctx.now));
  });
  registerRoute(app, statisticsHeatmap, async ({ ctx, query }) => {
    const month = await keptMonthsBegun(app.deps, query.yearId, ctx.now);
    const { yellowLagPoints, redLagPoints } = await warningThresholds(app.deps.settings);
    const thresholds = { yellowLagPoints, redLagPoints };
    return cachedAnalysis(app.deps, statisticsHeatmap, ctx.actor, ctx.now, { ...query, month, thresholds }, () =>
      heatmapSql(db, ctx.actor, query, ctx.now, thresholds),
    );
  });
  // Also moved by comments, orders (`activity`), targets' titles (`assessment`) and authors' names (`auth`); and by the
  // day, which is part of the key: 督办 fall overdue and 工作时限 pass at Beijing's midnight.
  registerRoute(app, statisticsActivity, ({ ctx, query }) =>
    cachedAnalysis(
      app.deps,
      statisticsActivity,
      ctx.actor,
      ctx.now,
      { ...query, today: beijingToday(ctx.now) },
      () => activitySql(db, ctx.actor, query.yearId, ctx.now),
      ['activity', 'assessment', 'auth'],
    ),
  );
  // Also moved by a target joining or leaving a task, which the `assessment` topic hears (target writes).
  registerRoute(app, statisticsSpecialTasks, ({ ctx, query }) =>
    cachedAnalysis(app.deps, statisticsSpecialTasks, ctx.actor, ctx.now, query, () => specialTasksSql(db, ctx.actor, query.yearId, ctx.now), ['assessment']),
  );
  registerRoute(app, exportStatistics, async ({ ctx, query, reply }) => {
    const stats = await executionStatistics(db, ctx.actor, query, ctx.now);
    const wb = await newWorkbook();
    addTableSheet(wb, `按${GROUP_LABELS[query.groupBy]}`, statisticsColumns(query.groupBy), [...stats.rows, stats.totals]);
    const year = (await db.year.findUnique({ where: { id: query.yearId }, select: { year: true } }))?.year;
    return sendXlsx(reply, await workbookBytes(wb), `统计分析-${year}-按${GROUP_LABELS[query.groupBy]}-${fileDate(ctx.now)}.xlsx`);
  });
}
