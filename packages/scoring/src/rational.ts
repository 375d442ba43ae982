/**
 * Exact rational numbers on BigInt (numerator / positive denominator, always reduced). The engine computes every
 * score with these so that nothing is rounded before the final score (DESIGN §3); see docs/decisions/0011.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d < 0n ? -d : d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export const ZERO: Rational = { n: 0n, d: 1n };
export const HUNDRED: Rational = { n: 100n, d: 1n };

export function ratio(n: number | bigint, d: number | bigint = 1): Rational {
  return make(BigInt(n), BigInt(d));
}

/**
 * A JS number read by its shortest decimal spelling, so 0.1 is exactly one tenth (not the binary double
 * 0.1000000000000000055…). Inputs are scores and points with a few decimals; this is what the user typed.
 */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // Fast path (the engine reads thousands of these): the fewest decimals k ≤ 6 whose k-decimal number is this double.
  // Below 1e9 a double's spacing is under 1e-6 / 2, so only one k-decimal number can round to it.
  if (Math.abs(value) < 1e9) {
    for (let k = 0; k <= 6; k++) {
      const scale = 10 ** k;
      const n = Math.round(value * scale);
      if (n / scale === value) return make(BigInt(n), BigInt(scale));
    }
  }
  const m = DECIMAL.exec(String(value));
  if (!m) throw new RangeError(`not a decimal number: ${value}`);
  const [, minus, whole = '0', fraction = '', exponent = '0'] = m;
  const shift = Number(exponent) - fraction.length;
  let n = BigInt(whole + fraction) * (minus ? -1n : 1n);
  let d = 1n;
  if (shift >= 0) n *= 10n ** BigInt(shift);
  else d = 10n ** BigInt(-shift);
  return make(n, d);
}

export const add = (a: Rational, b: Rational): Rational => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n);

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

export const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);
export const isZero = (a: Rational): boolean => a.n === 0n;
export const equals = (a: Rational, b: Rational): boolean => compare(a, b) === 0;

/** Exact half-up rounding (half away from zero) to `digits` decimals: the one rounding the engine does. */
export function roundRational(value: Rational, digits = 2): Rational {
  const scale = 10n ** BigInt(digits);
  const abs = value.n < 0n ? -value.n : value.n;
  const scaled = abs * scale;
  let q = scaled / value.d;
  if ((scaled % value.d) * 2n >= value.d) q += 1n;
  return make(value.n < 0n ? -q : q, scale);
}

/** The nearest double, for display in receipts (exact values never go back into a computation from here). */
export function toNumber(value: Rational): number {
  // One correctly rounded division when both parts are exact doubles.
  if (value.d <= MAX_SAFE && value.n <= MAX_SAFE && value.n >= -MAX_SAFE) return Number(value.n) / Number(value.d);
  const rounded = roundRational(value, 12);
  return Number(rounded.n) / Number(rounded.d);
}
