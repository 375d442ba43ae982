import type { FastifyInstance } from 'fastify';
import {
  urgeOrder,
  listOrderUrges,
  listPendingReports,
  closeOrder,
  createComment,
  createOrder,
  getReport,
  listComments,
  listOrders,
  listReports,
  listTargetReports,
  listWarnings,
  getTargetWarning,
  rejectOrder,
  respondOrder,
  submitReport,
  updateReport,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { listOrderUrges as orderUrges, urgeOrder as urge } from './supervision/urge-order.ts';
import { cachedPendingReports } from './reports/cached-pending-reports.ts';
import { createReportService } from './reports/report.service.ts';
import { createSupervisionService } from './supervision/supervision.service.ts';
import { targetWarning, warningsPage } from './state/warning-rows.ts';
import { cachedAnalysis } from './state/analysis-cache.ts';
import { executionExportRoutes } from './export/routes.ts';

/** 目标执行: progress reports (进展报告), the warning centre (预警中心), comments and supervision orders (点评 / 督办). */
export function executionRoutes(app: FastifyInstance) {
  const { db, settings } = app.deps;
  const reports = createReportService(db, settings);
  registerRoute(app, listTargetReports, ({ ctx, params }) => reports.listForTarget(ctx.actor, params.id));
  registerRoute(app, listReports, ({ ctx, query }) => reports.list(ctx.actor, query, ctx.now));
  registerRoute(app, getReport, ({ ctx, params }) => reports.get(ctx.actor, params.id));
  registerRoute(app, listPendingReports, ({ ctx, query }) => cachedPendingReports(app.deps, ctx.actor, query, ctx.now));
  registerRoute(app, submitReport, ({ ctx, params, body }) => reports.submit(ctx, params.id, body));
  registerRoute(app, updateReport, ({ ctx, params, body }) => reports.update(ctx, params.id, body));

  // Scoped exactly like the target list: the scope is one more AND condition, filters only narrow it.
  registerRoute(app, listWarnings, ({ ctx, query }) =>
    cachedAnalysis(app.deps, listWarnings, ctx.actor, ctx.now, query, () => warningsPage(db, ctx.actor, query, ctx.now)),
  );
  registerRoute(app, getTargetWarning, ({ ctx, params }) => targetWarning(db, ctx.actor, params.id, ctx.now));

  const sup = createSupervisionService(db);
  registerRoute(app, listComments, ({ ctx, params }) => sup.listComments(ctx.actor, params.id));
  registerRoute(app, createComment, ({ ctx, params, body }) => sup.createComment(ctx, params.id, body));
  registerRoute(app, listOrders, ({ ctx, query }) => sup.listOrders(ctx.actor, query, ctx.now));
  registerRoute(app, createOrder, ({ ctx, params, body }) => sup.createOrder(ctx, params.id, body));
  registerRoute(app, respondOrder, ({ ctx, params, body }) => sup.respond(ctx, params.id, body.version, body.response));
  registerRoute(app, closeOrder, ({ ctx, params, body }) => sup.close(ctx, params.id, body.version, body.note));
  registerRoute(app, rejectOrder, ({ ctx, params, body }) => sup.reject(ctx, params.id, body.version, body.note));
  registerRoute(app, urgeOrder, ({ ctx, params, body }) => urge(db, ctx, params.id, body.version, body.note));
  registerRoute(app, listOrderUrges, ({ ctx, params }) => orderUrges(db, ctx.actor, params.id));
  executionExportRoutes(app, { reports, sup });
}
