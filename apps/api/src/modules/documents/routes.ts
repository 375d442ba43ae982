import type { FastifyInstance } from 'fastify';
import {
  downloadDocument,
  getDocument,
  listReportDocuments,
  listTargetDocuments,
  uploadDocumentVersion,
  uploadReportDocument,
  uploadTargetDocument,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createDocumentService } from './document.service.ts';
import { readDocxUpload, registerMultipart } from './upload.ts';
import { contentDisposition } from '../../http/content-disposition.ts';

/** 工作文档: upload (multipart), new versions, lists, the page (sanitised HTML) and the original for download. */
export async function documentRoutes(app: FastifyInstance) {
  await registerMultipart(app);
  const docs = createDocumentService(app.deps.db, app.deps.documents);
  registerRoute(app, uploadTargetDocument, ({ ctx, params, req }) => docs.uploadToTarget(ctx, params.id, () => readDocxUpload(req)));
  registerRoute(app, uploadReportDocument, ({ ctx, params, req }) => docs.uploadToReport(ctx, params.id, () => readDocxUpload(req)));
  registerRoute(app, uploadDocumentVersion, ({ ctx, params, req }) => docs.uploadVersion(ctx, params.id, () => readDocxUpload(req)));
  registerRoute(app, listTargetDocuments, ({ ctx, params }) => docs.listForTarget(ctx.actor, params.id));
  registerRoute(app, listReportDocuments, ({ ctx, params }) => docs.listForReport(ctx.actor, params.id));
  registerRoute(app, getDocument, ({ ctx, params, query }) => docs.get(ctx.actor, params.id, query.version));
  registerRoute(app, downloadDocument, async ({ ctx, params, query, reply }) => {
    const { bytes, fileName, contentType, extension } = await docs.download(ctx.actor, params.id, query.version);
    reply
      .header('content-type', contentType)
      .header('content-disposition', contentDisposition(fileName, `document.${extension}`))
      .header('content-length', String(bytes.length))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    // A Buffer is sent as is: Fastify skips the JSON serializer (and the response schema) for Buffers.
    return bytes;
  });
}
