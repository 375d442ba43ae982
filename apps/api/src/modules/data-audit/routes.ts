import type { FastifyInstance } from 'fastify';
import { listDepartmentAudit, getDepartmentActivity } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { assessmentWindow, auditedPeriod, windowDto } from './audit-window.ts';
import { departmentAudit } from './department-audit.ts';
import { departmentActivity } from './department-activity.ts';

/** 考核数据审计 (decision 0019): read-only views; records are acted on through the record routes. */
export function dataAuditRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  registerRoute(app, listDepartmentAudit, async ({ ctx, query }) => {
    const period = await auditedPeriod(db, query.periodId);
    const window = await assessmentWindow(db, period.id, ctx.now);
    return { items: await departmentAudit(db, period, window), window: windowDto(window) };
  });
  registerRoute(app, getDepartmentActivity, async ({ ctx, params, query }) => {
    const period = await auditedPeriod(db, query.periodId);
    const window = await assessmentWindow(db, period.id, ctx.now);
    return departmentActivity(db, period, params.departmentId, window);
  });
}
