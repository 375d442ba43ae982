import type { GradeBand } from './model.ts';
import { compare, fromNumber, type Rational } from './rational.ts';

/** Index of the first band (highest first) whose `min` the score reaches; the last band takes everything below. */
export function bandIndexForScore(grades: readonly GradeBand[], score: Rational): number {
  const i = grades.findIndex((band) => band.min !== undefined && compare(score, fromNumber(band.min)) >= 0);
  return i === -1 ? grades.length - 1 : i;
}
