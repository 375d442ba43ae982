import type { z } from 'zod';
import type { Role } from './roles.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. `public`: anyone; `authenticated`: any signed-in account; otherwise the listed roles.
 * An account that must still change its password or enrol a second factor reaches only `securitySetup` routes.
 * Data scope inside a permitted route is the service's business (auth/scope.ts).
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export interface RouteDef<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Reachable while the account must still change its password or set up its second factor. */
  securitySetup?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Status of a success (default 200). */
  status?: 200 | 201 | 204;
  /**
   * The request is `multipart/form-data` (no JSON body): one file part named `file` of at most `maxBytes`, plus the
   * text fields that `fields` validates. The handler reads the parts itself (apps/api modules/documents).
   */
  multipart?: { file: string; maxBytes: number; fields: z.ZodType };
  /** The success response is a file with this content type (sent as bytes with its own headers), not JSON. */
  binary?: { contentType: string };
}

export function defineRoute<
  P extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
  R extends z.ZodType = z.ZodType,
>(def: RouteDef<P, Q, B, R>): RouteDef<P, Q, B, R> {
  return def;
}

export type ParamsOf<T> = T extends RouteDef<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.input<P> : never;
export type QueryOf<T> = T extends RouteDef<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.input<Q> : never;
export type BodyOf<T> = T extends RouteDef<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never;
export type ResponseOf<T> = T extends RouteDef<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never;
