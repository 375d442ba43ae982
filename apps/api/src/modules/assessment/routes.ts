import type { FastifyInstance } from 'fastify';
import {
  closeAssessmentProcess,
  createAssessmentPeriod,
  deleteAssessmentPeriod,
  listAssessmentPeriods,
  listAssessors,
  listAdjustmentCategories,
  createAdjustmentCategory,
  updateAdjustmentCategory,
  listAdjustments,
  exportAdjustments,
  fileAdjustment,
  uploadAdjustmentEvidence,
  MAX_EXPORT_ROWS,
  approveAdjustment,
  rejectAdjustment,
  listScoringModels,
  createScoringModel,
  updateScoringModel,
  listScoringModelVersions,
  previewScoringInputs,
  listScoringRows,
  saveRecord,
  submitRecord,
  reviseRecord,
  archiveRecord,
  returnRecord,
  voidRecord,
  setAssessors,
  openAssessmentProcess,
  resetAssessmentProcess,
  updateAssessmentPeriod,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createPeriodService } from './period.service.ts';
import { createProcessWorkflow } from './process.workflow.ts';
import { createAssessorService } from './assessors.service.ts';
import { createRecordService } from './record.service.ts';
import { recordExcelRoutes } from './record-excel/routes.ts';
import { myScoresRoutes } from './my-scores/routes.ts';
import { scoringGrid } from './record.grid.ts';
import { createModelService } from './model.service.ts';
import { createAdjustmentService } from './adjustment.service.ts';
import { ratingRoutes } from './ratings.routes.ts';
import { createAdjustmentCategoryService } from './adjustment-category.service.ts';
import { createAdjustmentEvidenceService, readEvidenceUpload } from './adjustment-evidence.ts';
import { ADJUSTMENT_COLUMNS } from './adjustment.export.ts';
import { addTableSheet, newWorkbook, sendXlsx, workbookBytes } from '../../lib/excel/write-sheet.ts';
import { assertExportable, fileDate } from '../../lib/excel/export-rules.ts';

export function assessmentRoutes(app: FastifyInstance) {
  const periods = createPeriodService(app.deps.db);
  const processes = createProcessWorkflow(app.deps.db, (id) => periods.process(id));
  registerRoute(app, listAssessmentPeriods, async ({ query }) => ({ items: await periods.list(query.yearId) }));
  registerRoute(app, createAssessmentPeriod, ({ ctx, body }) => periods.create(ctx, body));
  registerRoute(app, updateAssessmentPeriod, ({ ctx, params, body }) => periods.update(ctx, params.id, body));
  registerRoute(app, deleteAssessmentPeriod, ({ ctx, params, query }) => periods.remove(ctx, params.id, query.version));
  registerRoute(app, openAssessmentProcess, ({ ctx, params, body }) => processes.open(ctx, params.id, body.version));
  registerRoute(app, closeAssessmentProcess, ({ ctx, params, body }) => processes.close(ctx, params.id, body.version, body.confirmUnsubmitted));
  const assessors = createAssessorService(app.deps.db);
  registerRoute(app, listAssessors, async ({ query }) => ({ items: await assessors.list(query.yearId) }));
  registerRoute(app, setAssessors, ({ ctx, body }) => assessors.set(ctx, body.scope, body.id, body.unitIds));
  const records = createRecordService(app.deps.db);
  registerRoute(app, listScoringRows, ({ ctx, query }) => scoringGrid(app.deps.db, ctx.actor, query));
  registerRoute(app, saveRecord, ({ ctx, body }) => records.save(ctx, body));
  registerRoute(app, submitRecord, ({ ctx, params, body }) => records.submit(ctx, params.id, body.version));
  registerRoute(app, reviseRecord, ({ ctx, params, body }) => records.revise(ctx, params.id, body.version, body.reason));
  registerRoute(app, archiveRecord, ({ ctx, params, body }) => records.archive(ctx, params.id, body.version));
  registerRoute(app, returnRecord, ({ ctx, params, body }) => records.return(ctx, params.id, body.version, body.reason));
  registerRoute(app, voidRecord, ({ ctx, params, body }) => records.void(ctx, params.id, body.version, body.reason));
  recordExcelRoutes(app);
  myScoresRoutes(app);
  const models = createModelService(app.deps.db);
  registerRoute(app, listScoringModels, async ({ query }) => ({ items: await models.list(query.yearId) }));
  registerRoute(app, createScoringModel, ({ ctx, body }) => models.create(ctx, body));
  registerRoute(app, updateScoringModel, ({ ctx, params, body }) => models.update(ctx, params.id, body));
  registerRoute(app, listScoringModelVersions, async ({ params }) => ({ items: await models.versions(params.id) }));
  registerRoute(app, previewScoringInputs, ({ query }) => models.previewInputs(query.periodId, query.categoryId));
  const adjustments = createAdjustmentService(app.deps.db);
  const adjustmentCategories = createAdjustmentCategoryService(app.deps.db);
  const evidence = createAdjustmentEvidenceService(app.deps.db, app.deps.documents);
  registerRoute(app, listAdjustmentCategories, async ({ query }) => ({ items: await adjustmentCategories.list(query.yearId) }));
  registerRoute(app, createAdjustmentCategory, ({ ctx, body }) => adjustmentCategories.create(ctx, body));
  registerRoute(app, updateAdjustmentCategory, ({ ctx, params, body }) => adjustmentCategories.update(ctx, params.id, body));
  registerRoute(app, listAdjustments, ({ ctx, query }) => adjustments.list(ctx.actor, query));
  registerRoute(app, exportAdjustments, async ({ ctx, query, reply }) => {
    const { items, total } = await adjustments.all(ctx.actor, query, MAX_EXPORT_ROWS);
    assertExportable(total);
    const wb = await newWorkbook();
    addTableSheet(wb, '加减分', ADJUSTMENT_COLUMNS, items);
    const year = await app.deps.db.year.findUnique({ where: { id: query.yearId }, select: { year: true } });
    return sendXlsx(reply, await workbookBytes(wb), `加减分-${year?.year ?? ''}-${fileDate(ctx.now)}.xlsx`);
  });
  registerRoute(app, fileAdjustment, ({ ctx, body }) => adjustments.file(ctx, body));
  registerRoute(app, uploadAdjustmentEvidence, async ({ ctx, params, req }) => {
    await evidence.attach(ctx, params.id, () => readEvidenceUpload(req));
    return adjustments.one(params.id);
  });
  registerRoute(app, approveAdjustment, ({ ctx, params, body }) => adjustments.approve(ctx, params.id, body.version));
  registerRoute(app, rejectAdjustment, ({ ctx, params, body }) => adjustments.reject(ctx, params.id, body.version, body.reason));
  registerRoute(app, resetAssessmentProcess, ({ ctx, params, body }) => processes.reset(ctx, params.id, body.version, body.reason));
  ratingRoutes(app);
}
