import { z } from 'zod';

// Validation messages in Chinese wherever a schema gives none of its own (server and browser alike).
z.config(z.locales.zhCN());

import * as auth from './routes/auth.ts';
import * as health from './routes/health.ts';
import * as units from './routes/units.ts';
import * as years from './routes/years.ts';
import * as persons from './routes/persons.ts';
import * as accounts from './routes/accounts.ts';
import * as announcements from './routes/announcements.ts';
import * as notifications from './routes/notifications.ts';
import * as settings from './routes/settings.ts';
import * as audit from './routes/audit.ts';
import * as framework from './routes/framework.ts';
import * as frameworkProposals from './routes/framework-proposals.ts';
import * as targets from './routes/targets.ts';
import * as documents from './routes/documents.ts';
import * as execution from './routes/execution.ts';
import * as reportQueue from './routes/report-queue.ts';
import * as homeQueue from './routes/home-queue.ts';
import * as targetExcel from './routes/target-excel.ts';
import * as personExcel from './routes/person-excel.ts';
import * as targetLetter from './routes/target-letter.ts';
import * as statistics from './routes/statistics.ts';
import * as rankings from './routes/rankings.ts';
import * as assessmentProcesses from './routes/assessment-processes.ts';
import * as assessmentRecords from './routes/assessment-records.ts';
import * as scoringModels from './routes/scoring-models.ts';
import * as adjustments from './routes/adjustments.ts';
import * as ratings from './routes/ratings.ts';
import * as results from './routes/results.ts';
import * as bulletins from './routes/bulletins.ts';
import * as appeals from './routes/appeals.ts';
import * as dataAudit from './routes/data-audit.ts';
import type { RouteDef } from './route.ts';

export * from './roles.ts';
export * from './errors.ts';
export * from './common.ts';
export * from './route.ts';
export * from './access.ts';
export * from './routes/auth.ts';
export * from './routes/health.ts';
export * from './routes/units.ts';
export * from './routes/years.ts';
export * from './routes/persons.ts';
export * from './routes/accounts.ts';
export * from './routes/announcements.ts';
export * from './routes/notifications.ts';
export * from './routes/settings.ts';
export * from './routes/audit.ts';
export * from './routes/framework.ts';
export * from './routes/framework-proposals.ts';
export * from './routes/targets.ts';
export * from './routes/documents.ts';
export * from './routes/execution.ts';
export * from './routes/report-queue.ts';
export * from './routes/home-queue.ts';
export * from './routes/target-excel.ts';
export * from './routes/person-excel.ts';
export * from './routes/target-letter.ts';
export * from './routes/statistics.ts';
export * from './routes/rankings.ts';
export * from './routes/assessment-processes.ts';
export * from './routes/assessment-records.ts';
export * from './routes/scoring-models.ts';
export * from './routes/adjustments.ts';
export * from './routes/ratings.ts';
export * from './routes/results.ts';
export * from './routes/bulletins.ts';
export * from './routes/appeals.ts';
export * from './routes/data-audit.ts';
export * from './weights.ts';
export * from './calendar/index.ts';
export { createApiClient, ApiError, type ApiClient, type CallOptions, type DownloadedFile, type Localize } from './client.ts';
export * from './messages/index.ts';

function isRoute(v: unknown): v is RouteDef {
  return typeof v === 'object' && v !== null && 'id' in v && 'method' in v && 'path' in v && 'access' in v;
}

/** Every endpoint of the API, exactly once. The server registers from it; the authorization test iterates it. */
export const ROUTES: readonly RouteDef[] = [
  health,
  auth,
  units,
  years,
  persons,
  personExcel,
  accounts,
  announcements,
  settings,
  audit,
  framework,
  frameworkProposals,
  targets,
  targetExcel,
  targetLetter,
  execution,
  reportQueue,
  homeQueue,
  documents,
  notifications,
  statistics,
  rankings,
  assessmentProcesses,
  assessmentRecords,
  scoringModels,
  adjustments,
  ratings,
  results,
  bulletins,
  appeals,
  dataAudit,
]
  .flatMap((mod) => Object.values(mod))
  .filter(isRoute);
export * from './input-guard.ts';
export * from './workflow/index.ts';
export * from './policy/index.ts';
