import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** A whole number from `min` to `max`, with one message for any value that is not. */
function integer(name: string, min: number, max: number) {
  const message = `${name} 应为 ${min}–${max} 的整数`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** demo: seeds the demo province and its accounts into an empty database; production: never. */
  APP_MODE: z.enum(['demo', 'production']).default('demo'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is not set. */
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL 必须是 postgresql:// 地址' }).optional(),
  /**
   * With DATABASE_URL: the API connects with this URL, as a role that cannot rewrite the audit log (decision 0003);
   * migrations still use DATABASE_URL, and each start re-applies the role's grants. Without it the API uses DATABASE_URL.
   */
  APP_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'APP_DATABASE_URL 必须是 postgresql:// 地址' }).optional(),
  /** Connections of each HTTP worker's pool: an instance opens up to WEB_CONCURRENCY × this, plus a few for background work. */
  DATABASE_POOL_SIZE: integer('DATABASE_POOL_SIZE', 1, 100).default(10),
  /** PostgreSQL cancels the app's statements running longer than this (milliseconds; 0: the server's own setting). */
  DATABASE_STATEMENT_TIMEOUT_MS: integer('DATABASE_STATEMENT_TIMEOUT_MS', 0, 3_600_000).default(0),
  /** HTTP worker processes of this instance (Node's cluster module); default one per CPU core, 1: a single process. */
  WEB_CONCURRENCY: integer('WEB_CONCURRENCY', 1, 64).default(() => Math.min(availableParallelism(), 64)),
  /** HS256 secret for access tokens. Required (≥ 32 characters) in production mode; demo mode derives one per data dir. */
  JWT_SECRET: z.string().min(32, 'JWT_SECRET 至少 32 个字符').optional(),
  /** Set when served over HTTPS so the refresh cookie is marked Secure. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Trust X-Forwarded-For from this many proxy hops (0: ignore it, use the socket address). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  /** Where uploaded Word documents are kept: `local` (disk of this machine) or `s3` (an S3-compatible bucket, the S3_* below). */
  DOCUMENT_STORAGE: z.enum(['local', 's3'], { error: 'DOCUMENT_STORAGE 只能是 local 或 s3' }).default('local'),
  /** An S3-compatible service such as MinIO (`http://minio:9000`); absent: AWS S3 of S3_REGION. */
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'S3_ENDPOINT 必须是 http:// 或 https:// 地址' })
    .refine((v) => !new URL(v).username && !new URL(v).password, 'S3_ENDPOINT 不能包含用户名或密码（请用 S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY）')
    .optional(),
  S3_REGION: z.string().trim().min(1, 'S3_REGION 不能为空').default('us-east-1'),
  /** Required with DOCUMENT_STORAGE=s3; the bucket must exist (the app never creates it). */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET 应为 3–63 位小写字母、数字、点或连字符，且以字母或数字开头和结尾')
    .optional(),
  /** Key folder inside the bucket (`jx/documents`); leading and trailing slashes are dropped. */
  S3_PREFIX: z
    .string()
    .transform((v) => v.replace(/^\/+|\/+$/g, ''))
    .refine((v) => !/\/\/|(^|\/)\.\.?(\/|$)/.test(v), 'S3_PREFIX 不能包含空段、. 或 ..')
    .transform((v) => v || undefined)
    .optional(),
  /** Both or neither; neither: the SDK's default chain (AWS_* variables, shared config, instance or task role). */
  S3_ACCESS_KEY_ID: z.string().min(1, 'S3_ACCESS_KEY_ID 不能为空').optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1, 'S3_SECRET_ACCESS_KEY 不能为空').optional(),
  /** `true` for MinIO and most self-hosted stores (bucket in the path, not in the host name). */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: 'S3_FORCE_PATH_STYLE 只能是 true 或 false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** Folder of the local document store (default `<DATA_DIR>/documents`); relative paths are from the repository root. */
  DOCUMENTS_DIR: z.string().trim().min(1, 'DOCUMENTS_DIR 不能为空').optional(),
  /**
   * Append-only JSON-lines file of audit chain-head anchors (decision 0003), default `<DATA_DIR>/audit-anchors.jsonl`;
   * relative paths are from the repository root. Point it at a log that is shipped off this machine.
   */
  AUDIT_ANCHOR_FILE: z.string().trim().min(1, 'AUDIT_ANCHOR_FILE 不能为空').optional(),
  /**
   * Tests only: the server's clock starts at this instant (ISO 8601 with offset) and runs on from there, and the demo
   * seed is written as of it, so a test run sees the same 本期, due days and warnings on any calendar day.
   */
  CLOCK_START: z.iso
    .datetime({ offset: true, error: 'CLOCK_START 应为带时区的 ISO 时间，例如 2026-09-15T10:00:00+08:00' })
    .transform((v) => new Date(v))
    .optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/** Reads and validates the environment once at boot; a bad value stops the server with a readable message. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量配置有误：\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.APP_MODE === 'production' && !env.JWT_SECRET) {
    throw new Error('环境变量配置有误：\n  JWT_SECRET: 生产模式必须设置（至少 32 个字符）');
  }
  if (env.APP_MODE === 'production' && env.CLOCK_START) {
    throw new Error('环境变量配置有误：\n  CLOCK_START: 仅用于测试，生产模式不能设置');
  }
  const storageProblem = documentStorageProblem(env);
  if (storageProblem) throw new Error(`环境变量配置有误：\n  ${storageProblem}`);
  if (env.APP_DATABASE_URL) {
    const problem = appDatabaseUrlProblem(env.APP_DATABASE_URL, env.DATABASE_URL);
    if (problem) throw new Error(`环境变量配置有误：\n  APP_DATABASE_URL: ${problem}`);
  }
  return env;
}

/** The S3 settings come as a whole, and only with DOCUMENT_STORAGE=s3 (a forgotten switch would keep documents on one machine). */
function documentStorageProblem(env: Env): string | null {
  if (env.DOCUMENT_STORAGE === 's3') {
    if (!env.S3_BUCKET) return 'S3_BUCKET: DOCUMENT_STORAGE=s3 时必须设置';
    if (env.DOCUMENTS_DIR) return 'DOCUMENTS_DIR: 仅用于本地存储，DOCUMENT_STORAGE=s3 时不能设置';
    if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) return 'S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: 须同时设置，或都不设置（使用默认凭证链）';
    return null;
  }
  const stray = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_PREFIX', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).find((k) => env[k] !== undefined);
  return stray ? `${stray}: 仅在 DOCUMENT_STORAGE=s3 时使用，当前为 local` : null;
}

function appDatabaseUrlProblem(appUrl: string, ownerUrl: string | undefined): string | null {
  if (!ownerUrl) return '需要同时设置 DATABASE_URL（迁移以数据库所有者身份运行）；内置数据库自动使用应用角色';
  const app = new URL(appUrl);
  if (!app.username) return '必须包含用户名（应用数据库角色）';
  if (app.username === new URL(ownerUrl).username) return '用户名不能与 DATABASE_URL 相同（应用角色不能是数据库所有者）';
  return null;
}
