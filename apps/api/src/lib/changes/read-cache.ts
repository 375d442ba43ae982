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
 * taken before it, so a change during the computation leaves it unkept. Bounded: the oldest entry goes first.
 */
export interface ReadCache {
  remember<T>(key: string, topics: readonly ChangeTopic[], now: Date, compute: () => Promise<Computed<T>>): Promise<T>;
}

export function createReadCache(changes: ChangeFeed, maxEntries = 1000): ReadCache {
  const entries = new Map<string, Entry>();
  const valid = (e: Entry, now: Date) => now.getTime() < e.until && e.stamps.every(([topic, stamp]) => changes.unchangedSince(topic, stamp));
  return {
    async remember<T>(key: string, topics: readonly ChangeTopic[], now: Date, compute: () => Promise<Computed<T>>) {
      const kept = entries.get(key);
      if (kept && valid(kept, now)) return kept.value as T;
      entries.delete(key);
      const stamps = topics.map((topic) => [topic, changes.stamp(topic)] as [ChangeTopic, number | null]);
      const { value, until } = await compute();
      if (until !== null && stamps.every(([, stamp]) => stamp !== null)) {
        entries.set(key, { value, stamps, until });
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      }
      return value;
    },
  };
}
