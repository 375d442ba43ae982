// The web step of `pnpm bench`: builds the app into a temporary directory (apps/web/dist stays as it is) and prints
// the bundle report (scripts/bundle-report.mjs) for that build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'jx-web-bench-'));
try {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  execFileSync(process.execPath, [new URL('bundle-report.mjs', import.meta.url).pathname, outDir], { stdio: 'inherit' });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
