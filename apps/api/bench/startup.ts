import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrl, ensureDatabase, freePort, startEmbeddedPostgres } from '@jx/db';
import { nodeProcessTree } from './process-tree.ts';

// `pnpm --filter @jx/api bench:startup` (part of `pnpm bench`, after the build): time from spawn to the first healthy
// answer, and resident memory once idle, of the API run through tsx and compiled (dist/server.js, `pnpm build`), on
// one prepared database (migrated and seeded beforehand, so every start does the same work).

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const compiled = join(apiDir, 'dist/server.js');
const RUNS = 3;
const IDLE_MS = 3_000;

interface Variant {
  name: string;
  command: string[];
  webConcurrency: number;
}
const cores = availableParallelism();
const variants: Variant[] = [
  { name: 'tsx src/server.ts', command: [join(apiDir, 'node_modules/.bin/tsx'), 'src/server.ts'], webConcurrency: 1 },
  { name: 'node dist/server.js', command: [process.execPath, compiled], webConcurrency: 1 },
  { name: `node dist/server.js ×${cores}`, command: [process.execPath, compiled], webConcurrency: cores },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}

function start(variant: Variant, env: NodeJS.ProcessEnv): ChildProcess {
  const [command, ...args] = variant.command;
  const child = spawn(command!, args, { cwd: apiDir, env: { ...env, WEB_CONCURRENCY: String(variant.webConcurrency) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (c: Buffer) => (errors = (errors + c.toString()).slice(-2000)));
  // 143: stopped by the benchmark's SIGTERM (128 + 15).
  child.once('exit', (code) => code && code !== 143 && console.error(`${variant.name} exited ${code}: ${errors}`));
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** One start: milliseconds until /api/health answers, then the idle memory of its Node.js processes. */
async function measure(variant: Variant, env: NodeJS.ProcessEnv, port: number) {
  const started = performance.now();
  const child = start(variant, env);
  try {
    while (!(await healthy(port))) {
      if (child.exitCode !== null) throw new Error(`${variant.name} 未能启动`);
      await sleep(20);
    }
    const startupMs = performance.now() - started;
    await sleep(IDLE_MS);
    const processes = nodeProcessTree(child.pid!);
    return { startupMs, totalMib: processes.reduce((s, p) => s + p.rssMib, 0), processes: processes.map((p) => p.rssMib) };
  } finally {
    await stop(child);
  }
}

if (!existsSync(compiled)) throw new Error(`没有 ${compiled}：先运行 pnpm --filter @jx/api build`);
const dir = await mkdtemp(join(tmpdir(), 'jx-bench-startup-'));
const pg = await startEmbeddedPostgres({ dataDir: dir, fast: true, persistent: false });
try {
  await ensureDatabase(pg.serverUrl, 'bench');
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(pg.serverUrl, 'bench'),
    DATA_DIR: join(dir, 'data'),
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_MODE: 'demo',
    LOG_LEVEL: 'error',
    WEB_DIST: join(dir, 'no-web'),
  };
  // The first start migrates and seeds the demo province; the measured ones find it done.
  await measure(variants[1]!, env, port);
  const rows: string[][] = [];
  for (const variant of variants) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(variant, env, port));
    const last = runs[runs.length - 1]!;
    rows.push([
      variant.name,
      `${Math.round(median(runs.map((r) => r.startupMs)))} ms`,
      `${Math.round(median(runs.map((r) => r.totalMib)))} MB`,
      last.processes.map((m) => Math.round(m)).join(' + '),
    ]);
  }
  const header = ['how', 'start-up (to healthy, median)', 'idle RSS', 'per Node.js process (MB)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\nAPI start-up and idle memory (${RUNS} starts each, external PostgreSQL, demo data, ${cores} cores)`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
