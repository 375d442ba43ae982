import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { SerializedJson } from './serialized-json.ts';

/** Below this a kept answer goes out plain: compressing it would save less than its headers cost. */
const COMPRESS_FROM_BYTES = 1024;

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
 * The bytes to send for an answer written once (`serialized-json.ts`) to a client with this Accept-Encoding. A kept
 * answer of 1 kB or more goes out compressed once in the best encoding the client takes (and varies on the header); an
 * answer sent once goes out as it is. A leader's heat map of 150 units is 170 kB of JSON; every browser asks for
 * compression, so the cost of moving it is paid once.
 */
export function keptEncoding(answer: SerializedJson, acceptEncoding: string | undefined): { bytes: Buffer; encoding: Encoding | null; varies: boolean } {
  const body = answer.body;
  const varies = answer.kept && body.length >= COMPRESS_FROM_BYTES;
  const encoding = varies && acceptEncoding ? negotiator.negotiate(acceptEncoding) : null;
  if (!encoding) return { bytes: body, encoding: null, varies };
  let copy = copies[encoding].get(body);
  if (!copy) copies[encoding].set(body, (copy = encoders[encoding](body)));
  return { bytes: copy, encoding, varies };
}
