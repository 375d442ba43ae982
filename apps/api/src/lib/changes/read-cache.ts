import type { ChangeFeed, ChangeTopic } from './change-feed.ts';

interface Entry {
  value: unknown;
  /** What the entry is reckoned to hold in memory (bytes). */
  size: number;
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
 * fifty). Bounded in entries and in bytes (a kept heat map is 170 kB): the oldest entry goes first.
 */
export interface ReadCache {
  remember<T>(key: string, topics: readonly ChangeTopic[], now: Date, compute: () => Promise<Computed<T>>): Promise<T>;
}

export interface ReadCacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** What a value is reckoned to hold in memory (bytes). */
  sizeOf: (value: unknown) => number;
}

const DEFAULT_LIMITS: ReadCacheLimits = { maxEntries: 1000, maxBytes: 48 * 1024 * 1024, sizeOf: () => 1024 };

export function createReadCache(changes: ChangeFeed, limits: Partial<ReadCacheLimits> = {}): ReadCache {
  const { maxEntries, maxBytes, sizeOf } = { ...DEFAULT_LIMITS, ...limits };
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.size;
  };
  const inFlight = new Map<string, { stamps: string; promise: Promise<Computed<unknown>> }>();
  const valid = (e: Entry, now: Date) => now.getTime() < e.until && e.stamps.every(([topic, stamp]) => changes.unchangedSince(topic, stamp));
  return {
    async remember<T>(key: string, topics: readonly ChangeTopic[], now: Date, compute: () => Promise<Computed<T>>) {
      const kept = entries.get(key);
      if (kept && valid(kept, now)) return kept.value as T;
      drop(key);
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
        drop(key);
        const size = sizeOf(value);
        entries.set(key, { value, size, stamps, until });
        bytes += size;
        while (entries.size > maxEntries || (bytes > maxBytes && entries.size > 1)) drop(entries.keys().next().value!);
      }
      return value;
    },
  };
}
