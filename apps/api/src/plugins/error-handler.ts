import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { login, type ErrorBody, type ErrorCode, type FieldIssue } from '@jx/contract';
import { Prisma } from '@jx/db';
import { AppError } from '../lib/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { clientIp } from '../http/client-ip.ts';
import { classifyDbError } from '../lib/db-errors.ts';

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string, details?: unknown) {
  const body: ErrorBody = { error: { code, message, details, requestId: String(reply.request.id) } };
  return reply.status(status).send(body);
}

function validationIssues(error: FastifyError): FieldIssue[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [{ path: '', message: error.message }];
  return error.validation.flatMap((v) => {
    const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    if (v.keyword === 'unrecognized_keys') {
      const keys = ((v.params as { keys?: string[] }).keys ?? []);
      return keys.map((k) => ({ path: path ? `${path}.${k}` : k, message: '不允许的字段' }));
    }
    return [{ path, message: v.message ?? '输入有误' }];
  });
}

const uniqueFieldLabels: Record<string, string> = {
  code: '编码',
  username: '用户名',
  staffNo: '工号',
  year: '年度',
};

/** One place maps every error to `{error:{code,message,details,requestId}}`; 5xx never shows internals. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler(async (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error.status === 403 && req.actor) await auditDenied(app, req, error.message);
      return send(reply, error.status, error.code, error.message, error.details);
    }
    if (error.validation) {
      const issues = validationIssues(error);
      if (req.routeOptions.url === login.path) await recordMalformedLogin(app, req);
      const where = ({ body: '请求内容', querystring: '查询参数', params: '路径参数' } as Record<string, string>)[error.validationContext ?? 'body'] ?? '请求';
      return send(reply, 400, 'VALIDATION_FAILED', `${where}有误：${issues[0]?.path ? `${issues[0].path} ` : ''}${issues[0]?.message ?? ''}`, {
        location: error.validationContext,
        issues,
      });
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') {
        const target = JSON.stringify(error.meta ?? {});
        const field = Object.keys(uniqueFieldLabels).find((f) => target.includes(f));
        const message = field ? `${uniqueFieldLabels[field]}已存在` : '记录已存在';
        return send(reply, 409, 'CONFLICT', message, field ? { issues: [{ path: field, message }] } : undefined);
      }
      if (error.code === 'P2025') return send(reply, 404, 'NOT_FOUND', '记录不存在');
      if (error.code === 'P2003') return send(reply, 409, 'CONFLICT', '关联的记录不存在或仍被引用');
    }
    const dbError = classifyDbError(error);
    if (dbError === 'data') return send(reply, 400, 'VALIDATION_FAILED', '输入的值无法保存（格式或范围不符合要求）');
    if (dbError === 'unavailable') {
      req.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(reply, 503, 'SERVICE_UNAVAILABLE', '数据库暂时不可用，请稍后重试');
    }
    if (error.statusCode === 429) return send(reply, 429, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, 413, 'PAYLOAD_TOO_LARGE', '请求内容过大');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
      return send(reply, error.statusCode, 'VALIDATION_FAILED', '请求格式有误');
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', '服务器内部错误，请稍后重试或联系管理员');
  });

  app.setNotFoundHandler((req, reply) => send(reply, 404, 'NOT_FOUND', `接口不存在：${req.method} ${req.url.split('?')[0]}`));
}

/** Every refused request leaves an audit event (its own transaction: nothing else was written). */
async function auditDenied(app: FastifyInstance, req: FastifyRequest, message: string) {
  const actor = req.actor;
  if (!actor) return;
  try {
    await app.deps.db.$transaction((tx) =>
      recordAudit(tx, { actor, ip: clientIp(req), requestId: String(req.id), now: app.deps.clock.now() }, {
        action: `${req.method} ${req.routeOptions.url ?? req.url}`,
        objectType: 'request',
        // The record the refused request aimed at, when its path names one (the auditor looks for attempts on an account).
        objectId: typeof (req.params as { id?: unknown } | undefined)?.id === 'string' ? (req.params as { id: string }).id.slice(0, 64) : null,
        outcome: 'DENIED',
        reason: message,
      }),
    );
  } catch (err) {
    req.log.error({ err }, 'could not audit a denied request');
  }
}

/**
 * A login request the contract refused (a malformed or hostile body) is still an attempt the login log must show; the
 * name is kept as far as it is printable.
 */
async function recordMalformedLogin(app: FastifyInstance, req: FastifyRequest) {
  const raw = (req.body as { username?: unknown } | null)?.username;
  const username = typeof raw === 'string' ? [...raw].filter((ch) => ch >= ' ' && ch !== '\u007f').join('').trim().toLowerCase().slice(0, 64) : '';
  try {
    await app.deps.db.loginEvent.create({
      data: { username, ip: clientIp(req), userAgent: req.headers['user-agent']?.slice(0, 300) ?? null, outcome: 'FAILURE', reason: 'MALFORMED_REQUEST' },
    });
  } catch (err) {
    req.log.error({ err }, 'could not record a malformed login');
  }
}
