/**
 * Rounds half away from zero to `digits` decimals, working on the decimal string so that
 * 1.005 → 1.01 (binary floating point alone gives 1.00). The engine rounds only at the end (DESIGN §3).
 */
export function roundHalfUp(value: number, digits = 2): number {
  if (!Number.isFinite(value)) throw new RangeError('cannot round a non-finite number');
  const sign = value < 0 ? -1 : 1;
  const [int, frac = ''] = Math.abs(value)
    .toFixed(digits + 6)
    .split('.');
  const kept = BigInt(int + frac.slice(0, digits));
  const rounded = Number(frac[digits]) >= 5 ? kept + 1n : kept;
  return (sign * Number(rounded)) / 10 ** digits;
}
