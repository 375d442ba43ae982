import type { z } from 'zod';
import type { RouteDef } from './route.ts';
import type { ErrorBody, ErrorCode, FieldIssue } from './errors.ts';
import type { LocalizedText, MessageParams } from './messages/index.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
  }
  /** Field issues of a VALIDATION_FAILED error, keyed by dotted path. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const issues = (this.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
    for (const i of issues) out[i.path] ??= i.message;
    return out;
  }
}

/**
 * Says an error's text in the user's language: given the key and parameters the server sent and its Chinese text,
 * returns what to show (the Chinese text when the catalogue has nothing better).
 */
export type Localize = (text: LocalizedText, chinese: string) => string;

/** The error as the user should read it: its message and every field issue through `localize`. */
function localized(body: ErrorBody['error'], localize: Localize | undefined): { message: string; details: unknown } {
  if (!localize) return { message: body.message, details: body.details };
  const say = (t: { message: string; key?: string; params?: MessageParams }) =>
    t.key ? localize({ key: t.key as LocalizedText['key'], params: t.params }, t.message) : t.message;
  const details = body.details as { issues?: FieldIssue[] } | undefined;
  return {
    message: say(body),
    details: details?.issues ? { ...details, issues: details.issues.map((i) => ({ ...i, message: say(i) })) } : body.details,
  };
}

type Input<S> = S extends z.ZodType ? z.input<S> : never;

export interface CallOptions<R extends RouteDef> {
  params?: Input<NonNullable<R['params']>>;
  query?: Partial<Input<NonNullable<R['query']>>>;
  body?: Input<NonNullable<R['body']>>;
  /** The body of a `multipart` route: the file part and its text fields. */
  formData?: FormData;
  signal?: AbortSignal;
}

/** What a `binary` route returns: the file's bytes and the name the server gave it (Content-Disposition). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/** The file name of a Content-Disposition header, preferring the RFC 5987 `filename*` form. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      /* fall through to the plain form */
    }
  }
  const plain = /filename="?([^";]+)"?/.exec(header);
  return plain ? plain[1]!.trim() : null;
}

export interface ClientConfig {
  baseUrl?: string;
  getToken?: () => string | null;
  /** Called on 401; return true when the token was refreshed and the call should be retried once. */
  onUnauthorized?: () => Promise<boolean>;
  fetch?: typeof fetch;
  /** Puts server errors into the user's language (the web app's catalogues); without it they stay Chinese. */
  localize?: Localize;
}

function buildPath(path: string, params: Record<string, string> | undefined, query: Record<string, unknown> | undefined) {
  let out = path.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(String(params?.[k] ?? '')));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  if (s) out += `?${s}`;
  return out;
}

export function createApiClient(config: ClientConfig = {}) {
  const doFetch = config.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  async function call<R extends RouteDef>(route: R, opts: CallOptions<R> = {} as CallOptions<R>, retried = false): Promise<z.output<R['response']>> {
    const headers: Record<string, string> = {};
    const token = config.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    if (opts.body !== undefined && !opts.formData) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch((config.baseUrl ?? '') + buildPath(route.path, opts.params as Record<string, string>, opts.query as Record<string, unknown>), {
        method: route.method,
        headers,
        body: opts.formData ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
        credentials: 'include',
        signal: opts.signal,
      });
    } catch {
      throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络');
    }
    if (res.status === 401 && !retried && config.onUnauthorized && route.access !== 'public') {
      if (await config.onUnauthorized()) return call(route, opts, true);
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as ErrorBody | null;
      if (!body?.error) throw new ApiError(res.status, 'INTERNAL', `请求失败（${res.status}）`);
      const { message, details } = localized(body.error, config.localize);
      throw new ApiError(res.status, body.error.code, message, details, body.error.requestId);
    }
    if (res.status === 204) return undefined as z.output<R['response']>;
    if (route.binary) {
      const file: DownloadedFile = { blob: await res.blob(), fileName: fileNameFromDisposition(res.headers.get('content-disposition')) };
      return file as z.output<R['response']>;
    }
    return (await res.json()) as z.output<R['response']>;
  }
  return { call };
}
export type ApiClient = ReturnType<typeof createApiClient>;
