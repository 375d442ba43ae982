import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { inputProblems, MAX_INPUT_INTEGER, type FieldIssue } from '@jx/contract';
import { issue, t, ValidationError } from '../lib/errors.ts';

export interface SingleFileUpload {
  /** The part named `file`; null when the request carried none. */
  file: { bytes: Buffer; fileName: string } | null;
  /** The text parts, each name at most once. */
  fields: Record<string, string>;
}

/** What differs between upload routes: their own limit and how they say what went wrong. */
export interface SingleFileRules {
  /** Narrower busboy limits than the app-wide ones (modules/documents/upload.ts registerMultipart). */
  limits?: { fileSize?: number; files?: number };
  notMultipart: () => Error;
  tooLarge: () => Error;
  moreThanOneFile: () => Error;
}

/**
 * Reads a multipart/form-data request holding one file part named `file` and a few text fields. Busboy stops reading
 * beyond the limits; its limit errors become the route's own errors or a 400. Nothing is written anywhere: the bytes
 * stay in memory. Validating the fields and requiring the file are the caller's.
 */
export async function readSingleFile(req: FastifyRequest, rules: SingleFileRules): Promise<SingleFileUpload> {
  if (!req.isMultipart()) throw rules.notMultipart();
  let file: SingleFileUpload['file'] = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts(rules.limits ? { limits: rules.limits } : {})) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw ValidationError.field(part.fieldname, t('uploads.fileFieldOnly'));
        if (file) throw rules.moreThanOneFile();
        file = { bytes: await part.toBuffer(), fileName: part.filename ?? '' };
      } else {
        if (Object.hasOwn(fields, part.fieldname)) throw ValidationError.field(part.fieldname, t('uploads.duplicateField'));
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw rules.tooLarge();
    if (code === 'FST_FILES_LIMIT') throw rules.moreThanOneFile();
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') throw ValidationError.field('', t('uploads.tooManyFields'));
    if (code === 'FST_PROTO_VIOLATION') throw ValidationError.field('', t('uploads.fieldNameNotAllowed'));
    throw e;
  }
  // The same guard as every JSON request (app.ts): the text parts and the file's name.
  const problems = inputProblems({ ...fields, ...(file ? { file: file.fileName } : {}) });
  if (problems.length) {
    throw new ValidationError(
      problems.map((p) => issue(p.path.join('.'), t(p.code, p.code === 'input.numberOutOfRange' ? { max: MAX_INPUT_INTEGER } : undefined))),
    );
  }
  return { file, fields };
}

/** The text fields' schema issues as one 400: each unknown field by its own name, the rest as `toIssue` says. */
export function uploadFieldsError(error: z.ZodError, toIssue: (issue: z.core.$ZodIssue) => FieldIssue): ValidationError {
  return new ValidationError(
    error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => issue(k, t('validation.unknownField'))) : [toIssue(i)])),
  );
}
