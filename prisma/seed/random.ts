// Deterministic helpers for the demo seed: a seeded PRNG and stable ids.
// Nothing in the seed may use Math.random or random UUIDs, so every run writes the same data.
import { createHash } from 'node:crypto';

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** mulberry32, seeded from a string. Small, fast and good enough for demo data. */
export function createRng(seed: string): Rng {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p: number) => next() < p,
  };
}

/**
 * A stable UUID (RFC 4122 layout, version 5, name-based on SHA-1) for a seed object, e.g.
 * `stableId('unit', 'CITY-CD')`. The same key gives the same id in every database, which keeps
 * the demo data (and links into it) identical from run to run.
 */
export function stableId(kind: string, key: string | number): string {
  const h = createHash('sha1').update(`mubiao-jixiao-demo:${kind}:${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A calendar date (for `@db.Date` columns) at UTC midnight. `month` is 1-based. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** A random working-looking date in [from, to] (both calendar dates at UTC midnight), skipping weekends. */
export function dateBetween(rng: Rng, from: Date, to: Date): Date {
  const dayMs = 86_400_000;
  const span = Math.round((to.getTime() - from.getTime()) / dayMs);
  if (span < 0) throw new Error('dateBetween: empty range');
  let d = new Date(from.getTime() + rng.int(0, span) * dayMs);
  // Move a weekend date to the following Monday unless that leaves the range; then to the previous Friday.
  const dow = d.getUTCDay();
  if (dow === 0 || dow === 6) {
    const forward = new Date(d.getTime() + (dow === 6 ? 2 : 1) * dayMs);
    d = forward <= to ? forward : new Date(d.getTime() - (dow === 6 ? 1 : 2) * dayMs);
  }
  return d;
}
