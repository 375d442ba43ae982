import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { canAttachEvidence, EvidenceUploadFields, isFilerOf, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_ADJUSTMENT } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ForbiddenError, InvalidStateError, ValidationError, issue, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { readSingleFile, uploadFieldsError } from '../../http/read-single-file.ts';
import { convertDocx, DocumentTooLargeError } from '../documents/index.ts';
import { formatBytes } from '../documents/limits.ts';
import type { DocumentStorage } from '../documents/storage/index.ts';
import { fileTypeOfName, safeFileNameOf, storedNameOf } from '../documents/stored-file-types.ts';
import { findReadableAdjustment } from './adjustment.policy.ts';

export interface EvidenceUpload {
  bytes: Buffer;
  fileName: string;
}

/** One `file` part and no text fields; busboy stops reading past the size limit. */
export async function readEvidenceUpload(req: FastifyRequest): Promise<EvidenceUpload> {
  const { file, fields } = await readSingleFile(req, {
    limits: { fileSize: MAX_EVIDENCE_BYTES },
    notMultipart: () => ValidationError.field('file', t('adjustments.evidenceRequired')),
    tooLarge: () => new DocumentTooLargeError(t('documents.uploadTooLarge', { max: formatBytes(MAX_EVIDENCE_BYTES) })),
    moreThanOneFile: () => ValidationError.field('file', t('documents.oneFileOnly')),
  });
  const parsed = EvidenceUploadFields.safeParse(fields);
  if (!parsed.success) throw uploadFieldsError(parsed.error, (i) => issue(i.path.join('.'), t('validation.invalid')));
  if (!file) throw ValidationError.field('file', t('adjustments.evidenceRequired'));
  return file;
}

/** What goes into the store and the Document row: a converted .docx, or a PDF or image as it came. */
async function prepareEvidence(upload: EvidenceUpload) {
  const type = fileTypeOfName(upload.fileName);
  if (!type) throw ValidationError.field('file', t('adjustments.evidenceType'));
  if (type.kind === 'DOCX') {
    const c = await convertDocx({ bytes: upload.bytes, fileName: upload.fileName });
    return { storedName: c.storedName, fileName: c.safeFileName, sha256: c.sha256, title: c.title, html: c.html, text: c.text, warnings: c.warnings };
  }
  if (upload.bytes.length === 0) throw ValidationError.field('file', t('documents.fileEmpty'));
  const extension = upload.fileName.slice(upload.fileName.lastIndexOf('.')).toLowerCase();
  if (!type.matches(upload.bytes)) throw ValidationError.field('file', t('adjustments.evidenceContentMismatch', { extension }));
  return {
    storedName: storedNameOf(type),
    fileName: safeFileNameOf(upload.fileName, type),
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
    title: null,
    html: '',
    text: '',
    warnings: [] as string[],
  };
}

/**
 * Stores one piece of evidence (佐证材料) and its Document row for its owner (an adjustment or an appeal), audited; the
 * `recheck` runs inside the transaction (the owner may have been decided meanwhile). The stored file is removed again
 * when the row is not written.
 */
export async function saveEvidence(
  db: Db,
  storage: DocumentStorage,
  ctx: RequestContext,
  q: { owner: { adjustmentId: string } | { appealId: string }; upload: EvidenceUpload; action: string; recheck: (tx: Tx) => Promise<void> },
): Promise<void> {
  const { upload } = q;
  const file = await prepareEvidence(upload);
  await storage.put(file.storedName, upload.bytes);
  try {
    await db.$transaction(async (tx) => {
      await q.recheck(tx);
      const row = await tx.document.create({
        data: {
          seriesId: randomUUID(),
          versionNo: 1,
          ...q.owner,
          fileName: file.fileName,
          storedName: file.storedName,
          sha256: file.sha256,
          sizeBytes: upload.bytes.length,
          title: file.title || null,
          html: file.html,
          text: file.text,
          warnings: file.warnings,
          uploadedById: ctx.actor.accountId,
          createdAt: ctx.now,
        },
        select: { id: true },
      });
      await recordAudit(tx, ctx, {
        action: q.action,
        objectType: 'Document',
        objectId: row.id,
        before: null,
        after: { ...q.owner, fileName: file.fileName, storedName: file.storedName, sha256: file.sha256, sizeBytes: upload.bytes.length },
      });
    });
  } catch (e) {
    await storage.delete(file.storedName).catch(() => {});
    throw e;
  }
}

/**
 * 佐证材料 of a 加减分 line: the filing unit adds it while the line is pending. A .docx takes the hardened conversion of
 * 工作文档 (worker, limits, sanitised HTML) and is read as a page; a PDF or a PNG/JPG image is checked by its magic bytes
 * and kept for download only. Either is a Document row of the line, stored under a generated name in the same store.
 */
export function createAdjustmentEvidenceService(db: Db, storage: DocumentStorage) {
  return {
    async attach(ctx: RequestContext, adjustmentId: string, read: () => Promise<EvidenceUpload>) {
      const a = await findReadableAdjustment(db, ctx.actor, adjustmentId, { select: { id: true, status: true, filedByUnitId: true } });
      if (!isFilerOf(ctx.actor, a)) throw new ForbiddenError(t('adjustments.notFiler'));
      if (!canAttachEvidence(ctx.actor, a)) {
        throw new InvalidStateError(t('adjustments.notAllowedInStatus', { adjustmentStatus: a.status, adjustmentAction: 'attachEvidence' }));
      }
      if ((await db.document.count({ where: { adjustmentId } })) >= MAX_EVIDENCE_PER_ADJUSTMENT) {
        throw new InvalidStateError(t('adjustments.tooManyEvidence', { max: MAX_EVIDENCE_PER_ADJUSTMENT }));
      }
      await saveEvidence(db, storage, ctx, {
        owner: { adjustmentId },
        upload: await read(),
        action: 'adjustments.uploadEvidence',
        // Decided meanwhile: the evidence is refused as it would have been a moment later.
        recheck: async (tx) => {
          const now = await tx.adjustment.findUniqueOrThrow({ where: { id: adjustmentId }, select: { status: true } });
          if (now.status !== a.status) {
            throw new InvalidStateError(t('adjustments.notAllowedInStatus', { adjustmentStatus: now.status, adjustmentAction: 'attachEvidence' }));
          }
        },
      });
    },
  };
}
