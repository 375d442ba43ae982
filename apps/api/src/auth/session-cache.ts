import type { Prisma } from '@jx/db';
import type { ChangeFeed } from '../lib/changes/change-feed.ts';
import { type accountWithScope } from './session-user.ts';

export type SessionWithAccount = Prisma.SessionGetPayload<{ include: { account: { include: typeof accountWithScope } } }>;

interface Entry {
  session: SessionWithAccount;
  stamp: number;
}

const MAX_ENTRIES = 10_000;

/**
 * The sessions this process checked lately with their accounts, kept while the change feed has heard nothing of
 * sessions and accounts since they were read (decision 0026), so a request need not read them again. What the cache
 * says is only ever trusted to let a request through: the guard reads the database again before refusing one (another
 * process may have seen the session more recently than this copy says).
 */
export interface SessionCache {
  get(sessionId: string): SessionWithAccount | null;
  /** Keeps a session read after `stamp` was taken (`changes.stamp('auth')`); nothing when the stamp is null. */
  put(session: SessionWithAccount, stamp: number | null): void;
  /** This process wrote the session's last-seen time. */
  seen(sessionId: string, at: Date): void;
}

export function createSessionCache(changes: ChangeFeed, maxEntries = MAX_ENTRIES): SessionCache {
  const entries = new Map<string, Entry>();
  return {
    get(sessionId) {
      const e = entries.get(sessionId);
      if (!e) return null;
      if (!changes.unchangedSince('auth', e.stamp)) {
        entries.delete(sessionId);
        return null;
      }
      return e.session;
    },
    put(session, stamp) {
      if (stamp === null) return;
      entries.delete(session.id);
      entries.set(session.id, { session, stamp });
      // Oldest first: a Map iterates in insertion order.
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    seen(sessionId, at) {
      const e = entries.get(sessionId);
      if (e) e.session = { ...e.session, lastSeenAt: at };
    },
  };
}
