import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, createPrismaClient, databaseUrl, ensureDatabase, startEmbeddedPostgres } from '@jx/db';
import { hashPassword } from '../../src/auth/passwords.ts';
import { refreshStaleStates } from '../../src/modules/execution/state/refresh-states.ts';
import { generateProvince } from '../generate.ts';
import { BENCH_PASSWORD, generateExecution } from './generate-execution.ts';
import { generateBulletins } from './generate-bulletins.ts';
import { generateSpecialTasks } from './generate-special-tasks.ts';
import { openAnnualAssessment } from './open-annual-assessment.ts';
import { endpoints, type BenchRole } from './endpoints.ts';
import { measure, type Measured } from './measure.ts';
import { soak } from './soak.ts';
import { explainHotQueries } from './explain.ts';
import { nodeProcessTree } from '../process-tree.ts';

// `pnpm bench` (load): the province generated into a fresh embedded database, the API in a child process, and every
// endpoint of the issue measured with 50 concurrent clients next to a raw pg round trip and GET /api/health, at 1× and
// 10× the data. Aims (issue 12): p95 ≤ 100 ms, throughput ≥ 25 % of the pg round trip, 10× data ≤ 1.5× latency.
// The API runs as in production: the compiled server (dist/server.js, `pnpm --filter @jx/api build`) with
// WEB_CONCURRENCY workers; without a build (or with BENCH_TSX=1) one process through tsx.
// Env: BENCH_SCALES (default "1,10"), BENCH_SECONDS per row (default 5), DATABASE_POOL_SIZE (default 10),
// WEB_CONCURRENCY (default: the cores).

const SCALES = (process.env.BENCH_SCALES ?? '1,10').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const POOL = Number(process.env.DATABASE_POOL_SIZE ?? 10);
/** BENCH_SOAK_SECONDS (e.g. 600): after the table, a mixed load of every endpoint that long, memory read every 30 s. */
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 0);
/** Only the rows whose name contains one of these (comma-separated), besides the pg and health floors: a quick re-measure. */
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? [];
const WORKERS = Number(process.env.WEB_CONCURRENCY ?? availableParallelism());
const here = fileURLToPath(new URL('.', import.meta.url));
const compiled = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const useCompiled = existsSync(compiled) && !process.env.BENCH_TSX;
const round = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** RSS (MB) of each Node.js process of the API (the primary and its workers). */
const rssOf = (pid: number) => nodeProcessTree(pid).map((p) => Math.round(p.rssMib));

/** The API on the bench database, its clock pinned to the data's instant; resolves once it answers. */
async function startApi(url: string, port: number, now: Date, dataDir: string): Promise<ChildProcess> {
  if (!useCompiled) return start('serve-app.ts', { DATABASE_URL: url, PORT: String(port), CLOCK_START: now.toISOString(), DATABASE_POOL_SIZE: String(POOL) });
  const child = spawn(process.execPath, [compiled], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_MODE: 'demo',
      LOG_LEVEL: 'error',
      CLOCK_START: now.toISOString(),
      WEB_CONCURRENCY: String(WORKERS),
      DATABASE_POOL_SIZE: String(POOL),
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dist/server.js exited (${child.exitCode})`);
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await sleep(50);
  }
}

function start(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(join(here, script), { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
  });
}

async function login(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

interface Row extends Measured {
  endpoint: string;
  role: string;
}

/** Waits until no other session of the database has run a statement for three polls in a row (at most two minutes). */
async function settled(db: ReturnType<typeof createPrismaClient>): Promise<number> {
  const t0 = performance.now();
  let quiet = 0;
  while (quiet < 3 && performance.now() - t0 < 120_000) {
    const [row] = await db.$queryRaw<{ busy: number }[]>`
      SELECT count(*)::int AS busy FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'`;
    quiet = row?.busy ? 0 : quiet + 1;
    await sleep(500);
  }
  return performance.now() - t0;
}

