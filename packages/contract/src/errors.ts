import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'MFA_REQUIRED',
  'MFA_ENROLLMENT_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'INVALID_STATE',
  'RESULTS_MISSING_INPUTS',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_POLICY',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * The one HTTP status of each error code: a throw site names the code, never a status (so ACCOUNT_LOCKED is 423
 * wherever the account locks).
 */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  PASSWORD_POLICY: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  MFA_REQUIRED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  MFA_ENROLLMENT_REQUIRED: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  INVALID_STATE: 409,
  RESULTS_MISSING_INPUTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

const MessageKeySchema = z.string();
const ScalarParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
/** A parameter is a value, or a catalogued text of its own (`detail` of `validation.requestInvalid`: the field's problem). */
export const MessageParamsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.object({ key: z.string(), params: ScalarParamsSchema.optional() })]),
);

/** A field's problem: its dotted path, the Chinese text and, when it has one, the message key and its parameters. */
export const FieldIssueSchema = z.object({ path: z.string(), message: z.string(), key: MessageKeySchema.optional(), params: MessageParamsSchema.optional() });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    /** Chinese, the server's default; `key` and `params` let a catalogue say it in the user's language. */
    message: z.string(),
    key: MessageKeySchema.optional(),
    params: MessageParamsSchema.optional(),
    details: z.unknown().optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
