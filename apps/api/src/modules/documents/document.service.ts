import { randomUUID } from 'node:crypto';
import type { DocumentDetail, DocumentDto } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { AppError, ForbiddenError, InvalidStateError, NotFoundError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { findReadableTarget } from '../targets/target.policy.ts';
import { findReadableAdjustment } from '../assessment/adjustment.policy.ts';
import { fileTypeOfStored } from './stored-file-types.ts';
import { convertDocx } from './convert-docx.ts';
import type { DocumentStorage } from './storage/index.ts';
import type { DocxUpload } from './upload.ts';

/** Where a document hangs, resolved to its target (a report's documents belong to the report's target). */
interface Place {
  targetId: string;
  reportId: string | null;
}

type DocumentRow = Prisma.DocumentGetPayload<{ omit: { html: true; text: true } }>;
const META = { html: true, text: true } as const;

/** The audit record of a document: its metadata, never its content. */
function auditable(d: DocumentRow) {
  return {
    seriesId: d.seriesId,
    versionNo: d.versionNo,
    targetId: d.targetId,
    reportId: d.reportId,
    title: d.title,
    fileName: d.fileName,
    storedName: d.storedName,
    sha256: d.sha256,
    sizeBytes: d.sizeBytes,
    warningCount: d.warnings.length,
  };
}

export function createDocumentService(db: Db, storage: DocumentStorage) {
  const names = async (ids: string[]) => {
    const rows = await db.account.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, displayName: true } });
    return new Map(rows.map((r) => [r.id, r.displayName]));
  };

  const toDto = (d: DocumentRow, versionCount: number, latestVersionNo: number, who: Map<string, string>): DocumentDto => ({
    id: d.id,
    seriesId: d.seriesId,
    versionNo: d.versionNo,
    versionCount,
    latestVersionNo,
    targetId: d.targetId,
    reportId: d.reportId,
    title: d.title,
    fileName: d.fileName,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    warnings: d.warnings,
    uploadedById: d.uploadedById,
    uploadedByName: who.get(d.uploadedById) ?? null,
    createdAt: d.createdAt.toISOString(),
  });

  async function detail(id: string): Promise<DocumentDetail> {
    const d = await db.document.findUniqueOrThrow({ where: { id } });
    const versions = await db.document.findMany({ where: { seriesId: d.seriesId }, orderBy: { versionNo: 'desc' }, omit: META });
    const who = await names(versions.map((v) => v.uploadedById));
    return {
      ...toDto(d, versions.length, versions[0]!.versionNo, who),
      html: d.html,
      versions: versions.map((v) => ({
        id: v.id,
        versionNo: v.versionNo,
        fileName: v.fileName,
        sizeBytes: v.sizeBytes,
        uploadedByName: who.get(v.uploadedById) ?? null,
        createdAt: v.createdAt.toISOString(),
      })),
    };
  }

  /** The target, when the actor may read it: scope is part of the query; outside it is 403, a missing one 404. */
  const readableTarget = (actor: Actor, targetId: string) => findReadableTarget(db, actor, targetId, { select: { id: true, unitId: true } });

  /**
   * Upload (and new version): the office for every target; the unit admin for its unit's targets; a staff member
   * only for targets whose responsible people (责任分解) include the person the account belongs to.
   */
  async function assertCanUpload(actor: Actor, targetId: string) {
    const target = await readableTarget(actor, targetId);
    if (hasRole(actor, 'PERF_OFFICE')) return;
    if (hasRole(actor, 'UNIT_ADMIN') && actor.unitId === target.unitId) return;
    if (hasRole(actor, 'UNIT_STAFF') && actor.unitId === target.unitId) {
      const account = await db.account.findUnique({ where: { id: actor.accountId }, select: { personId: true } });
      if (account?.personId && (await db.targetResponsible.count({ where: { targetId, personId: account.personId } }))) return;
    }
    throw new ForbiddenError(t('documents.uploadForbidden'));
  }

  async function placeOfReport(reportId: string): Promise<Place> {
    const r = await db.progressReport.findUnique({ where: { id: reportId }, select: { targetId: true } });
    if (!r) throw new NotFoundError('report');
    return { targetId: r.targetId, reportId };
  }

  /** A document row the actor may read (any version), by id and optional version number of its series. */
  async function readableDocument(actor: Actor, id: string, version?: number) {
    const d = await db.document.findUnique({ where: { id }, omit: META, include: { report: { select: { targetId: true } } } });
    if (!d) throw new NotFoundError('document');
    // 加减分 evidence is read by whoever may read its line; other documents by whoever may read their target.
    if (d.adjustmentId) await findReadableAdjustment(db, actor, d.adjustmentId, { select: { id: true } });
    else await readableTarget(actor, d.targetId ?? d.report!.targetId);
    if (version === undefined || version === d.versionNo) return d;
    const v = await db.document.findUnique({ where: { seriesId_versionNo: { seriesId: d.seriesId, versionNo: version } }, omit: META });
    if (!v) throw new AppError('NOT_FOUND', t('documents.versionNotFound', { version }));
    return v;
  }

  /**
   * Converts (in the worker), writes the original under its generated name, then records the row and its audit
   * event in one transaction; when the transaction fails, the file is removed again. A refused document never
   * reaches the store.
   */
  async function store(ctx: RequestContext, upload: DocxUpload, into: { place: Place; seriesId: string; previousTitle?: string | null; action: string }) {
    const converted = await convertDocx({ bytes: upload.bytes, fileName: upload.fileName });
    await storage.put(converted.storedName, upload.bytes);
    try {
      const id = await db.$transaction(async (tx) => {
        const last = await tx.document.findFirst({ where: { seriesId: into.seriesId }, orderBy: { versionNo: 'desc' }, select: { versionNo: true } });
        const row = await tx.document.create({
          data: {
            seriesId: into.seriesId,
            versionNo: (last?.versionNo ?? 0) + 1,
            targetId: into.place.reportId ? null : into.place.targetId,
            reportId: into.place.reportId,
            fileName: converted.safeFileName,
            storedName: converted.storedName,
            sha256: converted.sha256,
            sizeBytes: upload.bytes.length,
            title: upload.fields.title || converted.title || into.previousTitle || null,
            html: converted.html,
            text: converted.text,
            warnings: converted.warnings,
            uploadedById: ctx.actor.accountId,
            createdAt: ctx.now,
          },
          omit: META,
        });
        await recordAudit(tx, ctx, { action: into.action, objectType: 'Document', objectId: row.id, before: null, after: auditable(row) });
        return row.id;
      });
      return detail(id);
    } catch (e) {
      await storage.delete(converted.storedName).catch(() => {});
      throw e;
    }
  }

  async function list(where: Prisma.DocumentWhereInput) {
    const rows = await db.document.findMany({ where, orderBy: [{ seriesId: 'asc' }, { versionNo: 'desc' }], omit: META });
    const latest = new Map<string, { row: DocumentRow; count: number }>();
    for (const r of rows) {
      const seen = latest.get(r.seriesId);
      if (seen) seen.count++;
      else latest.set(r.seriesId, { row: r, count: 1 });
    }
    const who = await names([...latest.values()].map((l) => l.row.uploadedById));
    const items = [...latest.values()]
      .sort((a, b) => b.row.createdAt.getTime() - a.row.createdAt.getTime() || a.row.id.localeCompare(b.row.id))
      .map((l) => toDto(l.row, l.count, l.row.versionNo, who));
    return { items };
  }

  return {
    async uploadToTarget(ctx: RequestContext, targetId: string, read: () => Promise<DocxUpload>) {
      await assertCanUpload(ctx.actor, targetId);
      const upload = await read();
      return store(ctx, upload, { place: { targetId, reportId: null }, seriesId: randomUUID(), action: 'documents.uploadToTarget' });
    },

    async uploadToReport(ctx: RequestContext, reportId: string, read: () => Promise<DocxUpload>) {
      const place = await placeOfReport(reportId);
      await assertCanUpload(ctx.actor, place.targetId);
      const upload = await read();
      return store(ctx, upload, { place, seriesId: randomUUID(), action: 'documents.uploadToReport' });
    },

    async uploadVersion(ctx: RequestContext, documentId: string, read: () => Promise<DocxUpload>) {
      const d = await db.document.findUnique({ where: { id: documentId }, omit: META, include: { report: { select: { targetId: true } } } });
      if (!d) throw new NotFoundError('document');
      if (d.adjustmentId) throw new InvalidStateError(t('adjustments.evidenceHasNoVersions'));
      const place: Place = { targetId: d.targetId ?? d.report!.targetId, reportId: d.reportId };
      await assertCanUpload(ctx.actor, place.targetId);
      const upload = await read();
      const latest = await db.document.findFirst({ where: { seriesId: d.seriesId }, orderBy: { versionNo: 'desc' }, select: { title: true } });
      return store(ctx, upload, { place, seriesId: d.seriesId, previousTitle: latest?.title, action: 'documents.uploadVersion' });
    },

    async listForTarget(actor: Actor, targetId: string) {
      await readableTarget(actor, targetId);
      return list({ targetId });
    },

    async listForReport(actor: Actor, reportId: string) {
      const place = await placeOfReport(reportId);
      await readableTarget(actor, place.targetId);
      return list({ reportId });
    },

    async get(actor: Actor, id: string, version?: number) {
      const d = await readableDocument(actor, id, version);
      return detail(d.id);
    },

    /** The original bytes, the name to offer them under and their type (a .docx, or a PDF or image kept as evidence). */
    async download(actor: Actor, id: string, version?: number) {
      const d = await readableDocument(actor, id, version);
      const type = fileTypeOfStored(d.storedName);
      return { bytes: await storage.get(d.storedName), fileName: d.fileName, contentType: type.contentType, extension: type.extension };
    },
  };
}
