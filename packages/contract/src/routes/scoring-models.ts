import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ASSESSMENT_ORGANISERS, ASSESSMENT_READERS } from '../access.ts';
import { IdParams, IdSchema, VersionSchema, nonEmpty } from '../common.ts';

/**
 * 绩效模型: a scoring model per year for one or more categories; every save is a new version. The definition is the
 * scoring engine's model (packages/scoring `ScoringModelSchema`), which the server validates and explains by node.
 */
export const ScoringModelSummarySchema = z.object({
  id: z.string(),
  yearId: z.string(),
  name: z.string(),
  categoryIds: z.array(z.string()),
  currentVersionNo: z.int(),
  /** The definition of the current version. */
  definition: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
  version: z.int(),
});
export type ScoringModelSummary = z.infer<typeof ScoringModelSummarySchema>;

export const ScoringModelVersionSchema = z.object({
  versionNo: z.int(),
  note: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  definition: z.record(z.string(), z.unknown()),
});

const ModelBody = {
  name: nonEmpty('模型名称', 60),
  categoryIds: z.array(IdSchema).min(1, '请至少选择一个考核类别').max(20),
  definition: z.record(z.string(), z.unknown(), { error: '请填写模型定义' }),
  note: z.string().trim().max(200, '说明不能超过 200 字').nullish(),
};

export const listScoringModels = defineRoute({
  id: 'scoringModels.list',
  method: 'GET',
  path: '/api/assessment/models',
  summary: '绩效模型（当前版本）',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({ items: z.array(ScoringModelSummarySchema) }),
});

export const createScoringModel = defineRoute({
  id: 'scoringModels.create',
  method: 'POST',
  path: '/api/assessment/models',
  summary: '新建绩效模型（第 1 版）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  body: z.strictObject({ yearId: IdSchema, ...ModelBody }),
  response: ScoringModelSummarySchema,
  status: 201,
});

export const updateScoringModel = defineRoute({
  id: 'scoringModels.update',
  method: 'PUT',
  path: '/api/assessment/models/:id',
  summary: '保存绩效模型的新版本（旧版本保留）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: z.strictObject({ ...ModelBody, version: VersionSchema }),
  response: ScoringModelSummarySchema,
});

export const listScoringModelVersions = defineRoute({
  id: 'scoringModels.versions',
  method: 'GET',
  path: '/api/assessment/models/:id/versions',
  summary: '绩效模型的历史版本',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  params: IdParams,
  response: z.object({ items: z.array(ScoringModelVersionSchema) }),
});

/**
 * The inputs the batch summary would hand the engine for one category in one period (records in force, expected
 * ratings, imported values, approved adjustments), and the category's model, so that the model editor can run
 * `summarise` in the browser on them (what-if preview). The office only: the ratings name each rater.
 */
export const previewScoringInputs = defineRoute({
  id: 'scoringModels.previewInputs',
  method: 'GET',
  path: '/api/assessment/models/preview-inputs',
  summary: '某考核类别在某考核时机的评分输入（供模型效果预览）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  query: z.strictObject({ periodId: IdSchema, categoryId: IdSchema }),
  response: z.object({
    /** packages/scoring `ScoringInput`: { period, indicators, units }. */
    input: z.record(z.string(), z.unknown()),
    /** The model that scores the category, with its current version; null when none does. */
    model: ScoringModelSummarySchema.nullable(),
  }),
});
