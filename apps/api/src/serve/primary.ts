import exitHook from 'async-exit-hook';
import type { Env } from '../env.ts';
import { createDocumentStorage } from '../modules/documents/storage/index.ts';
import { boot, openInstanceDatabase, type Booted, type DemoData } from './boot.ts';
import type { ServeConfig } from './serve-config.ts';
import { forkHttpWorkers } from './http-workers.ts';

/** Stopping waits for the workers (up to 10 s each, in parallel) and then for the embedded database. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * The instance's main process: boots once (boot.ts), then serves HTTP itself with WEB_CONCURRENCY=1, else through that
 * many cluster workers, each of which also offers to lead the background jobs (http-worker.ts). Ctrl-C or SIGTERM
 * stops the workers (the leading one anchors the audit chain as it stops) and the embedded database last.
 */
export async function runPrimary(env: Env, repoRoot: string): Promise<void> {
  const database = await openInstanceDatabase(env, repoRoot);
  let stopping = false;
  let stopHttp = async () => {};
  // Registered before the boot, so Ctrl-C during a first start's seeding still stops the embedded database.
  exitHook.forceExitTimeout(STOP_TIMEOUT_MS);
  exitHook((done: () => void) => {
    stopping = true;
    console.log('正在停止…');
    void stopHttp()
      .catch((e: unknown) => console.error(e))
      .then(() => database.embedded?.stop())
      .catch(() => undefined)
      .finally(done);
  });
  let booted: Booted;
  try {
    booted = await boot(env, repoRoot, database);
    if (env.WEB_CONCURRENCY === 1) {
      const serving = import('./http-worker.ts').then((m) => m.serveHttp(booted.config));
      stopHttp = () =>
        serving.then(
          (server) => server.close(),
          () => undefined,
        );
      await serving;
    } else {
      const workers = forkHttpWorkers(env.WEB_CONCURRENCY, booted.config, (m) => console.error(m));
      stopHttp = workers.stop;
      await workers.ready;
    }
  } catch (e) {
    await database.embedded?.stop().catch(() => undefined);
    throw e;
  }
  if (!stopping) printBanner(env, booted.config, booted.demo);
}

function printBanner(env: Env, config: ServeConfig, demo: DemoData | null) {
  const url = `http://localhost:${config.port}`;
  console.log(`\n目标绩效 已启动：${url}   （接口文档 ${url}/api/docs）   HTTP 工作进程 ${env.WEB_CONCURRENCY} 个`);
  console.log(`审计链锚点文件：${config.app.auditAnchorFile}`);
  const storage = createDocumentStorage(config.app.documentStorage!);
  console.log(`工作文档存储：${storage.description}`);
  storage.close?.();
  if (!demo) return;
  console.log('演示账户（密码均为 Demo#2026）：');
  for (const line of demo.accounts) console.log(`  ${line}`);
  if (demo.seeded) console.log(`（已初始化演示数据：${demo.seeded}）`);
}
