import type { FastifyRequest } from 'fastify';
import { MAX_IMPORT_BYTES } from '@jx/contract';
import type { z } from 'zod';
import { readSingleFile, uploadFieldsError } from '../../http/read-single-file.ts';
import { fileIssue, importRejected } from './rejected.ts';
import { formatMb } from './limits.ts';

export interface ExcelUpload<F> {
  bytes: Buffer;
  fileName: string;
  fields: F;
}

const tooLarge = () => importRejected([fileIssue(`文件超过 ${formatMb(MAX_IMPORT_BYTES)}，请拆分后分批导入`)]);
const oneFile = () => importRejected([fileIssue('一次只能上传一个文件')]);

/**
 * Reads an import upload (multipart/form-data): exactly one file part named `file`, at most MAX_IMPORT_BYTES (busboy
 * stops reading beyond it), and the text fields `fields` validates. Nothing is written anywhere.
 */
export async function readExcelUpload<S extends z.ZodType>(req: FastifyRequest, fieldsSchema: S): Promise<ExcelUpload<z.output<S>>> {
  const { file, fields } = await readSingleFile(req, {
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1 },
    notMultipart: () => importRejected([fileIssue('请以 multipart/form-data 格式上传 Excel 文件（字段 file）')]),
    tooLarge,
    moreThanOneFile: oneFile,
  });
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success) {
    throw uploadFieldsError(parsed.error, (i) => ({ path: i.path.join('.') || 'fields', message: i.path[0] === 'yearId' ? '请选择考核年度' : i.message }));
  }
  if (!file) throw importRejected([fileIssue('请选择要导入的 Excel 文件（.xlsx）')]);
  return { ...file, fields: parsed.data };
}
