import type { MyRatingSlot, Rating } from '@jx/contract';

/** The slot with `rating` in place of the unit's rating, when the rating belongs to the slot (a saved draft, kept in the cache). */
export function withRating(slot: MyRatingSlot, rating: Rating): MyRatingSlot {
  if (slot.periodId !== rating.periodId || slot.group !== rating.group || slot.indicatorId !== rating.indicatorId) return slot;
  if (!slot.units.some((u) => u.assessedUnitId === rating.assessedUnitId)) return slot;
  return { ...slot, units: slot.units.map((u) => (u.assessedUnitId === rating.assessedUnitId ? { ...u, rating } : u)) };
}
