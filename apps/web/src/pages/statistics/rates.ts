import type { StatisticsRow } from '@jx/contract';

/** Reports on time among those due so far, in percent (one decimal); null when nothing is due yet. */
export function onTimeRate(r: Pick<StatisticsRow, 'reportsDue' | 'reportsSubmitted' | 'reportsLate'>): number | null {
  return r.reportsDue ? Math.round(((r.reportsSubmitted - r.reportsLate) / r.reportsDue) * 1000) / 10 : null;
}

export const percent = (v: number | null) => (v === null ? '—' : `${v}%`);
