import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { AUDITOR } from '../access.ts';
import { DateTimeString, PageQuery, pageOf } from '../common.ts';

export const AuditEventSchema = z.object({
  seq: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  outcome: z.enum(['SUCCESS', 'DENIED']),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const listAuditEvents = defineRoute({
  id: 'audit.events',
  method: 'GET',
  path: '/api/audit/events',
  summary: '操作审计日志',
  tag: 'audit',
  access: AUDITOR,
  query: z.strictObject({
    ...PageQuery,
    order: PageQuery.order.default('desc'),
    actor: z.string().trim().max(64).optional(),
    action: z.string().trim().max(64).optional(),
    objectType: z.string().trim().max(64).optional(),
    objectId: z.string().trim().max(64).optional(),
    outcome: z.enum(['SUCCESS', 'DENIED']).optional(),
    from: DateTimeString.optional(),
    to: DateTimeString.optional(),
  }),
  response: pageOf(AuditEventSchema),
});

export const listAuditorAccountEvents = defineRoute({
  id: 'audit.auditorAccounts',
  method: 'GET',
  path: '/api/audit/auditor-accounts',
  summary: '安全审计员账户的变动与被拒绝的尝试（三员分立，最近 20 条）',
  tag: 'audit',
  access: AUDITOR,
  response: z.object({ items: z.array(AuditEventSchema) }),
});

/** The first chain-head anchor (outside the database) that the database no longer agrees with. */
export const AnchorProblemSchema = z.object({
  /** Line of the anchor file (1-based). */
  line: z.int(),
  /** The anchored seq; null when the line could not be parsed. */
  seq: z.string().nullable(),
  kind: z.enum(['MISSING', 'HASH_MISMATCH', 'MALFORMED']),
  message: z.string(),
});
export type AnchorProblem = z.infer<typeof AnchorProblemSchema>;

export const AuditVerifySchema = z.object({
  /** False when the chain is broken or an anchor does not match. */
  ok: z.boolean(),
  checked: z.int(),
  /** The first row whose stored hash does not match its content or its predecessor. */
  firstBrokenSeq: z.string().nullable(),
  problem: z.string().nullable(),
  /** Chain heads recorded outside the database: catch deleted tails and rewritten-and-rehashed chains. */
  anchors: z.object({
    /** Anchors that matched the database. */
    checked: z.int(),
    /** The highest anchored seq; null when there are no anchors yet. */
    lastAnchoredSeq: z.string().nullable(),
    problem: AnchorProblemSchema.nullable(),
  }),
  verifiedAt: z.string(),
});

export const verifyAudit = defineRoute({
  id: 'audit.verify',
  method: 'POST',
  path: '/api/audit/verify',
  summary: '校验审计日志哈希链',
  tag: 'audit',
  access: AUDITOR,
  response: AuditVerifySchema,
});

export const LOGIN_REASON_LABELS: Record<string, string> = {
  OK: '登录成功',
  UNKNOWN_USER: '用户名不存在',
  BAD_PASSWORD: '密码错误',
  BAD_PASSWORD_LOCKED: '密码错误，账户被锁定',
  LOCKED: '账户锁定中',
  DISABLED: '账户已停用',
  MFA_REQUIRED: '待输入动态口令',
  BAD_TOTP: '动态口令错误',
  BAD_TOTP_LOCKED: '动态口令错误，账户被锁定',
  TOTP_REPLAY: '动态口令重复使用',
  RATE_LIMITED: '请求过于频繁',
  MALFORMED_REQUEST: '请求格式不正确',
};

export const LoginEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string(),
  accountId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  outcome: z.enum(['SUCCESS', 'FAILURE']),
  reason: z.string(),
});
export type LoginEvent = z.infer<typeof LoginEventSchema>;

export const listLoginEvents = defineRoute({
  id: 'audit.logins',
  method: 'GET',
  path: '/api/audit/logins',
  summary: '登录日志',
  tag: 'audit',
  access: AUDITOR,
  query: z.strictObject({
    ...PageQuery,
    order: PageQuery.order.default('desc'),
    username: z.string().trim().max(64).optional(),
    outcome: z.enum(['SUCCESS', 'FAILURE']).optional(),
    ip: z.string().trim().max(64).optional(),
    from: DateTimeString.optional(),
    to: DateTimeString.optional(),
  }),
  response: pageOf(LoginEventSchema),
});
