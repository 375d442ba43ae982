import { COMMON_MESSAGES } from './common.ts';
import { AUTH_MESSAGES } from './auth.ts';
import { ENTITY_NAMES, type EntityName } from './entities.ts';
import { TARGET_MESSAGES } from './targets.ts';
import { FRAMEWORK_MESSAGES } from './framework.ts';
import { EXECUTION_MESSAGES } from './execution.ts';
import { BASE_DATA_MESSAGES } from './base-data.ts';
import { SCHEMA_CHECK_MESSAGES } from './schema-checks.ts';
import { ASSESSMENT_MESSAGES } from './assessment.ts';
import { RECORD_EXCEL_MESSAGES } from './record-excel.ts';
import { RATINGS_MESSAGES } from './ratings.ts';
import { RESULTS_MESSAGES } from './results.ts';

export {
  COMMON_MESSAGES,
  AUTH_MESSAGES,
  ENTITY_NAMES,
  TARGET_MESSAGES,
  FRAMEWORK_MESSAGES,
  EXECUTION_MESSAGES,
  BASE_DATA_MESSAGES,
  SCHEMA_CHECK_MESSAGES,
  ASSESSMENT_MESSAGES,
  RECORD_EXCEL_MESSAGES,
  RATINGS_MESSAGES,
  RESULTS_MESSAGES,
  type EntityName,
};

/**
 * Every error message the server sends, by a stable key with named parameters (`{attemptsLeft}`), and its Chinese
 * text — the server's default (DESIGN §1: the UI is zh-CN). The web catalogues translate the keys: zh-CN takes these
 * texts, en-US has its own, and the type checker fails on a key missing from either. An error names its key and
 * parameters (`{ key: 'auth.invalidCredentials', params: { attemptsLeft: 4 } }`) beside the Chinese `message`.
 * One file per area; keys start with their area. Labels a parameter may name (`entity.target`, see formatMessage)
 * sit beside the messages that use them.
 */
export const ERROR_MESSAGES = {
  ...COMMON_MESSAGES,
  ...AUTH_MESSAGES,
  ...ENTITY_NAMES,
  ...TARGET_MESSAGES,
  ...FRAMEWORK_MESSAGES,
  ...EXECUTION_MESSAGES,
  ...BASE_DATA_MESSAGES,
  ...SCHEMA_CHECK_MESSAGES,
  ...ASSESSMENT_MESSAGES,
  ...RECORD_EXCEL_MESSAGES,
  ...RATINGS_MESSAGES,
  ...RESULTS_MESSAGES,
} as const;

export type ErrorMessageKey = keyof typeof ERROR_MESSAGES;
export type MessageParams = Record<string, string | number | NestedText>;
/** A text inside a text: `{ detail: { key: 'validation.required' } }` is said in the same language as its message. */
export interface NestedText {
  key: string;
  params?: Record<string, string | number>;
}
/** An error's text as a key and parameters (the Chinese `message` beside it is `formatMessage` of them). */
export interface LocalizedText {
  key: ErrorMessageKey;
  params?: MessageParams;
}

/**
 * `{name}` placeholders filled from `params` (a missing one stays as written). A parameter whose value the catalogue
 * names as `<name>.<value>` is said in the catalogue's words: `{ entity: 'target' }` is `entity.target` (目标 / target),
 * `{ status: 'DRAFT' }` is `status.DRAFT` when the catalogue has it, so a code in a message reads in each language.
 */
export function formatMessage(template: string, params?: MessageParams, catalogue: Readonly<Record<string, string>> = ERROR_MESSAGES): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const param = params[name]!;
    if (typeof param === 'object') return formatMessage(catalogue[param.key] ?? param.key, param.params, catalogue);
    const value = String(param);
    return catalogue[`${name}.${value}`] ?? value;
  });
}

/** The server's Chinese text of a key. */
export const chineseMessage = (text: LocalizedText) => formatMessage(ERROR_MESSAGES[text.key], text.params);

/** A text of the catalogue: `errorText('common.notFound', { entity: 'target' })`. */
export const errorText = (key: ErrorMessageKey, params?: MessageParams): LocalizedText => (params ? { key, params } : { key });

/**
 * A schema's own check failing with a catalogued text: `ctx.addIssue(keyedIssue(errorText('weights.sumNot100', { sum })))`.
 * The Chinese text is the issue's message; the key and parameters ride along so the server and the web can say it in
 * another language.
 */
export function keyedIssue(t: LocalizedText, path?: (string | number)[]) {
  return { code: 'custom' as const, message: chineseMessage(t), params: { key: t.key, ...(t.params ? { params: t.params } : {}) }, ...(path ? { path } : {}) };
}

/** What a zod issue carries that says which rule failed (the issue itself, or fastify's `validation[].params`). */
export interface SchemaIssueDetails {
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: { key?: string; params?: Record<string, string | number> };
}

/** The catalogue text of a failed schema rule, from zod's issue code (custom checks carry their own key). */
export function schemaIssueText(code: string, d: SchemaIssueDetails): LocalizedText {
  const n = (v: number | bigint | undefined) => Number(v ?? 0);
  const isText = d.origin === 'string' || d.origin === 'array';
  switch (code) {
    case 'too_small':
      return isText
        ? n(d.minimum) <= 1
          ? errorText('validation.required')
          : errorText('validation.tooShort', { min: n(d.minimum) })
        : errorText('validation.tooSmall', { min: n(d.minimum) });
    case 'too_big':
      return isText ? errorText('validation.tooLong', { max: n(d.maximum) }) : errorText('validation.tooBig', { max: n(d.maximum) });
    case 'invalid_format':
      return errorText('validation.invalidFormat');
    case 'invalid_type':
      return errorText('validation.invalidType');
    case 'invalid_value':
      return errorText('validation.invalidOption');
    case 'custom':
      return d.params?.key && d.params.key in ERROR_MESSAGES ? errorText(d.params.key as ErrorMessageKey, d.params.params) : errorText('validation.invalid');
    default:
      return errorText('validation.invalid');
  }
}
