import cluster, { type Worker } from 'node:cluster';
import type { ServeConfig } from './serve-config.ts';
import type { ServeMessage } from './http-worker.ts';
import { workerEnv, workerExecArgv } from './worker-memory.ts';

/** How long a worker may take to finish its requests on stop before it is killed. */
const STOP_TIMEOUT_MS = 10_000;
const RESTART_DELAY_MS = 1_000;

export interface HttpWorkers {
  /**
   * Resolves when every worker listens; rejects, with the others stopped, when one exits first. Never settles when
   * `stop` came first.
   */
  ready: Promise<void>;
  /** Stops every worker, starting or serving (SIGTERM, then SIGKILL after STOP_TIMEOUT_MS), and waits until all have exited. */
  stop(): Promise<void>;
}

/**
 * Forks `count` HTTP workers (Node's cluster module: they share the port, the primary hands out connections) and sends
 * each the configuration. A worker that dies after it listened is replaced.
 */
export function forkHttpWorkers(count: number, config: ServeConfig, log: (message: string) => void): HttpWorkers {
  const live = new Set<Worker>();
  let stopping = false;
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv) });
  const env = workerEnv(process.env);

  const fork = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = cluster.fork(env);
      live.add(worker);
      worker.once('online', () => worker.send({ type: 'serve', config } satisfies ServeMessage));
      const failed = (code: number | null, signal: string | null) => {
        live.delete(worker);
        if (!stopping) reject(new Error(`HTTP 工作进程未能启动（${signal ?? `退出码 ${code}`}）`));
      };
      worker.once('exit', failed);
      worker.once('listening', () => {
        worker.off('exit', failed);
        worker.once('exit', (code, signal) => {
          live.delete(worker);
          if (stopping) return;
          log(`HTTP 工作进程 ${worker.process.pid} 意外退出（${signal ?? `退出码 ${code}`}），正在重启`);
          setTimeout(() => void fork().catch((e: unknown) => log(e instanceof Error ? e.message : String(e))), RESTART_DELAY_MS).unref();
        });
        resolve(worker);
      });
    });

  const stop = async () => {
    stopping = true;
    await Promise.all(
      [...live].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };

  const ready = Promise.all(Array.from({ length: count }, fork)).then(
    () => undefined,
    async (e: unknown) => {
      await stop();
      throw e;
    },
  );
  return { ready, stop };
}
