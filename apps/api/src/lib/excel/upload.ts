import type { FastifyRequest } from 'fastify';
import { MAX_IMPORT_BYTES, type SchemaIssueDetails } from '@jx/contract';
import type { z } from 'zod';
import { readSingleFile, uploadFieldsError } from '../../http/read-single-file.ts';
import { issue, schemaText, t } from '../errors.ts';
import { fileIssue, importRejected } from './rejected.ts';
import { formatMb } from './limits.ts';

export interface ExcelUpload<F> {
  bytes: Buffer;
  fileName: string;
  fields: F;
}

const tooLarge = () => importRejected([fileIssue(t('excel.uploadTooLarge', { max: formatMb(MAX_IMPORT_BYTES) }))]);
const oneFile = () => importRejected([fileIssue(t('excel.oneFileOnly'))]);

/**
 * Reads an import upload (multipart/form-data): exactly one file part named `file`, at most MAX_IMPORT_BYTES (busboy
 * stops reading beyond it), and the text fields `fields` validates. Nothing is written anywhere.
 */
export async function readExcelUpload<S extends z.ZodType>(req: FastifyRequest, fieldsSchema: S): Promise<ExcelUpload<z.output<S>>> {
  const { file, fields } = await readSingleFile(req, {
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1 },
    notMultipart: () => importRejected([fileIssue(t('excel.notMultipart'))]),
    tooLarge,
    moreThanOneFile: oneFile,
  });
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success) {
    // The import forms send only yearId (an unknown field is named by uploadFieldsError): a wrong one says to choose a year.
    throw uploadFieldsError(parsed.error, (i) =>
      issue(i.path.join('.') || 'fields', i.path[0] === 'yearId' ? t('excel.yearRequired') : schemaText(i.code, i as SchemaIssueDetails & { message: string })),
    );
  }
  if (!file) throw importRejected([fileIssue(t('excel.fileRequired'))]);
  return { ...file, fields: parsed.data };
}
