import { describe, expect, it } from 'vitest';
import { rankWithTies, roundHalfUp } from './index.ts';

describe('roundHalfUp', () => {
  it('rounds half up at the second decimal where floats would round down', () => {
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(89.995)).toBe(90);
    expect(roundHalfUp(2.344)).toBe(2.34);
    expect(roundHalfUp(-1.005)).toBe(-1.01);
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
