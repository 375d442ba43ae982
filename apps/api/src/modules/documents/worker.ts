import { parentPort, workerData } from 'node:worker_threads';
import type { MessageParams } from '@jx/contract';
import { convertDocxInProcess, type DocxConversion } from './convert.ts';
import { DocumentRejectedError } from './errors.ts';
import type { DocxLimits } from './limits.ts';

/**
 * The conversion worker (see convert-docx.ts): receives the upload's bytes, unzips, converts and sanitises, posts
 * one message back. Loaded through tsx's CommonJS hook, so: no top-level await, no `import.meta`.
 */
export interface WorkerInput {
  bytes: ArrayBuffer;
  limits: DocxLimits;
}

export type WorkerOutput =
  | { ok: true; result: DocxConversion }
  | { ok: false; rejected: true; reason: DocumentRejectedError['reason']; message: string; key?: string; params?: MessageParams }
  | { ok: false; rejected: false };

function post(message: WorkerOutput) {
  parentPort?.postMessage(message);
}

async function main() {
  const input = workerData as WorkerInput;
  try {
    const result = await convertDocxInProcess(Buffer.from(input.bytes), input.limits);
    post({ ok: true, result });
  } catch (err) {
    if (err instanceof DocumentRejectedError) {
      // The catalogue key and parameters travel too, so the refusal can be said in the user's language.
      post({
        ok: false,
        rejected: true,
        reason: err.reason,
        message: err.message,
        ...(err.key ? { key: err.key } : {}),
        ...(err.params ? { params: err.params } : {}),
      });
    } else {
      // Internals stay in the worker; the caller reports a generic conversion failure.
      post({ ok: false, rejected: false });
    }
  }
}

void main();
