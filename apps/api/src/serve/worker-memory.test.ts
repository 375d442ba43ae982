import { describe, expect, it } from 'vitest';
import { workerEnv, workerExecArgv } from './worker-memory.ts';

describe('HTTP worker memory settings', () => {
  it('adds the heap growth and the malloc settings to what the primary was started with', () => {
    expect(workerExecArgv(['--enable-source-maps'])).toEqual(['--enable-source-maps', '--heap-growing-percent=15']);
    expect(workerEnv({ PATH: '/usr/bin' })).toEqual({ MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' });
  });

  it('keeps what the operator set', () => {
    expect(workerExecArgv(['--heap-growing-percent=80'])).toEqual(['--heap-growing-percent=80']);
    expect(workerEnv({ MALLOC_MMAP_THRESHOLD_: '65536' })).toEqual({ MALLOC_TRIM_THRESHOLD_: '131072' });
  });
});
