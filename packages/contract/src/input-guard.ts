import type { z } from 'zod';
import { errorText, keyedIssue } from './messages/index.ts';

/** The largest integer a PostgreSQL `integer` column holds; request numbers beyond it are refused up front. */
export const MAX_INPUT_INTEGER = 2_147_483_647;

export interface InputProblem {
  path: (string | number)[];
  code: 'input.nulCharacter' | 'input.numberOutOfRange';
  message: string;
}

/**
 * What no request may carry, whatever the route: a NUL character (U+0000) in any string (PostgreSQL text cannot hold
 * one) and a number beyond ±2,147,483,647 (no column or count of ours is larger). Walks every string and number of a
 * parsed request part, with its path.
 */
export function inputProblems(value: unknown, path: (string | number)[] = [], out: InputProblem[] = []): InputProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path, code: 'input.nulCharacter', message: '不能包含空字符（U+0000）' });
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_INPUT_INTEGER) {
      out.push({ path, code: 'input.numberOutOfRange', message: `数值超出允许范围（绝对值不超过 ${MAX_INPUT_INTEGER}）` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => inputProblems(v, [...path, i], out));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) inputProblems(v, [...path, k], out);
  }
  return out;
}

/** The schema with the guard above as one more check: every route's params, query and body get it (defineRoute). */
export function guardInput<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    for (const p of inputProblems(value)) {
      ctx.addIssue(keyedIssue(errorText(p.code, p.code === 'input.numberOutOfRange' ? { max: MAX_INPUT_INTEGER } : undefined), p.path));
    }
  });
}
