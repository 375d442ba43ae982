import type { GradeBand, Quota, QuotaTies } from './model.ts';
import { compare, div, fromNumber, mul, ratio, type Rational } from './rational.ts';

export interface QuotaEntry {
  unitId: string;
  /** The final (rounded) score. */
  score: Rational;
  /** Band index reached by score (a vetoed unit is already in the last band). */
  band: number;
}

export interface QuotaReceipt {
  grade: string;
  /** How many units the band may hold in this category. */
  limit: number;
  /** Units that reached the band (by score or by falling from the band above). */
  qualified: number;
  kept: number;
  /** Units moved down to the next band, highest score first. */
  demoted: string[];
}

/** At most `maxCount` units and at most `maxPercent` % of the category, rounded down (an "at most" never rounds up). */
export function quotaLimit(quota: Quota, categorySize: number): number {
  const byPercent = quota.maxPercent === undefined ? Infinity : floor(div(mul(ratio(categorySize), fromNumber(quota.maxPercent)), ratio(100)));
  return Math.min(byPercent, quota.maxCount ?? Infinity);
}

function floor(value: Rational): number {
  return Number(value.n / value.d);
}

/**
 * Applies the bands' quotas from the top: when more units reach a band than it may hold, the surplus, lowest-ranked
 * first, falls to the next band, where it competes for that band's quota (so overflow can cascade). Units tied at the
 * cut are never split, as a tie gives no ground to choose between them: by default (`dropAll`) they fall together, a
 * quota being a maximum; a model may say `keepAll`, and the band then holds them all beyond its limit.
 */
export function applyQuotas(
  grades: readonly GradeBand[],
  ties: QuotaTies,
  entries: readonly QuotaEntry[],
): { bands: Map<string, number>; receipts: QuotaReceipt[] } {
  const bands = new Map(entries.map((e) => [e.unitId, e.band]));
  const ranked = [...entries].sort((a, b) => compare(b.score, a.score));
  const receipts: QuotaReceipt[] = [];
  grades.forEach((band, b) => {
    if (!band.quota || b === grades.length - 1) return;
    const candidates = ranked.filter((e) => bands.get(e.unitId) === b);
    const limit = quotaLimit(band.quota, entries.length);
    let kept = Math.min(limit, candidates.length);
    const tiedAtCut = () =>
      kept > 0 && kept < candidates.length && compare((candidates[kept - 1] as QuotaEntry).score, (candidates[kept] as QuotaEntry).score) === 0;
    if (ties === 'keepAll') while (tiedAtCut()) kept++;
    else while (tiedAtCut()) kept--;
    const demoted = candidates.slice(kept);
    for (const e of demoted) bands.set(e.unitId, b + 1);
    receipts.push({ grade: band.grade, limit, qualified: candidates.length, kept, demoted: demoted.map((e) => e.unitId) });
  });
  return { bands, receipts };
}
