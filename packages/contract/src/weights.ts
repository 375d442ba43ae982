import { z } from 'zod';
import { chineseMessage, errorText, keyedIssue, type LocalizedText } from './messages/index.ts';

/**
 * Indicator weights (指标权重), exactly: a weight is a percentage of its parent with at most two decimals,
 * held as integer basis points (1 bp = 0.01 %, 2425 = 24.25 %). Every sibling set sums to exactly 10000.
 * User input is parsed from its digits, never through a float, so 33.33 × 3 is 9999 and not "about 100".
 */

/** 100 % in basis points: what every non-empty sibling set must sum to. */
export const FULL_WEIGHT_BP = 10_000;
/** 一级 / 二级 / 三级: an indicator tree is at most three levels deep. */
export const MAX_INDICATOR_LEVEL = 3;

export type WeightParseResult = { ok: true; bp: number } | { ok: false; text: LocalizedText; message: string };
/** What is being parsed: an indicator's weight or a responsible person's share (the same rules). */
export type WeightQuantity = 'weight' | 'share';

const refused = (
  key: 'weights.notNumber' | 'weights.tooManyDecimals' | 'weights.over100' | 'weights.notPositive',
  quantity: WeightQuantity,
): WeightParseResult => {
  const text = errorText(key, { quantity });
  return { ok: false, text, message: chineseMessage(text) };
};

const WEIGHT_PATTERN = /^(\d*)(?:\.(\d*))?$/;

/**
 * "24.25" → 2425, "50" → 5000, "0.5" → 50, "24.25%" → 2425. More than two decimals, anything that is not a plain
 * decimal number, zero and more than 100 are refused with a message saying why.
 */
export function parseWeightPercent(input: string, quantity: WeightQuantity = 'weight'): WeightParseResult {
  const text = input.trim().replace(/\s*%$/, '');
  const m = WEIGHT_PATTERN.exec(text);
  const whole = m?.[1] ?? '';
  const fraction = m?.[2] ?? '';
  if (!m || (whole === '' && fraction === '')) return refused('weights.notNumber', quantity);
  if (fraction.length > 2) return refused('weights.tooManyDecimals', quantity);
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > 3) return refused('weights.over100', quantity);
  const bp = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (bp <= 0) return refused('weights.notPositive', quantity);
  if (bp > FULL_WEIGHT_BP) return refused('weights.over100', quantity);
  return { ok: true, bp };
}

/** 2425 → "24.25", 5000 → "50.00", -1 → "-0.01". */
export function formatWeightBp(bp: number): string {
  if (!Number.isInteger(bp)) throw new Error(`formatWeightBp: not an integer number of basis points: ${bp}`);
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export interface SiblingWeightCheck {
  /** Sum of the set in basis points. */
  sumBp: number;
  /** `sumBp - 10000`: negative when the set is short of 100 %. 0 for an empty set. */
  diffBp: number;
  /** An empty set is valid; a non-empty one must sum to exactly 10000. */
  valid: boolean;
}

/** Whether one sibling set's weights (basis points) sum to exactly 100 %. */
export function checkSiblingWeights(weightsBp: readonly number[]): SiblingWeightCheck {
  const sumBp = weightsBp.reduce((s, w) => s + w, 0);
  if (weightsBp.length === 0) return { sumBp: 0, diffBp: 0, valid: true };
  return { sumBp, diffBp: sumBp - FULL_WEIGHT_BP, valid: sumBp === FULL_WEIGHT_BP };
}

/** Parses a whole set of inputs; `null` where an input is not a valid weight. */
export function checkSiblingInputs(inputs: readonly string[]): SiblingWeightCheck & { parsed: (number | null)[]; allParsed: boolean } {
  const parsed = inputs.map((s) => {
    const r = parseWeightPercent(s);
    return r.ok ? r.bp : null;
  });
  const allParsed = parsed.every((p) => p !== null);
  const check = checkSiblingWeights(parsed.map((p) => p ?? 0));
  return { ...check, valid: allParsed && check.valid, parsed, allParsed };
}

/** The level of a new indicator under a parent of `parentLevel` (null: at the root), or an error message. */
export function childLevel(parentLevel: number | null): { ok: true; level: number } | { ok: false; text: LocalizedText; message: string } {
  const level = (parentLevel ?? 0) + 1;
  if (level > MAX_INDICATOR_LEVEL) {
    const text = errorText('weights.tooDeep', { max: MAX_INDICATOR_LEVEL });
    return { ok: false, text, message: chineseMessage(text) };
  }
  return { ok: true, level };
}

/**
 * Splits 100 % evenly over `count` siblings in whole basis points; the remainder goes to the first ones
 * (3 → 33.34, 33.33, 33.33), so the result always sums to exactly 10000.
 */
export function splitEvenly(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(FULL_WEIGHT_BP / count);
  const rest = FULL_WEIGHT_BP - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < rest ? 1 : 0));
}

/** A weight (or a share) as the user types it: "24.25" (percent, 0 < w ≤ 100, at most two decimals). */
export const weightPercentSchema = (quantity: WeightQuantity) =>
  z
    .string({ error: chineseMessage(errorText('weights.required', { quantity })) })
    .trim()
    .superRefine((value, ctx) => {
      // One message per field: the first thing wrong with it.
      if (value === '') return void ctx.addIssue(keyedIssue(errorText('weights.required', { quantity })));
      if (value.length > 12) return void ctx.addIssue(keyedIssue(errorText('weights.notNumber', { quantity })));
      const r = parseWeightPercent(value, quantity);
      if (!r.ok) ctx.addIssue(keyedIssue(r.text));
    });
export const WeightPercentSchema = weightPercentSchema('weight');

/** The basis points of a weight that passed `WeightPercentSchema` (throws otherwise: a programming error). */
export function weightBpOf(value: string): number {
  const r = parseWeightPercent(value);
  if (!r.ok) throw new Error(`weightBpOf: ${r.message}`);
  return r.bp;
}
