import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { DocumentUploadFields, MAX_DOCUMENT_BYTES, schemaIssueText, type SchemaIssueDetails } from '@jx/contract';
import type { z } from 'zod';
import { readSingleFile, uploadFieldsError } from '../../http/read-single-file.ts';
import { t, ValidationError } from '../../lib/errors.ts';
import { DocumentTooLargeError } from './errors.ts';
import { formatBytes } from './limits.ts';

export interface DocxUpload {
  bytes: Buffer;
  fileName: string;
  fields: z.output<typeof DocumentUploadFields>;
}

const MAX_TEXT_FIELDS = 4;
/**
 * Passed through to busboy (not in @fastify/multipart's option types): browsers send the file name as raw UTF-8 in
 * `filename="…"`, which busboy would otherwise read as latin1.
 */
const BUSBOY_EXTRA: object = { defParamCharset: 'utf8' };

/**
 * The multipart parser, for the whole app (it only claims `multipart/form-data`; JSON routes refuse such bodies
 * through their own schemas). Busboy enforces the limits while streaming: one file of at most 20 MB, a few short
 * text fields. Fastify's own 1 MB bodyLimit does not apply to multipart, these limits do.
 */
export async function registerMultipart(app: FastifyInstance) {
  await app.register(multipart, {
    throwFileSizeLimit: true,
    ...BUSBOY_EXTRA,
    limits: {
      fileSize: MAX_DOCUMENT_BYTES,
      files: 1,
      fields: MAX_TEXT_FIELDS,
      fieldSize: 2048,
      parts: MAX_TEXT_FIELDS + 1,
      headerPairs: 50,
    },
  });
}

const tooLarge = () => new DocumentTooLargeError(t('documents.uploadTooLarge', { max: formatBytes(MAX_DOCUMENT_BYTES) }));
const oneFile = () => ValidationError.field('file', t('documents.oneFileOnly'));

/**
 * Reads an upload: exactly one file part named `file` and the text fields of DocumentUploadFields. Nothing is
 * written anywhere; the bytes stay in memory (≤ 20 MB) for the conversion.
 */
export async function readDocxUpload(req: FastifyRequest): Promise<DocxUpload> {
  const { file, fields } = await readSingleFile(req, {
    notMultipart: () => ValidationError.field('file', t('documents.notMultipart')),
    tooLarge,
    moreThanOneFile: oneFile,
  });
  if (!file) throw ValidationError.field('file', t('documents.fileRequired'));
  const parsed = DocumentUploadFields.safeParse(fields);
  if (!parsed.success) {
    // The contract's own Chinese text (it names the field) stays the message; the key says the rule in other languages.
    throw uploadFieldsError(parsed.error, (i) => {
      const text = schemaIssueText(i.code, i as SchemaIssueDetails);
      return { path: i.path.join('.'), message: i.message, key: text.key, ...(text.params ? { params: text.params } : {}) };
    });
  }
  return { ...file, fields: parsed.data };
}
