import type { Db } from '../../../lib/db.ts';
import type { ChangeFeed } from '../../../lib/changes/change-feed.ts';

interface Known {
  /** The feed's `state` stamp taken before the probe that found nothing stale. */
  stamp: number | null;
  /** The earliest `validUntil` then: until this instant the calendar alone changes no state. */
  until: number;
}

interface Tracker {
  changes: ChangeFeed;
  known: Known | null;
}

// Keyed by the app's database client: refreshStaleStates is called with it from many services and the background job,
// which all share what one probe found.
const trackers = new WeakMap<object, Tracker>();

/** Lets refreshStaleStates skip its probe while the change feed has heard of no state change (decision 0026). */
export function trackStateFreshness(db: Db, changes: ChangeFeed): void {
  trackers.set(db, { changes, known: null });
}

/** True when every state row is known to be fresh at `now`: no state written since the last clean probe, none expired. */
export function knownFresh(db: Db, now: Date): boolean {
  const t = trackers.get(db);
  return !!t?.known && now.getTime() < t.known.until && t.changes.unchangedSince('state', t.known.stamp);
}

/** The stamp to take before probing (null: nothing will be kept). */
export function freshnessStamp(db: Db): number | null {
  return trackers.get(db)?.changes.stamp('state') ?? null;
}

/** A probe taken after `stamp` found nothing stale; `until` is the earliest expiry (null: no state row expires). */
export function rememberFresh(db: Db, stamp: number | null, until: Date | null): void {
  const t = trackers.get(db);
  if (t && stamp !== null) t.known = { stamp, until: until?.getTime() ?? Number.POSITIVE_INFINITY };
}

/** Until when the states read now hold (ms since the epoch), when known to be fresh at `now`; else null. */
export function freshUntil(db: Db, now: Date): number | null {
  const t = trackers.get(db);
  return t?.known && knownFresh(db, now) ? t.known.until : null;
}
