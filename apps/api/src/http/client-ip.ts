import type { FastifyRequest } from 'fastify';

/** The client address as Fastify resolved it: X-Forwarded-For counts only with TRUST_PROXY_HOPS > 0. */
export const clientIp = (req: FastifyRequest) => req.ip;
