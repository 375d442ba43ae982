import type { Actor } from './lib/context.ts';
import type { Db } from './lib/db.ts';
import type { Clock } from './lib/clock.ts';
import type { SettingsStore } from './modules/settings/settings.store.ts';
import type { SecretCipher } from './auth/secret-cipher.ts';
import type { DocumentStorage, DocumentStorageConfig } from './modules/documents/storage/index.ts';
import type { SummaryRuns } from './modules/results/summary-worker.ts';
import type { ChangeFeed } from './lib/changes/change-feed.ts';
import type { SessionCache } from './auth/session-cache.ts';
import type { ReadCache } from './lib/changes/read-cache.ts';

export interface AppConfig {
  jwtSecret: string;
  cookieSecure: boolean;
  trustProxyHops: number;
  loginRateLimitPerMinute: number;
  logLevel: string;
  /** Production mode: SYS_ADMIN, PERF_OFFICE and AUDITOR must use a second factor. */
  requireMfaForPrivileged: boolean;
  /** Built web app to serve at /, when present. */
  webDist?: string;
  /** Where uploaded Word documents go; absent (tests): a fresh temporary folder. */
  documentStorage?: DocumentStorageConfig;
  /** Append-only file of audit chain-head anchors (decision 0003); absent (tests): no anchoring. */
  auditAnchorFile?: string;
}

/** What every route and service may use; built once per app (tests build one per test file). */
export interface AppDeps {
  db: Db;
  clock: Clock;
  settings: SettingsStore;
  /** Encrypts what the database keeps secret (TOTP secrets, a session's successor token). */
  secrets: SecretCipher;
  config: AppConfig;
  /** The originals of uploaded Word documents (工作文档). */
  documents: DocumentStorage;
  /** The worker of 批量自动汇总 runs (decision 0019). */
  summaryRuns: SummaryRuns;
  /** What this process has heard of the database's changes, and what it keeps in memory because of it (decision 0026). */
  changes: ChangeFeed;
  sessionCache: SessionCache;
  readCache: ReadCache;
  /** Filled by registerRoute; boot fails if a contract route has no handler. */
  registeredRouteIds: Set<string>;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
