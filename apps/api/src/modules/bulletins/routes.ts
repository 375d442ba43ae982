import type { FastifyInstance } from 'fastify';
import { listBulletins, getBulletin, getBulletinReceipt, getBulletinPrint, downloadBulletinPdf, exportBulletin, listMyResults } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';

// Scaffold: every route answers 500 until its service is written.
export function bulletinRoutes(app: FastifyInstance) {
  for (const route of [listBulletins, getBulletin, getBulletinReceipt, getBulletinPrint, downloadBulletinPdf, exportBulletin, listMyResults]) {
    registerRoute(app, route, () => {
      throw new Error(`${route.id}: not implemented`);
    });
  }
}
