import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { PrismaClient } from '@jx/db';
import type { TestApp } from '../helpers/app.ts';
import type { LocalDiskStorage } from '../../src/modules/documents/storage/index.ts';

export type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer; contentType?: string };

/** A multipart/form-data body as a browser sends it (raw UTF-8 file names), for `app.inject`. */
export function multipartBody(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----jxtest${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('content' in p) {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.contentType ?? 'application/octet-stream'}\r\n\r\n`,
        ),
      );
      chunks.push(p.content, Buffer.from('\r\n'));
    } else {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** One `file` part (and an optional title). */
export function docxUpload(content: Buffer, filename = '工作总结.docx', title?: string) {
  return multipartBody([...(title !== undefined ? [{ name: 'title', value: title }] : []), { name: 'file', filename, content }]);
}

/** A progress report on the target, written straight through Prisma. */
export function createReport(db: PrismaClient, targetId: string, reportedById: string, periodKey = 'M02') {
  return db.progressReport.create({
    data: { targetId, periodKey, actualPercent: 20, narrative: '按计划推进', reportedById, submittedAt: new Date('2026-03-03T02:00:00Z') },
  });
}

/** The files the app's document store holds (tests use the local store in a temp folder). */
export async function storedFiles(t: TestApp): Promise<string[]> {
  const dir = (t.app.deps.documents as LocalDiskStorage).dir;
  return readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
}
