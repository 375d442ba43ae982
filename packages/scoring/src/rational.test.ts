import { describe, expect, it } from 'vitest';
import { add, equals, fromNumber, ratio, roundRational, toNumber } from './rational.ts';

describe('rational arithmetic', () => {
  it('reads a number by its decimal spelling, so tenths add up exactly', () => {
    const sum = [0.1, 0.2].map(fromNumber).reduce(add);
    expect(equals(sum, ratio(3, 10))).toBe(true);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(equals(fromNumber(1e-7), ratio(1, 10_000_000))).toBe(true);
  });

  it('rounds half up (away from zero) exactly', () => {
    expect(toNumber(roundRational(ratio(89995, 1000)))).toBe(90);
    expect(toNumber(roundRational(ratio(-1005, 1000)))).toBe(-1.01);
    // 2/3 = 0.666… → 0.67; 1/8 = 0.125 → 0.13
    expect(toNumber(roundRational(ratio(2, 3)))).toBe(0.67);
    expect(toNumber(roundRational(ratio(1, 8)))).toBe(0.13);
  });
});

describe('fromNumber', () => {
  it('agrees with the decimal spelling of the number', () => {
    for (const [value, n, d] of [
      [88.35, 1767, 20],
      [-0.5, -1, 2],
      [1e21, 10n ** 21n, 1],
      [0.30000000000000004, 30000000000000004n, 10n ** 17n],
      [123456.1234567, 1234561234567n, 10n ** 7n],
    ] as const) {
      expect(equals(fromNumber(value), ratio(n, d))).toBe(true);
    }
  });
});
