import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('../../', import.meta.url));
const tsxBin = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

describe('the conversion worker under the tsx CLI (how the API runs)', () => {
  it('converts, refuses a macro document and times out, all through the worker', async () => {
    const { stdout } = await promisify(execFile)(tsxBin, ['test/documents/fixtures/tsx-smoke.ts'], {
      cwd: apiDir,
      timeout: 60_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect((result.execArgv as string[]).join(' ')).toContain('tsx'); // really running under the tsx CLI
    expect(result).toMatchObject({
      title: '2025年第一季度目标执行情况',
      hasImage: true,
      safeFileName: '进展报告.docx',
      macroReason: 'MACRO_ENABLED',
      timeoutReason: 'TIMEOUT',
      active: 0,
    });
  });
});
