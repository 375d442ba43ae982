import type { FastifyInstance } from 'fastify';
import { startSummaryRun, getSummaryRun, getResultSet, getResultReceipt, waiveMissingInput, withdrawWaiver, publishResultSet } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';

// Scaffold: every route answers 500 until its service is written.
export function resultRoutes(app: FastifyInstance) {
  for (const route of [startSummaryRun, getSummaryRun, getResultSet, getResultReceipt, waiveMissingInput, withdrawWaiver, publishResultSet]) {
    registerRoute(app, route, () => {
      throw new Error(`${route.id}: not implemented`);
    });
  }
}
