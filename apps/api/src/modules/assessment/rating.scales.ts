import type { RatingLevel, RatingScale } from '@jx/contract';
import type { Db } from '../../lib/db.ts';

/** A scale's `levels` column (`[{ level, percent }]`, best first); anything else reads as no levels. */
export function levelsOf(json: unknown): RatingLevel[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((l: unknown) => {
    const x = l as { level?: unknown; percent?: unknown };
    return typeof x?.level === 'string' && typeof x.percent === 'number' ? [{ level: x.level, percent: x.percent }] : [];
  });
}

export const toScaleDto = (s: { id: string; yearId: string; code: string; name: string; levels: unknown; version: number }): RatingScale => ({
  id: s.id,
  yearId: s.yearId,
  code: s.code,
  name: s.name,
  levels: levelsOf(s.levels),
  version: s.version,
});

/** 评价等级 of a year, by code. */
export async function listScales(db: Db, yearId: string): Promise<RatingScale[]> {
  return (await db.ratingScale.findMany({ where: { yearId }, orderBy: { code: 'asc' } })).map(toScaleDto);
}
