import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';

/** Below this a kept answer goes out plain: compressing it would save less than its headers cost. */
export const COMPRESS_FROM_BYTES = 1024;

type Encoding = 'br' | 'gzip';
const negotiator = new Negotiator<Encoding>({ supportedValues: ['br', 'gzip'] });
const encoders: Record<Encoding, (body: Buffer) => Buffer> = {
  // Quality 5: within a few per cent of the best ratio on JSON, at a fraction of its time.
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};
// Keyed by the kept bytes: a copy lives as long as the read cache keeps its answer, and is made once.
const copies: Record<Encoding, WeakMap<Buffer, Buffer>> = { br: new WeakMap(), gzip: new WeakMap() };

/**
 * The bytes to send for a kept answer (`serialized-json.ts`) to a client with this Accept-Encoding: the answer
 * compressed once in the best encoding the client takes, or as it is. A leader's heat map of 150 units is 170 kB of
 * JSON and a few kB compressed; every browser asks for compression, so the cost of moving it is paid once.
 */
export function keptEncoding(body: Buffer, acceptEncoding: string | undefined): { bytes: Buffer; encoding: Encoding | null } {
  const encoding = body.length >= COMPRESS_FROM_BYTES && acceptEncoding ? negotiator.negotiate(acceptEncoding) : null;
  if (!encoding) return { bytes: body, encoding: null };
  let copy = copies[encoding].get(body);
  if (!copy) copies[encoding].set(body, (copy = encoders[encoding](body)));
  return { bytes: copy, encoding };
}
