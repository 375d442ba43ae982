import type { FormRule } from 'antd';
import type { z } from 'zod';
import { localizeSchemaIssue } from '../../locales';

export type ToInput = (value: unknown) => unknown;

/** Form values → schema input: an empty text box or a cleared picker means "not given". */
export const emptyToUndefined: ToInput = (value) => {
  if (value === '' || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
};

/**
 * Form values → schema input for a required text: an untouched or cleared box is empty text, so the schema's own
 * "required" words (e.g. 请填写原因 from its min length) are shown rather than zod's "expected string" type error.
 */
export const textOrEmpty: ToInput = (value) => (typeof value === 'string' ? value : '');

/**
 * The message of the first rule of `schema` the value breaks (the same message the server would give, in the user's
 * language), or undefined when it passes.
 */
export function schemaError(schema: z.ZodType, value: unknown, toInput: ToInput = emptyToUndefined): string | undefined {
  const input = toInput(value);
  const result = schema.safeParse(input);
  const first = result.success ? undefined : result.error.issues[0];
  if (!first) return undefined;
  // A missing value fails as "wrong type" in zod; the user reads it as "required".
  const missing = input === undefined && first.code === 'invalid_type';
  return localizeSchemaIssue(missing ? { ...first, code: 'too_small', origin: 'string', minimum: 1 } : (first as Parameters<typeof localizeSchemaIssue>[0]));
}

/** An antd rule that validates a field value with a contract zod schema, e.g. `zodRule(CreateUnitBody.shape.code)`. */
export function zodRule(schema: z.ZodType, toInput: ToInput = emptyToUndefined): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const message = schemaError(schema, value, toInput);
      if (message) throw new Error(message);
    },
  };
}

/** Whether the schema rejects a missing value (used to show the required mark). */
export function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success;
}

/**
 * Request-body cleaning: texts are trimmed and an empty text becomes null (the contract's optional
 * fields are `nullish`); the listed `nullable` keys also turn `undefined` (a cleared picker) into null,
 * so an update clears them rather than leaving them as they were.
 */
export function blankToNull<T extends object>(values: T, nullable: readonly (keyof T)[] = []): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : v;
  }
  for (const k of nullable) if (out[k as string] === undefined) out[k as string] = null;
  return out as T;
}

/** The field schemas of a route's body, e.g. `bodyShape(createYear).year`. */
export function bodyShape<B extends z.ZodObject>(route: { id: string; body?: B }): B['shape'] {
  if (!route.body) throw new Error(`route ${route.id} has no body schema`);
  return route.body.shape;
}
