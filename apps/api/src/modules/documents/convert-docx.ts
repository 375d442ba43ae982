import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ERROR_MESSAGES, type ErrorMessageKey, type MessageParams } from '@jx/contract';
import { t, type ErrorText } from '../../lib/errors.ts';
import { detail, hasZipMagic, notDocx } from './archive.ts';
import type { DocxConversion } from './convert.ts';
import { DocumentConversionLimitError, DocumentRejectedError, DocumentTooLargeError, isDocxRejectReason, rejected } from './errors.ts';
import { safeDocxFileName, storedDocxName } from './file-name.ts';
import { formatBytes, resolveDocxLimits, type DocxLimits } from './limits.ts';
import type { WorkerInput, WorkerOutput } from './worker.ts';

export interface ConvertedDocx extends DocxConversion {
  /** Generated storage name (uuid + .docx); the original bytes are stored under it, never under the user's name. */
  storedName: string;
  /** The user's name reduced to a safe display/download name (see safeDocxFileName). */
  safeFileName: string;
  /** Hex SHA-256 of the uploaded bytes. */
  sha256: string;
}

/** How many conversion workers may run at once in this process; later calls wait for a slot. */
export const MAX_CONCURRENT_CONVERSIONS = 2;

const requireFromHere = createRequire(import.meta.url);
const WORKER_FILE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** Defined by the production build (apps/api/build.ts): the compiled worker beside the bundle. Undefined from source. */
declare const COMPILED_DOCX_WORKER: string | undefined;
const compiledWorker = typeof COMPILED_DOCX_WORKER === 'string' ? new URL(COMPILED_DOCX_WORKER, import.meta.url) : null;

/**
 * The worker is TypeScript and the API runs under tsx. On Node 20 the ESM loader hooks that `tsx` registers
 * (`--import tsx`, `module.register`) do not reach worker threads, so `new Worker(new URL('./worker.ts', …))`
 * fails with ERR_UNKNOWN_FILE_EXTENSION — under the tsx CLI and under vitest alike. The worker therefore starts as a
 * tiny CommonJS eval script that installs tsx's CommonJS hook (`tsx/cjs`, the documented `--require tsx/cjs` entry,
 * resolved from this package) and then requires worker.ts, which tsx compiles on the fly. It does not depend on the
 * parent's execArgv, so it behaves the same under `tsx src/server.ts`, vitest and plain node.
 */
function workerBootstrap(): string {
  const tsxCjs = requireFromHere.resolve('tsx/cjs');
  return `require(${JSON.stringify(tsxCjs)});\nrequire(${JSON.stringify(WORKER_FILE)});\n`;
}

const activeWorkers = new Set<Worker>();

/** Conversion workers currently alive in this process (for tests and health checks). */
export function activeConversionWorkers(): number {
  return activeWorkers.size;
}

let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  while (running >= MAX_CONCURRENT_CONVERSIONS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function conversionFailed(): DocumentRejectedError {
  return rejected('CONVERSION_FAILED', t('documents.conversionFailed'));
}

/** The worker's refusal as it said it: its catalogued text when it names a key of ours, else its Chinese message. */
function workerText(message: { message: string; key?: string; params?: MessageParams }): ErrorText {
  return typeof message.key === 'string' && Object.hasOwn(ERROR_MESSAGES, message.key)
    ? { key: message.key as ErrorMessageKey, ...(message.params ? { params: message.params } : {}) }
    : { key: 'documents.conversionFailed', chinese: String(message.message) };
}

function runWorker(bytes: Buffer, limits: DocxLimits): Promise<DocxConversion> {
  return new Promise((resolve, reject) => {
    // A private copy is transferred, so the caller's buffer stays usable and nothing is shared with the worker.
    const copy = new ArrayBuffer(bytes.length);
    new Uint8Array(copy).set(bytes);
    const workerData: WorkerInput = { bytes: copy, limits };
    const worker = new Worker(compiledWorker ?? workerBootstrap(), {
      eval: !compiledWorker,
      workerData,
      transferList: [copy],
      execArgv: [],
      env: {}, // no database URL, secrets or other configuration inside the worker
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
      },
    });
    activeWorkers.add(worker);
    worker.once('exit', () => activeWorkers.delete(worker));

    let settled = false;
    const settle = (outcome: { value: DocxConversion } | { error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // The worker is gone before the caller hears back, whatever happened.
      void worker
        .terminate()
        .catch(() => undefined)
        .then(() => {
          activeWorkers.delete(worker);
          if ('value' in outcome) resolve(outcome.value);
          else reject(outcome.error);
        });
    };

    const timer = setTimeout(() => {
      settle({
        error: new DocumentConversionLimitError('TIMEOUT', t('documents.conversionTimeout', { seconds: Math.round(limits.timeoutMs / 100) / 10 })),
      });
    }, limits.timeoutMs);

    worker.on('message', (message: WorkerOutput) => {
      if (message?.ok === true && typeof message.result?.html === 'string') {
        settle({ value: message.result });
      } else if (message?.ok === false && message.rejected && isDocxRejectReason(message.reason)) {
        settle({ error: new DocumentRejectedError(message.reason, workerText(message)) });
      } else {
        settle({ error: conversionFailed() });
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle({
          error: new DocumentConversionLimitError('OUT_OF_MEMORY', t('documents.conversionOutOfMemory', { megabytes: limits.maxOldGenerationSizeMb })),
        });
      } else {
        settle({ error: Object.assign(conversionFailed(), { cause: err }) });
      }
    });
    worker.on('exit', () => settle({ error: conversionFailed() }));
  });
}

/**
 * Converts an uploaded Word document to sanitised HTML (DESIGN.md §5 Uploads). The main thread only checks the
 * size and the zip magic, hashes the bytes and names the file; unzipping, conversion and sanitising happen in a
 * worker with a memory limit and a timeout (see convert.ts / archive.ts for the rules). Throws
 * DocumentRejectedError (400 VALIDATION_FAILED, `details.reason`) or DocumentTooLargeError (413).
 */
export async function convertDocx(input: { bytes: Buffer; fileName: string }, limitOverrides?: Partial<DocxLimits>): Promise<ConvertedDocx> {
  const limits = resolveDocxLimits(limitOverrides);
  const { bytes } = input;
  if (!Buffer.isBuffer(bytes)) throw new TypeError('convertDocx: bytes must be a Buffer');
  if (bytes.length > limits.maxUploadBytes) {
    throw new DocumentTooLargeError(t('documents.fileTooLarge', { size: formatBytes(bytes.length), max: formatBytes(limits.maxUploadBytes) }));
  }
  if (bytes.length === 0) throw notDocx(detail('documents.fileEmpty'));
  if (!hasZipMagic(bytes)) throw notDocx();

  const safeFileName = safeDocxFileName(input.fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const conversion = await withSlot(() => runWorker(bytes, limits));
  return { ...conversion, storedName: storedDocxName(), safeFileName, sha256 };
}
