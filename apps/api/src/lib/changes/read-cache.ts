import type { ChangeFeed, ChangeTopic } from './change-feed.ts';

interface Entry {
  value: unknown;
  stamps: [ChangeTopic, number | null][];
  /** The calendar alone changes the value at this instant (ms since the epoch). */
  until: number;
}

/** What a computation says of how long its value holds: until this instant, or (null) not at all — do not keep it. */
export interface Computed<T> {
  value: T;
  until: number | null;
}

/**
 * Values computed from the database, kept by this process while the change feed has heard nothing of the topics they
 * were read from and the calendar has not reached their `until` (decision 0026). A value is computed with the stamps
 * taken before it, so a change during the computation leaves it unkept. Callers asking for the same key with the same
 * stamps while it is being computed share that one computation (fifty clients opening a cold page start one query, not
 * fifty). Bounded: the oldest entry goes first.
 */
export interface ReadCache {
  remember<T>(key: string, topics: readonly ChangeTopic[], now: Date, compute: () => Promise<Computed<T>>): Promise<T>;
}

export function createReadCache(changes: ChangeFeed, maxEntries = 1000): ReadCache {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, { stamps: string; promise: Promise<Computed<unknown>> }>();
  const valid = (e: Entry, now: Date) => now.getTime() < e.until && e.stamps.every(([topic, stamp]) => changes.unchangedSince(topic, stamp));
  return {
    async remember<T>(key: string, topics: readonly ChangeTopic[], now: Date, compute: () => Promise<Computed<T>>) {
      const kept = entries.get(key);
      if (kept && valid(kept, now)) return kept.value as T;
      entries.delete(key);
      const stamps = topics.map((topic) => [topic, changes.stamp(topic)] as [ChangeTopic, number | null]);
      // Not listening: nothing is shared either (a write this process answered meanwhile would not be seen).
      const stampKey = stamps.every(([, stamp]) => stamp !== null) ? JSON.stringify(stamps) : null;
      let flight = stampKey ? inFlight.get(key) : undefined;
      if (!flight || flight.stamps !== stampKey) {
        const promise = compute().finally(() => {
          if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
        });
        flight = { stamps: stampKey ?? '', promise };
        if (stampKey) inFlight.set(key, flight);
      }
      const { value, until } = (await flight.promise) as Computed<T>;
      if (until !== null && stamps.every(([, stamp]) => stamp !== null)) {
        entries.set(key, { value, stamps, until });
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      }
      return value;
    },
  };
}
