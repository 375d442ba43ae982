import type { FastifyInstance } from 'fastify';
import {
  downloadBulletinPdf,
  exportBulletin,
  getBulletin,
  getBulletinPrint,
  getBulletinReceipt,
  listBulletins,
  listMyResults,
  type Bulletin,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { contentDisposition } from '../../http/content-disposition.ts';
import { addTableSheet, newWorkbook, sendXlsx, workbookBytes } from '../../lib/excel/write-sheet.ts';
import { createBulletinReader } from './bulletin.read.ts';
import { printHtml, storeBulletinPdf } from './bulletin-files.ts';

type Row = Bulletin['categories'][number]['rows'][number];
const fileBase = (b: Bulletin) => `考核通报-${b.year}${b.periodName}-第${b.versionNo}版`;

/** 考核通报 and a unit's 考核成绩 (decision 0019, "Who sees what"). */
export function bulletinRoutes(app: FastifyInstance) {
  const { db, settings } = app.deps;
  const reader = createBulletinReader(db, settings);

  registerRoute(app, listBulletins, ({ ctx, query }) => reader.list(ctx.actor, query));
  registerRoute(app, getBulletin, ({ ctx, params }) => reader.get(ctx.actor, params.id));
  registerRoute(app, getBulletinReceipt, ({ ctx, params }) => reader.receipt(ctx.actor, params.id, params.unitId));
  registerRoute(app, listMyResults, ({ ctx }) => reader.mine(ctx.actor, ctx.now));
  registerRoute(app, getBulletinPrint, async ({ ctx, params, reply }) => {
    const html = await printHtml(app.deps, await reader.get(ctx.actor, params.id));
    reply.header('content-type', 'text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return Buffer.from(html, 'utf8');
  });
  registerRoute(app, downloadBulletinPdf, async ({ ctx, params, reply }) => {
    const bulletin = await reader.get(ctx.actor, params.id);
    const stored = await db.bulletin.findUniqueOrThrow({ where: { id: params.id }, select: { pdf: true } });
    const pdf = stored.pdf ? Buffer.from(stored.pdf) : await storeBulletinPdf(app.deps, params.id);
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition(`${fileBase(bulletin)}.pdf`, 'bulletin.pdf'))
      .header('content-length', String(pdf.length))
      .header('x-content-type-options', 'nosniff');
    return pdf;
  });
  registerRoute(app, exportBulletin, async ({ ctx, params, reply }) => {
    const bulletin = await reader.get(ctx.actor, params.id);
    const wb = await newWorkbook();
    for (const c of bulletin.categories) {
      addTableSheet<Row>(
        wb,
        c.categoryName.slice(0, 31),
        [
          { header: '名次', width: 8, value: (r) => r.rank },
          { header: '单位', width: 30, value: (r) => r.unitName },
          { header: '得分', width: 10, value: (r) => r.final },
          { header: '等次', width: 10, value: (r) => r.grade },
          ...(bulletin.versionNo > 1
            ? [
                {
                  header: '较上一版',
                  width: 36,
                  value: (r: Row) => (r.prev && r.final !== null ? `得分 ${r.prev.final.toFixed(2)}，排名 ${r.prev.rank}，等次 ${r.prev.grade}` : ''),
                },
              ]
            : []),
        ],
        c.rows,
      );
    }
    return sendXlsx(reply, await workbookBytes(wb), `${fileBase(bulletin)}.xlsx`);
  });
}
