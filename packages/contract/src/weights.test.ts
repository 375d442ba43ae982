import { describe, expect, it } from 'vitest';
import {
  FULL_WEIGHT_BP,
  WeightPercentSchema,
  checkSiblingInputs,
  checkSiblingWeights,
  childLevel,
  formatWeightBp,
  parseWeightPercent,
  splitEvenly,
} from './weights.ts';

const bp = (s: string) => {
  const r = parseWeightPercent(s);
  if (!r.ok) throw new Error(`${s}: ${r.message}`);
  return r.bp;
};
const refusal = (s: string) => {
  const r = parseWeightPercent(s);
  return r.ok ? null : r.message;
};

describe('parseWeightPercent', () => {
  it('turns percent strings into exact basis points', () => {
    expect(bp('24.25')).toBe(2425);
    expect(bp('25.75')).toBe(2575);
    expect(bp('50')).toBe(5000);
    expect(bp('100')).toBe(10_000);
    expect(bp('100.00')).toBe(10_000);
    expect(bp('0.01')).toBe(1);
    expect(bp('0.5')).toBe(50);
    expect(bp('.5')).toBe(50);
    expect(bp('7.')).toBe(700);
    expect(bp('007.10')).toBe(710);
    expect(bp(' 33.33 ')).toBe(3333);
    expect(bp('15%')).toBe(1500);
  });

  it('is exact where floats are not: 0.29 and 1.15 and 4.35', () => {
    // 0.29 * 100 = 28.999999999999996 and 4.35 * 100 = 434.99999999999994 in floating point.
    expect(bp('0.29')).toBe(29);
    expect(bp('1.15')).toBe(115);
    expect(bp('4.35')).toBe(435);
    expect(bp('57.7')).toBe(5770);
  });

  it('refuses more than two decimals', () => {
    expect(refusal('24.255')).toMatch(/两位小数/);
    expect(refusal('33.333')).toMatch(/两位小数/);
    expect(refusal('10.000')).toMatch(/两位小数/);
  });

  it('refuses zero, more than 100 and anything that is not a plain decimal', () => {
    for (const s of ['0', '0.00', '.', '']) expect(refusal(s), s).not.toBeNull();
    for (const s of ['100.01', '101', '1000', '99999999']) expect(refusal(s), s).toMatch(/不能超过 100/);
    for (const s of ['-5', '+5', '1e2', '24,25', 'abc', '24.2.5', '0x10', 'Infinity', 'NaN', '２４']) {
      expect(refusal(s), s).not.toBeNull();
    }
  });
});

describe('formatWeightBp', () => {
  it('shows basis points as a percent with two decimals', () => {
    expect(formatWeightBp(2425)).toBe('24.25');
    expect(formatWeightBp(5000)).toBe('50.00');
    expect(formatWeightBp(10_000)).toBe('100.00');
    expect(formatWeightBp(1)).toBe('0.01');
    expect(formatWeightBp(0)).toBe('0.00');
    expect(formatWeightBp(-1)).toBe('-0.01');
    expect(formatWeightBp(-250)).toBe('-2.50');
  });

  it('round-trips with parseWeightPercent', () => {
    for (const n of [1, 9, 10, 99, 100, 2425, 3333, 9999, 10_000]) expect(bp(formatWeightBp(n))).toBe(n);
  });

  it('refuses a fractional basis point', () => {
    expect(() => formatWeightBp(0.5)).toThrow();
  });
});

describe('checkSiblingWeights', () => {
  it('24.25 + 25.75 + 50 is exactly 100 %', () => {
    expect(checkSiblingWeights([bp('24.25'), bp('25.75'), bp('50')])).toEqual({ sumBp: 10_000, diffBp: 0, valid: true });
  });

  it('33.33 × 3 is 99.99 %, not 100 %', () => {
    expect(checkSiblingWeights([3333, 3333, 3333])).toEqual({ sumBp: 9999, diffBp: -1, valid: false });
  });

  it('too much is invalid too', () => {
    expect(checkSiblingWeights([6000, 4001])).toEqual({ sumBp: 10_001, diffBp: 1, valid: false });
  });

  it('an empty set is fine; a single 100 % child is fine', () => {
    expect(checkSiblingWeights([])).toEqual({ sumBp: 0, diffBp: 0, valid: true });
    expect(checkSiblingWeights([FULL_WEIGHT_BP]).valid).toBe(true);
  });
});

describe('checkSiblingInputs', () => {
  it('checks what the user typed, refusing the set while any input is not a weight', () => {
    expect(checkSiblingInputs(['24.25', '25.75', '50'])).toMatchObject({ sumBp: 10_000, valid: true, allParsed: true });
    expect(checkSiblingInputs(['33.33', '33.33', '33.33'])).toMatchObject({ sumBp: 9999, diffBp: -1, valid: false });
    const bad = checkSiblingInputs(['50', '49.995', '0.005']);
    expect(bad).toMatchObject({ valid: false, allParsed: false, parsed: [5000, null, null] });
  });
});

describe('childLevel', () => {
  it('allows three levels and no fourth', () => {
    expect(childLevel(null)).toEqual({ ok: true, level: 1 });
    expect(childLevel(1)).toEqual({ ok: true, level: 2 });
    expect(childLevel(2)).toEqual({ ok: true, level: 3 });
    expect(childLevel(3).ok).toBe(false);
  });
});

describe('splitEvenly', () => {
  it('always sums to exactly 100 %', () => {
    expect(splitEvenly(3)).toEqual([3334, 3333, 3333]);
    expect(splitEvenly(4)).toEqual([2500, 2500, 2500, 2500]);
    expect(splitEvenly(0)).toEqual([]);
    for (let n = 1; n <= 40; n++) expect(checkSiblingWeights(splitEvenly(n)).valid, String(n)).toBe(true);
  });
});

describe('WeightPercentSchema', () => {
  it('accepts weights and gives the reason for a refusal', () => {
    expect(WeightPercentSchema.safeParse('24.25').success).toBe(true);
    const r = WeightPercentSchema.safeParse('24.255');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/两位小数/);
    expect(WeightPercentSchema.safeParse(24.25).success).toBe(false);
    expect(WeightPercentSchema.safeParse('').error?.issues.map((i) => i.message)).toEqual(['请填写权重']);
    expect(WeightPercentSchema.safeParse('1'.repeat(20)).error?.issues).toHaveLength(1);
  });
});
