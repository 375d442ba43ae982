import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { loadEnv } from './env.ts';

// apps/api/src/server.ts, or apps/api/dist/server.js when compiled: three levels below the repository root either way.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The primary boots the instance and runs the background work; cluster workers only serve HTTP (serve/). */
async function main() {
  if (cluster.isPrimary) {
    const { runPrimary } = await import('./serve/primary.ts');
    await runPrimary(loadEnv(), repoRoot);
  } else {
    const { runHttpWorker } = await import('./serve/http-worker.ts');
    await runHttpWorker();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
