import pg from 'pg';

/** The channel the database's change triggers notify on (migration `change_feed`), with the topic as payload. */
export const CHANGE_CHANNEL = 'jx_change';

/**
 * What changed: `auth` — sessions, accounts and what an account's scope is made of; `state` — target execution states;
 * `base` — the names and groupings analysis shows them by (units, target types, years, 考核类别, 考核对象 and 专项工作);
 * `assessment` — who assesses which target and how far each open process has come (targets, indicators, assessing
 * departments, periods, processes and their records); `bulletin` — results (result sets, their units and waivers, the
 * bulletins published from them and their rows, the periods they name, and the categories a department's target types
 * apply to); `activity` — 点评 and 督办.
 */
export type ChangeTopic = 'auth' | 'state' | 'base' | 'assessment' | 'bulletin' | 'activity';
const TOPICS: readonly ChangeTopic[] = ['auth', 'state', 'base', 'assessment', 'bulletin', 'activity'];

/**
 * What this process has heard of the database's changes (decision 0026), so it may keep what it read in memory until
 * told otherwise. A stamp is taken before reading; what was read stays good while `unchangedSince(topic, stamp)`.
 * Nothing is trusted while the feed is not listening (not yet connected, or the connection was lost: every stamp
 * taken before is void), and after any write this process answers (`heardOwnWrite`), so a client always reads its own
 * writes; other processes hear of a change when PostgreSQL delivers the notification, at the writer's commit.
 */
export interface ChangeFeed {
  /** A stamp of `topic` now, or null when nothing may be kept (not listening). */
  stamp(topic: ChangeTopic): number | null;
  unchangedSince(topic: ChangeTopic, stamp: number | null): boolean;
  /** Called after this process wrote something: everything kept so far is void. */
  heardOwnWrite(): void;
  /** Resolves once listening (or when closed). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** A feed that never listens: every read goes to the database (tests, tools). */
export const notListening: ChangeFeed = {
  stamp: () => null,
  unchangedSince: () => false,
  heardOwnWrite: () => undefined,
  ready: async () => undefined,
  close: async () => undefined,
};

const RECONNECT_MS = 1000;

/** Listens on its own connection (not the pool), reconnecting after a loss. */
export function listenForChanges(connectionString: string, onError: (err: unknown) => void = () => undefined): ChangeFeed {
  const counters = new Map<ChangeTopic, number>(TOPICS.map((t) => [t, 0]));
  let listening = false;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));

  const voidAll = () => {
    for (const t of TOPICS) counters.set(t, counters.get(t)! + 1);
  };
  const lost = (c: pg.Client, err?: unknown) => {
    if (client !== c) return;
    client = null;
    listening = false;
    voidAll();
    if (err) onError(err);
    void c.end().catch(() => undefined);
    if (!closed) retry = setTimeout(connect, RECONNECT_MS).unref();
  };
  async function connect() {
    retry = null;
    const c = new pg.Client({ connectionString, keepAlive: true, application_name: 'jx-change-feed' });
    client = c;
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    c.on('notification', (n) => {
      const topic = n.payload as ChangeTopic;
      if (counters.has(topic)) counters.set(topic, counters.get(topic)! + 1);
      else voidAll();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (client !== c) return;
      // Whatever was kept before this connection listened may have missed a change.
      voidAll();
      listening = true;
      markReady();
    } catch (err) {
      lost(c, err);
    }
  }
  void connect();

  return {
    stamp: (topic) => (listening ? counters.get(topic)! : null),
    unchangedSince: (topic, stamp) => listening && stamp !== null && counters.get(topic) === stamp,
    heardOwnWrite: voidAll,
    ready: () => readyPromise,
    async close() {
      closed = true;
      listening = false;
      markReady();
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
