import {
  chineseMessage,
  ERROR_STATUS,
  schemaIssueText,
  type EntityName,
  type SchemaIssueDetails,
  type ErrorCode,
  type ErrorMessageKey,
  type FieldIssue,
  type LocalizedText,
  type MessageParams,
} from '@jx/contract';

/**
 * What an error says: a catalogued key with its parameters. `chinese` is given when the Chinese words are not the
 * catalogue's: a schema issue keeps the contract's own text, which names the field, while its key names the rule.
 */
export type ErrorText = LocalizedText & { chinese?: string };
/** A catalogued text: `t('targets.notEditable', { status })`. */
export const t = (key: ErrorMessageKey, params?: MessageParams): LocalizedText => ({ key, params });
/** The catalogued text of a failed schema rule, in the contract's own Chinese words. */
export const schemaText = (code: string, details: SchemaIssueDetails & { message: string }): ErrorText => ({
  ...schemaIssueText(code, details),
  chinese: details.message,
});
const chineseOf = (text: ErrorText) => text.chinese ?? chineseMessage(text);

/**
 * An error the caller caused or may see; the error handler turns it into `{error:{code,message,key,params,details}}`
 * with the one status of its code (ERROR_STATUS in the contract).
 */
export class AppError extends Error {
  readonly status: number;
  readonly key: ErrorMessageKey;
  readonly params?: MessageParams;
  constructor(
    readonly code: ErrorCode,
    text: ErrorText,
    readonly details?: unknown,
  ) {
    super(chineseOf(text));
    this.status = ERROR_STATUS[code];
    this.key = text.key;
    this.params = text.params;
  }
}

/** A field issue from a catalogued text. */
export const issue = (path: string, text: ErrorText): FieldIssue => ({
  path,
  message: chineseOf(text),
  key: text.key,
  ...(text.params ? { params: text.params } : {}),
});

/** The text of a field issue, catalogued when it is. */
const textOf = (i: FieldIssue): ErrorText => ({
  key: (i.key ?? 'validation.invalid') as ErrorMessageKey,
  params: i.params as MessageParams | undefined,
  chinese: i.message,
});

export class ValidationError extends AppError {
  /** Without a message of its own, the error says what its first issue says. */
  constructor(issues: FieldIssue[], message?: ErrorText) {
    super('VALIDATION_FAILED', message ?? (issues[0] ? textOf(issues[0]) : t('validation.invalid')), { issues });
  }
  static field(path: string, text: ErrorText) {
    return new ValidationError([issue(path, text)]);
  }
}
export class UnauthenticatedError extends AppError {
  constructor(text: ErrorText = t('common.unauthenticated'), code: ErrorCode = 'UNAUTHENTICATED') {
    super(code, text);
  }
}
export class ForbiddenError extends AppError {
  constructor(text: ErrorText = t('common.forbidden'), code: ErrorCode = 'FORBIDDEN') {
    super(code, text);
  }
}
export class NotFoundError extends AppError {
  constructor(entity: EntityName = 'record') {
    super('NOT_FOUND', t('common.notFound', { entity }));
  }
}
export class ConflictError extends AppError {
  constructor(text: ErrorText, details?: unknown) {
    super('CONFLICT', text, details);
  }
}
export class VersionConflictError extends AppError {
  constructor(entity: EntityName = 'record') {
    super('VERSION_CONFLICT', t('common.versionConflict', { entity }));
  }
}
export class InvalidStateError extends AppError {
  constructor(text: ErrorText) {
    super('INVALID_STATE', text);
  }
}
