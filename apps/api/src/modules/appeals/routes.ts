import type { FastifyInstance } from 'fastify';
import { listAppeals, fileAppeal, uploadAppealEvidence, acceptAppeal, rejectAppeal, listHolidays, setHolidays } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';

// Scaffold: every route answers 500 until its service is written.
export function appealRoutes(app: FastifyInstance) {
  for (const route of [listAppeals, fileAppeal, uploadAppealEvidence, acceptAppeal, rejectAppeal, listHolidays, setHolidays]) {
    registerRoute(app, route, () => {
      throw new Error(`${route.id}: not implemented`);
    });
  }
}
