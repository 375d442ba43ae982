import type { ChangeFeed } from '../../src/lib/changes/change-feed.ts';

/**
 * A change feed that is listening but hears nothing from the database — the worst case of a notification still on its
 * way: what a process keeps stays kept until the process itself answers a write.
 */
export function deafFeed(): ChangeFeed {
  let heard = 0;
  return {
    stamp: () => heard,
    unchangedSince: (_topic, stamp) => stamp === heard,
    heardOwnWrite: () => void heard++,
    ready: async () => undefined,
    close: async () => undefined,
  };
}
