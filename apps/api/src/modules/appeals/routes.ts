import type { FastifyInstance } from 'fastify';
import { acceptAppeal, fileAppeal, listAppeals, listHolidays, rejectAppeal, setHolidays, uploadAppealEvidence } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { InvalidStateError, t } from '../../lib/errors.ts';
import { readEvidenceUpload, saveEvidence } from '../assessment/adjustment-evidence.ts';
import { createAppealService } from './appeal.service.ts';
import { createHolidayService } from './holidays.ts';

/** 申诉 and 法定节假日 (decision 0019, "Appeals"). */
export function appealRoutes(app: FastifyInstance) {
  const appeals = createAppealService(app.deps);
  const holidays = createHolidayService(app.deps.db);
  registerRoute(app, listAppeals, ({ ctx, query }) => appeals.list(ctx.actor, query));
  registerRoute(app, fileAppeal, ({ ctx, body }) => appeals.file(ctx, body));
  registerRoute(app, uploadAppealEvidence, async ({ ctx, params, req }) => {
    await appeals.assertEvidenceAllowed(ctx, params.id);
    await saveEvidence(app.deps.db, app.deps.documents, ctx, {
      owner: { appealId: params.id },
      upload: await readEvidenceUpload(req),
      action: 'appeals.uploadEvidence',
      recheck: async (tx) => {
        const a = await tx.appeal.findUniqueOrThrow({ where: { id: params.id }, select: { status: true } });
        if (a.status !== 'OPEN') throw new InvalidStateError(t('appeals.notOpen'));
      },
    });
    return appeals.one(params.id);
  });
  registerRoute(app, acceptAppeal, ({ ctx, params, body }) => appeals.accept(ctx, params.id, body));
  registerRoute(app, rejectAppeal, ({ ctx, params, body }) => appeals.reject(ctx, params.id, body));
  registerRoute(app, listHolidays, ({ query }) => holidays.list(query.year));
  registerRoute(app, setHolidays, ({ ctx, body }) => holidays.set(ctx, body));
}
