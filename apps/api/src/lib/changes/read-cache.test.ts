import { describe, expect, it } from 'vitest';
import type { ChangeFeed } from './change-feed.ts';
import { notListening } from './change-feed.ts';
import { createReadCache } from './read-cache.ts';

/** A feed that listens, whose one counter a test moves by hand. */
function handFeed() {
  let counter = 0;
  const feed: ChangeFeed = {
    ...notListening,
    stamp: () => counter,
    unchangedSince: (_topic, stamp) => stamp === counter,
    heardOwnWrite: () => void counter++,
  };
  return { feed, change: () => void counter++ };
}

const NOW = new Date('2026-06-01T00:00:00Z');
const later = NOW.getTime() + 60_000;

describe('read cache', () => {
  it('runs one computation for callers that ask for the same key at the same time, and keeps its value', async () => {
    const { feed } = handFeed();
    const cache = createReadCache(feed);
    let runs = 0;
    const compute = async () => {
      const run = ++runs;
      await new Promise((r) => setTimeout(r, 10));
      return { value: run, until: later };
    };
    const values = await Promise.all(Array.from({ length: 5 }, () => cache.remember('k', ['state'], NOW, compute)));
    expect(values).toEqual([1, 1, 1, 1, 1]);
    expect(await cache.remember('k', ['state'], NOW, compute)).toBe(1);
    expect(runs).toBe(1);
  });

  it('does not share a computation that started before a change, nor any while the feed is not listening', async () => {
    const { feed, change } = handFeed();
    const cache = createReadCache(feed);
    let runs = 0;
    const compute = async () => {
      const run = ++runs;
      await new Promise((r) => setTimeout(r, 10));
      return { value: run, until: later };
    };
    const first = cache.remember('k', ['state'], NOW, compute);
    change();
    const second = cache.remember('k', ['state'], NOW, compute);
    expect(await Promise.all([first, second])).toEqual([1, 2]);

    const deaf = createReadCache(notListening);
    let deafRuns = 0;
    const deafCompute = async () => ({ value: ++deafRuns, until: later });
    await Promise.all([deaf.remember('k', ['state'], NOW, deafCompute), deaf.remember('k', ['state'], NOW, deafCompute)]);
    expect(deafRuns).toBe(2);
  });

  it('lets the oldest entries go when the kept values outgrow the byte budget, keeping the newest', async () => {
    const { feed } = handFeed();
    const cache = createReadCache(feed, { maxBytes: 250, sizeOf: (v) => String(v).length });
    let runs = 0;
    const compute = (value: string) => async () => (runs++, { value, until: later });
    for (const key of ['a', 'b', 'c']) await cache.remember(key, ['state'], NOW, compute(key.repeat(100)));
    expect(runs).toBe(3);
    // 300 bytes were kept against a budget of 250: 'a' went, 'b' and 'c' stay.
    await cache.remember('c', ['state'], NOW, compute('x'));
    await cache.remember('b', ['state'], NOW, compute('x'));
    expect(runs).toBe(3);
    expect(await cache.remember('a', ['state'], NOW, compute('a2'))).toBe('a2');
    expect(runs).toBe(4);
  });
});
