import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { RouteDef } from '@jx/contract';
import type { RequestContext } from '../lib/context.ts';
import { authenticate } from '../auth/guard.ts';
import { clientIp } from './client-ip.ts';
import { SerializedJson } from './serialized-json.ts';
import { keptEncoding } from './kept-encoding.ts';

type In<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<R extends RouteDef> {
  params: In<NonNullable<R['params']>>;
  query: In<NonNullable<R['query']>>;
  body: In<NonNullable<R['body']>>;
  /** Present on every route that is not public. */
  ctx: RequestContext;
  req: FastifyRequest;
  reply: FastifyReply;
}

type Answer<R extends RouteDef> = z.input<R['response']> | SerializedJson;
export type Handler<R extends RouteDef> = (input: HandlerInput<R>) => Promise<Answer<R>> | Answer<R>;

/**
 * Registers one contract route: validation of params/query/body and of the response from the contract's zod
 * schemas, the access check from `route.access`, and a RequestContext for the handler.
 */
export function registerRoute<R extends RouteDef>(app: FastifyInstance, route: R, handler: Handler<R>, extra: { config?: object } = {}) {
  const status = route.status ?? 200;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: route.method,
    url: route.path,
    config: { ...extra.config, routeId: route.id },
    schema: {
      summary: route.summary,
      tags: [route.tag],
      ...(route.params ? { params: route.params } : {}),
      ...(route.query ? { querystring: route.query } : {}),
      ...(route.body ? { body: route.body } : {}),
      response: { [status]: route.response },
      ...(route.access === 'public' ? {} : { security: [{ bearerAuth: [] }] }),
    },
    // Authentication runs before body validation so an anonymous caller learns nothing about the schema.
    onRequest: async (req) => {
      req.actor = null;
      if (route.access !== 'public') await authenticate(req, app.deps, route);
    },
    handler: async (req, reply) => {
      const ctx = {
        actor: req.actor,
        ip: clientIp(req),
        requestId: req.id,
        userAgent: req.headers['user-agent'] ?? null,
        now: app.deps.clock.now(),
      } as RequestContext;
      const result = await handler({
        params: req.params as In<NonNullable<R['params']>>,
        query: req.query as In<NonNullable<R['query']>>,
        body: req.body as In<NonNullable<R['body']>>,
        ctx,
        req,
        reply,
      });
      reply.status(status);
      // Bytes go out as they are (or their compressed copy), past the response serializer.
      if (result instanceof SerializedJson) {
        const { bytes, encoding, varies } = keptEncoding(result, req.headers['accept-encoding']);
        if (varies) reply.header('vary', 'accept-encoding');
        if (encoding) reply.header('content-encoding', encoding);
        return reply.type('application/json; charset=utf-8').send(bytes);
      }
      return result;
    },
  });
  app.deps.registeredRouteIds.add(route.id);
}
