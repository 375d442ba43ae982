import type { FastifyInstance } from 'fastify';
import { ROUTES } from '@jx/contract';
import { healthRoutes } from './health/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { unitRoutes } from './units/routes.ts';
import { yearRoutes } from './years/routes.ts';
import { assessmentRoutes } from './assessment/routes.ts';
import { personRoutes } from './persons/routes.ts';
import { personExcelRoutes } from './persons/excel/routes.ts';
import { accountRoutes } from './accounts/routes.ts';
import { announcementRoutes } from './announcements/routes.ts';
import { settingRoutes } from './settings/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { frameworkRoutes } from './framework/routes.ts';
import { targetRoutes } from './targets/routes.ts';
import { targetExcelRoutes } from './targets/excel/routes.ts';
import { responsibilityLetterRoutes } from './targets/letter/routes.ts';
import { documentRoutes } from './documents/routes.ts';
import { executionRoutes } from './execution/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { statisticsRoutes } from './statistics/routes.ts';
import { conditionalGet } from '../plugins/conditional-get.ts';
import { resultRoutes } from './results/routes.ts';
import { bulletinRoutes } from './bulletins/routes.ts';
import { appealRoutes } from './appeals/routes.ts';
import { dataAuditRoutes } from './data-audit/routes.ts';
import { homeQueueRoutes } from './home/routes.ts';

export async function registerModules(app: FastifyInstance) {
  healthRoutes(app);
  authRoutes(app);
  unitRoutes(app);
  yearRoutes(app);
  assessmentRoutes(app);
  personRoutes(app);
  personExcelRoutes(app);
  accountRoutes(app);
  announcementRoutes(app);
  settingRoutes(app);
  auditRoutes(app);
  frameworkRoutes(app);
  targetRoutes(app);
  targetExcelRoutes(app);
  responsibilityLetterRoutes(app);
  await documentRoutes(app);
  executionRoutes(app);
  notificationRoutes(app);
  await app.register(async (analysis) => {
    await conditionalGet(analysis);
    statisticsRoutes(analysis);
  });
  resultRoutes(app);
  bulletinRoutes(app);
  appealRoutes(app);
  dataAuditRoutes(app);
  homeQueueRoutes(app);
  const missing = ROUTES.filter((r) => !app.deps.registeredRouteIds.has(r.id)).map((r) => `${r.method} ${r.path}`);
  if (missing.length) {
    throw new Error(`contract routes without a handler: ${missing.join(', ')}`);
  }
}