async function runScale(serverUrl: string, scale: number, passwordHash: string) {
  const name = `load${scale}`;
  await ensureDatabase(serverUrl, name);
  const url = databaseUrl(serverUrl, name);
  await applyMigrations(url);
  const db = createPrismaClient(url);
  const t0 = performance.now();
  const p = await generateProvince(db, { scale });
  const specialTargets = await generateSpecialTasks(db, p);
  const x = await generateExecution(db, { ...p, passwordHash });
  const bulletins = await generateBulletins(db, p);
  await openAnnualAssessment(db, p);
  const generatedMs = performance.now() - t0;
  const t1 = performance.now();
  await refreshStaleStates(db, p.now);
  const statesMs = performance.now() - t1;
  // Planner statistics, as autovacuum gathers them within minutes of a bulk load: without them the first rows of the
  // table would be measured on plans made for empty tables.
  await db.$executeRawUnsafe('ANALYZE');
  const unitId = x.accounts.firstUnitId;
  const target = await db.target.findFirstOrThrow({ where: { unitId }, select: { id: true } });
  console.log(
    `\n${scale}× 数据：${p.counts.units} 个单位、${p.counts.targets} 个目标、${x.counts.reports} 份进展报告、${x.counts.documents} 份文档、${x.counts.comments} 条点评、` +
      `${x.counts.orders} 张督办单、${p.counts.records} 条考核记录、${p.counts.ratings} 条评价、${bulletins} 版考核通报、${specialTargets} 个专项工作目标；生成 ${Math.round(generatedMs)} ms，执行状态首次计算 ${Math.round(statesMs)} ms`,
  );

  const port = 4800 + scale;
  const app = await startApi(url, port, p.now, join(dir, `api-${scale}`));
  const floor = await start('serve-pg.ts', { DATABASE_URL: url, PORT: String(port + 100), POOL_SIZE: String(POOL) });
  const base = `http://127.0.0.1:${port}`;
  await sleep(2000);
  // The server's first background pass (state refresh, report reminders) works through the whole database: measure after it.
  const settledMs = await settled(db);
  console.log(`服务启动后的后台首轮任务结束，等待 ${Math.round(settledMs)} ms 后开始测量`);
  const rss = { idle: rssOf(app.pid!), peak: 0, after: [] as number[] };
  const sampler = setInterval(() => (rss.peak = Math.max(rss.peak, ...rssOf(app.pid!))), 250);
  try {
    const tokens: Record<BenchRole, string> = {
      leader: await login(base, 'bench.leader'),
      deputy: await login(base, 'bench.deputy'),
      office: await login(base, 'bench.office'),
      department: await login(base, 'bench.safety'),
      unit: await login(base, 'bench.unit0'),
    };
    const opts = { seconds: SECONDS, connections: CONNECTIONS };
    const pg = await measure(`http://127.0.0.1:${port + 100}/`, opts);
    const health = await measure(`${base}/api/health`, opts);
    const rows: Row[] = [
      { endpoint: 'pg 往返 select 1（同样大小的连接池）', role: '', ...pg },
      { endpoint: 'GET /api/health', role: '', ...health },
    ];
    for (const e of endpoints({ yearId: p.yearId, unitId, targetId: target.id })) {
      if (ONLY.length && !ONLY.some((name) => e.name.includes(name))) continue;
      rows.push({ endpoint: e.name, role: e.role ?? '', ...(await measure(`${base}${e.path}`, { ...opts, token: e.role ? tokens[e.role] : undefined })) });
    }
    rss.after = rssOf(app.pid!);
    console.table(
      rows.map((r) => ({
        接口: r.endpoint,
        角色: r.role,
        'req/s': Math.round(r.rps),
        'p50 ms': round(r.p50),
        'p95 ms': round(r.p95),
        'p99 ms': round(r.p99),
        '占 pg %': Math.round((100 * r.rps) / pg.rps),
        '占 health %': Math.round((100 * r.rps) / health.rps),
        错误: r.errors,
        'p95≤100': r.p95 <= 100 ? '✓' : '✗',
        '≥25% pg': r.rps >= 0.25 * pg.rps ? '✓' : '✗',
      })),
    );
    console.log(
      `API：${useCompiled ? `node dist/server.js，${WORKERS} 个 HTTP 工作进程` : 'tsx，单进程'}；内存（RSS，每个 Node.js 进程）：` +
        `空闲 ${rss.idle.join(' + ')} MB，负载中单进程峰值 ${rss.peak} MB，负载后 ${rss.after.join(' + ')} MB（目标：每个工作进程 ≤ 300 MB）`,
    );
    if (SOAK_SECONDS && scale === SCALES[0]) {
      const list = endpoints({ yearId: p.yearId, unitId, targetId: target.id }).map((e) => ({ path: e.path, token: e.role ? tokens[e.role] : undefined }));
      console.log(`\n持续负载 ${SOAK_SECONDS} 秒（${CONNECTIONS} 个客户端轮流请求以上各接口），每 30 秒读一次内存（MB，每个 Node.js 进程）：`);
      console.log(`  开始前 ${rssOf(app.pid!).join(' + ')}`);
      const r = await soak(base, list, {
        seconds: SOAK_SECONDS,
        connections: CONNECTIONS,
        everySeconds: 30,
        sample: (t) => console.log(`  ${t} 秒 ${rssOf(app.pid!).join(' + ')}`),
      });
      await sleep(5000);
      console.log(`  结束后 5 秒 ${rssOf(app.pid!).join(' + ')}；共 ${r.requests} 个请求，非 2xx ${r.non2xx} 个，p99 ${r.p99} ms`);
    }
    if (scale === SCALES[0]) await explainHotQueries(db, url, { yearId: p.yearId, unitId, now: p.now });
    return rows;
  } finally {
    clearInterval(sampler);
    app.kill('SIGTERM');
    floor.kill('SIGTERM');
    await db.$disconnect();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'jx-load-'));
console.log(useCompiled ? `API：node dist/server.js，WEB_CONCURRENCY=${WORKERS}` : 'API：tsx bench/load/serve-app.ts（没有 dist/server.js，或 BENCH_TSX=1）');
const pg = await startEmbeddedPostgres({ dataDir: dir, fast: true, persistent: false });
try {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const results = new Map<number, Row[]>();
  for (const scale of SCALES) results.set(scale, await runScale(pg.serverUrl, scale, passwordHash));
  if (SCALES.length > 1) {
    const [small, large] = [SCALES[0]!, SCALES.at(-1)!];
    const a = results.get(small)!;
    const b = results.get(large)!;
    console.log(`\n伸缩：${large}× 与 ${small}× 数据的 p50 之比（目标 ≤ 1.5）`);
    console.table(
      a.map((r, i) => ({
        接口: r.endpoint,
        角色: r.role,
        [`p50 ${small}×`]: round(r.p50),
        [`p50 ${large}×`]: round(b[i]!.p50),
        比值: round(b[i]!.p50 / r.p50),
      })),
    );
  }
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
