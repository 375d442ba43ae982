import { describe, expect, it } from 'vitest';
import { rankWithTies } from './index.ts';
import { fromNumber, roundRational, toNumber } from './rational.ts';

describe('the one rounding (roundRational)', () => {
  const round = (v: number) => toNumber(roundRational(fromNumber(v), 2));
  it('rounds half up at the second decimal where floats would round down, and only once', () => {
    expect(round(1.005)).toBe(1.01);
    expect(round(89.995)).toBe(90);
    expect(round(2.344)).toBe(2.34);
    expect(round(-1.005)).toBe(-1.01);
    // Not rounded twice: 1.0049999999 is below the half.
    expect(round(1.0049999999)).toBe(1);
  });
});

describe('rankWithTies', () => {
  it('gives tied scores the same rank and skips the next', () => {
    const ranked = rankWithTies(
      [
        { u: 'a', s: 80 },
        { u: 'b', s: 95 },
        { u: 'c', s: 88 },
        { u: 'd', s: 88 },
      ],
      (x) => x.s,
    );
    expect(ranked.map((r) => [r.item.u, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['a', 4],
    ]);
  });
});
