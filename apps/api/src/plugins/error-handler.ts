import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { chineseMessage, ERROR_STATUS, login, schemaIssueText, type ErrorBody, type ErrorCode, type FieldIssue, type SchemaIssueDetails } from '@jx/contract';
import { Prisma } from '@jx/db';
import { AppError, issue, t, type ErrorText } from '../lib/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { clientIp } from '../http/client-ip.ts';
import { classifyDbError } from '../lib/db-errors.ts';

/** The one shape of every error, with the one status of its code. */
function send(reply: FastifyReply, code: ErrorCode, text: ErrorText, details?: unknown, chinese?: string) {
  const body: ErrorBody = {
    error: {
      code,
      message: chinese ?? text.chinese ?? chineseMessage(text),
      key: text.key,
      ...(text.params ? { params: text.params } : {}),
      details,
      requestId: String(reply.request.id),
    },
  };
  return reply.status(ERROR_STATUS[code]).send(body);
}

function validationIssues(error: FastifyError): FieldIssue[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [issue('', t('validation.invalid'))];
  return error.validation.flatMap((v) => {
    const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    const p = v.params as SchemaIssueDetails & { keys?: string[] };
    if (v.keyword === 'unrecognized_keys') {
      return (p.keys ?? []).map((k) => issue(path ? `${path}.${k}` : k, t('validation.unknownField')));
    }
    const key = schemaIssueText(v.keyword, p);
    // The contract's own Chinese text (it names the field) stays the message; the key lets other languages say it.
    return [{ path, message: v.message ?? chineseMessage(key), key: key.key, ...(key.params ? { params: key.params } : {}) }];
  });
}

const uniqueFieldLabels: Record<string, string> = {
  code: '编码',
  username: '用户名',
  staffNo: '工号',
  year: '年度',
};

const REQUEST_PARTS: Record<string, string> = { body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' };

/** One place maps every error to `{error:{code,message,key,params,details,requestId}}`; 5xx never shows internals. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler(async (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error.status === 403 && req.actor) await auditDenied(app, req, error.message);
      return send(reply, error.code, { key: error.key, params: error.params }, error.details, error.message);
    }
    if (error.validation) {
      const issues = validationIssues(error);
      if (req.routeOptions.url === login.path) await recordMalformedLogin(app, req);
      const first = issues[0];
      const part = error.validationContext ?? 'body';
      const detail = first?.key
        ? { key: first.key, ...(first.params ? { params: first.params as Record<string, string | number> } : {}) }
        : { key: 'validation.invalid' };
      const text = first?.path
        ? t('validation.fieldInvalid', { requestPart: part, path: first.path, detail })
        : t('validation.requestInvalid', { requestPart: part, detail });
      // In Chinese the message keeps the contract's own text of the problem, which names the field.
      const chinese = `${REQUEST_PARTS[part] ?? '请求'}有误：${first?.path ? `${first.path} ` : ''}${first?.message ?? ''}`;
      return send(reply, 'VALIDATION_FAILED', text, { location: error.validationContext, issues }, chinese);
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') {
        const target = JSON.stringify(error.meta ?? {});
        const field = Object.keys(uniqueFieldLabels).find((f) => target.includes(f));
        const text = field ? t('common.duplicate', { field: uniqueFieldLabels[field]! }) : t('common.conflict');
        return send(reply, 'CONFLICT', text, field ? { issues: [issue(field, text)] } : undefined);
      }
      if (error.code === 'P2025') return send(reply, 'NOT_FOUND', t('common.notFound', { entity: 'record' }));
      if (error.code === 'P2003') return send(reply, 'CONFLICT', t('common.referenced'));
    }
    const dbError = classifyDbError(error);
    if (dbError === 'data') return send(reply, 'VALIDATION_FAILED', t('common.dataRejected'));
    if (dbError === 'unavailable') {
      req.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(reply, 'SERVICE_UNAVAILABLE', t('common.databaseUnavailable'));
    }
    if (error.statusCode === 429) return send(reply, 'RATE_LIMITED', t('common.rateLimited'));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, 'PAYLOAD_TOO_LARGE', t('common.payloadTooLarge'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, 'UNSUPPORTED_MEDIA_TYPE', t('common.unsupportedMediaType'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
      return send(reply, 'VALIDATION_FAILED', t('common.invalidRequest'));
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, 'INTERNAL', t('common.internal'));
  });

  app.setNotFoundHandler((req, reply) => send(reply, 'NOT_FOUND', t('common.routeNotFound', { method: req.method, path: req.url.split('?')[0]! })));
}

/** Every refused request leaves an audit event (its own transaction: nothing else was written). */
async function auditDenied(app: FastifyInstance, req: FastifyRequest, message: string) {
  const actor = req.actor;
  if (!actor) return;
  try {
    await app.deps.db.$transaction((tx) =>
      recordAudit(
        tx,
        { actor, ip: clientIp(req), requestId: String(req.id), now: app.deps.clock.now() },
        {
          action: `${req.method} ${req.routeOptions.url ?? req.url}`,
          objectType: 'request',
          // The record the refused request aimed at, when its path names one (the auditor looks for attempts on an account).
          objectId: typeof (req.params as { id?: unknown } | undefined)?.id === 'string' ? (req.params as { id: string }).id.slice(0, 64) : null,
          outcome: 'DENIED',
          reason: message,
        },
      ),
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
  const username =
    typeof raw === 'string'
      ? [...raw]
          .filter((ch) => ch >= ' ' && ch !== '\u007f')
          .join('')
          .trim()
          .toLowerCase()
          .slice(0, 64)
      : '';
  try {
    await app.deps.db.loginEvent.create({
      data: { username, ip: clientIp(req), userAgent: req.headers['user-agent']?.slice(0, 300) ?? null, outcome: 'FAILURE', reason: 'MALFORMED_REQUEST' },
    });
  } catch (err) {
    req.log.error({ err }, 'could not record a malformed login');
  }
}
