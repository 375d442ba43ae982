/**
 * How an HTTP worker keeps its memory near what it uses (decision 0025). Without these a worker under load held two to
 * three times its live data: V8 let the old generation grow to about 2.5× the live heap before collecting, and glibc
 * kept freed blocks of the main heap rather than returning them.
 */

/** The old generation may grow to 1.15× the live heap before a full collection (V8 picks up to 4× by itself). */
const HEAP_GROWING_PERCENT = 15;

/** glibc serves blocks of 128 KiB and more from their own mappings, returned to the system when freed. */
const MALLOC_SETTINGS = { MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/** The primary's flags for its workers, plus the heap growth unless the operator set one. */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  return execArgv.some((a) => a.startsWith('--heap-growing-percent')) ? [...execArgv] : [...execArgv, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
}

/** Environment added to a worker's: the malloc settings the operator has not set (glibc reads them as a process starts). */
export function workerEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(MALLOC_SETTINGS).filter(([name]) => env[name] === undefined));
}
