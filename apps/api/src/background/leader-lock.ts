import pg from 'pg';

/** The advisory lock key (two int4) that makes an instance the leader of the background work: 'jx', 1. */
export const BACKGROUND_LOCK_KEY = [0x6a78, 1] as const;

/**
 * Leadership as a PostgreSQL session-level advisory lock on a connection of its own (decision 0023): at most one
 * session of a database holds it, and PostgreSQL releases it when that session ends, however the process stopped.
 * The connection must reach PostgreSQL directly (or through session pooling), never a transaction-pooling proxy.
 */
export interface LeaderLock {
  /** Takes the lock when nobody holds it; true when this instance holds it now. */
  tryAcquire(): Promise<boolean>;
  /** Whether the lock's session is alive and still holds it (false after the connection was lost). */
  isHeld(): Promise<boolean>;
  /** Gives the lock up and closes its connection. */
  release(): Promise<void>;
}

export function createLeaderLock(connectionString: string, key: readonly [number, number] = BACKGROUND_LOCK_KEY): LeaderLock {
  let client: pg.Client | null = null;
  let held = false;

  const drop = async () => {
    const c = client;
    client = null;
    held = false;
    await c?.end().catch(() => undefined);
  };

  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString, keepAlive: true, application_name: 'jx-background-leader' });
    // A lost connection (server restart, terminated session) surfaces here instead of crashing the process; isHeld()
    // then finds the lock gone.
    c.on('error', () => {
      if (client === c) {
        client = null;
        held = false;
      }
    });
    await c.connect();
    return c;
  };

  return {
    async tryAcquire() {
      if (held) return this.isHeld();
      try {
        client ??= await connect();
        const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [...key]);
        held = rows[0]?.ok === true;
      } catch {
        await drop();
      }
      return held;
    },
    async isHeld() {
      if (!held || !client) return false;
      try {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks
           WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND classid = $1 AND objid = $2 AND objsubid = 2 AND granted`,
          [...key],
        );
        held = rows[0]?.n === 1;
      } catch {
        await drop();
      }
      return held;
    },
    async release() {
      if (held && client) await client.query('SELECT pg_advisory_unlock($1, $2)', [...key]).catch(() => undefined);
      await drop();
    },
  };
}
