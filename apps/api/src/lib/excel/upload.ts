import type { FastifyRequest } from 'fastify';
import { MAX_IMPORT_BYTES } from '@jx/contract';
import type { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { fileIssue, importRejected } from './rejected.ts';
import { formatMb } from './limits.ts';

export interface ExcelUpload<F> {
  bytes: Buffer;
  fileName: string;
  fields: F;
}

const tooLarge = () => importRejected([fileIssue(`文件超过 ${formatMb(MAX_IMPORT_BYTES)}，请拆分后分批导入`)]);

/**
 * Reads an import upload (multipart/form-data): exactly one file part named `file`, at most MAX_IMPORT_BYTES (busboy
 * stops reading beyond it), and the text fields `fields` validates. The multipart parser itself is registered once
 * for the app (modules/documents/upload.ts). Nothing is written anywhere.
 */
export async function readExcelUpload<S extends z.ZodType>(req: FastifyRequest, fieldsSchema: S): Promise<ExcelUpload<z.output<S>>> {
  if (!req.isMultipart()) throw importRejected([fileIssue('请以 multipart/form-data 格式上传 Excel 文件（字段 file）')]);
  let file: { bytes: Buffer; fileName: string } | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw ValidationError.field(part.fieldname, '只能在 file 字段上传文件');
        if (file) throw importRejected([fileIssue('一次只能上传一个文件')]);
        file = { bytes: await part.toBuffer(), fileName: part.filename ?? '' };
      } else {
        if (Object.hasOwn(fields, part.fieldname)) throw ValidationError.field(part.fieldname, '字段重复');
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT') throw importRejected([fileIssue('一次只能上传一个文件')]);
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') throw ValidationError.field('', '上传的字段过多');
    if (code === 'FST_PROTO_VIOLATION') throw ValidationError.field('', '不允许的字段名');
    throw e;
  }
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.flatMap((i) =>
        i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ path: k, message: '不允许的字段' })) : [{ path: i.path.join('.') || 'fields', message: i.path[0] === 'yearId' ? '请选择考核年度' : i.message }],
      ),
    );
  }
  if (!file) throw importRejected([fileIssue('请选择要导入的 Excel 文件（.xlsx）')]);
  return { ...file, fields: parsed.data };
}
