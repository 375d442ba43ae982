import type { FastifyInstance } from 'fastify';
import {
  downloadPublicSurveyTemplate,
  importPublicSurvey,
  listImportedValues,
  listRaterCandidates,
  listRaters,
  listRatingScales,
  listRatings,
  myRatings,
  returnRating,
  saveRating,
  setRaters,
  submitRatings,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { sendXlsx } from '../../lib/excel/write-sheet.ts';
import { listScales } from './rating.scales.ts';
import { createRosterService } from './roster.service.ts';
import { createRatingService } from './rating.service.ts';
import { myRatings as mine } from './rating.mine.ts';
import { createSurveyService } from './survey.import.ts';

/** 评价: scales, the rater roster, ratings, and the public survey import. */
export function ratingRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  const roster = createRosterService(db);
  const ratings = createRatingService(db);
  const survey = createSurveyService(db);
  registerRoute(app, listRatingScales, async ({ query }) => ({ items: await listScales(db, query.yearId) }));
  registerRoute(app, listRaters, async ({ query }) => ({ items: await roster.list(query) }));
  registerRoute(app, listRaterCandidates, async ({ query }) => ({ items: await roster.candidates(query) }));
  registerRoute(app, setRaters, ({ ctx, body }) => roster.set(ctx, body));
  registerRoute(app, myRatings, ({ ctx, query }) => mine(db, ctx, query.periodId));
  registerRoute(app, saveRating, ({ ctx, body }) => ratings.save(ctx, body));
  registerRoute(app, submitRatings, ({ ctx, body }) => ratings.submit(ctx, body));
  registerRoute(app, listRatings, ({ query }) => ratings.list(query));
  registerRoute(app, returnRating, ({ ctx, params, body }) => ratings.return(ctx, params.id, body.version, body.reason));
  registerRoute(app, downloadPublicSurveyTemplate, async ({ ctx, query, reply }) => {
    const { bytes, fileName } = await survey.template(query.periodId, query.categoryId, ctx.now);
    return sendXlsx(reply, bytes, fileName);
  });
  registerRoute(app, importPublicSurvey, ({ ctx, req }) => survey.import(ctx, req));
  registerRoute(app, listImportedValues, async ({ query }) => ({ items: await survey.list(query) }));
}
