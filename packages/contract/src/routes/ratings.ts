import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ASSESSMENT_ORGANISERS, ASSESSMENT_READERS, RATERS, RATING_OVERSEERS } from '../access.ts';
import { IdParams, IdSchema, PageQuery, ReasonBody, VersionSchema, nonEmpty, pageOf } from '../common.ts';
import { defineTransitions } from '../workflow/transitions.ts';
import { MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE } from './target-excel.ts';
import { RATINGS_MESSAGES } from '../messages/ratings.ts';

// 评价 (ratings): scales as data, the rater roster (评价名单) the office sets up per period, category and group, each
// rater's draft-then-submit ratings, the office returning one, and the public survey (社会公众评价) imported from Excel.
// Semantics that part 2 (scoring) relies on: docs/decisions/0018-assessment-inputs.md, "Ratings".

/** Rater groups, the same as packages/scoring's RATER_GROUPS. PUBLIC has no raters: its values are imported. */
export const RATER_GROUPS = ['LEADER_MAIN', 'LEADER_DEPUTY', 'ORG', 'PEER', 'PUBLIC'] as const;
export const RaterGroupSchema = z.enum(RATER_GROUPS);
export type RaterGroup = z.infer<typeof RaterGroupSchema>;
/** The groups a roster names accounts for. */
export const ROSTERED_GROUPS = ['LEADER_MAIN', 'LEADER_DEPUTY', 'ORG', 'PEER'] as const satisfies readonly RaterGroup[];

export const RATING_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export const RatingStatusSchema = z.enum(RATING_STATUSES);
export type RatingStatus = z.infer<typeof RatingStatusSchema>;

/** zh-CN labels (the same texts as the messages `raterGroup.*` and `ratingStatus.*`). */
export const RATER_GROUP_LABELS = Object.fromEntries(RATER_GROUPS.map((g) => [g, RATINGS_MESSAGES[`raterGroup.${g}`]])) as Record<RaterGroup, string>;
export const RATING_STATUS_LABELS = Object.fromEntries(RATING_STATUSES.map((s) => [s, RATINGS_MESSAGES[`ratingStatus.${s}`]])) as Record<RatingStatus, string>;

/**
 * 评价: saved as a draft (`save`, a versioned upsert by the rater while the period has an open process), submitted
 * once per slot (`submit`), and changed afterwards only after the office returns it (`return`, with a reason).
 */
export const RATING_TRANSITIONS = defineTransitions<RatingStatus, 'save' | 'submit' | 'return'>({
  save: { from: ['DRAFT'], to: 'DRAFT' },
  submit: { from: ['DRAFT'], to: 'SUBMITTED' },
  return: { from: ['SUBMITTED'], to: 'DRAFT' },
});
export type RatingAction = keyof typeof RATING_TRANSITIONS;

/** The imported-value key of the public survey (the scoring model's `imported` node reads it). */
export const PUBLIC_SURVEY_KEY = 'public';

// ---------------------------------------------------------------------------------------------------------------
// Scales

export const RatingLevelSchema = z.object({ level: z.string(), percent: z.number() });
export type RatingLevel = z.infer<typeof RatingLevelSchema>;

export const RatingScaleSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  code: z.string(),
  name: z.string(),
  /** Best first. */
  levels: z.array(RatingLevelSchema),
  version: z.int(),
});
export type RatingScale = z.infer<typeof RatingScaleSchema>;

export const listRatingScales = defineRoute({
  id: 'ratingScales.list',
  method: 'GET',
  path: '/api/assessment/rating-scales',
  summary: '评价等级（好/较好/差、满意/比较满意/不满意 …）',
  tag: 'assessment',
  access: RATERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({ items: z.array(RatingScaleSchema) }),
});

// ---------------------------------------------------------------------------------------------------------------
// The roster (评价名单)

/** One rater of one slot (period × category × group × indicator) with how far they are. */
export const RaterAssignmentSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  group: RaterGroupSchema,
  /** 绩效委 members may rate per indicator where the model asks for it; null: the unit as a whole. */
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  scaleId: z.string(),
  scaleName: z.string(),
  raterAccountId: z.string(),
  raterName: z.string(),
  raterUsername: z.string(),
  raterUnitId: z.string().nullable(),
  raterUnitName: z.string().nullable(),
  /** Units this rater is expected to rate in the slot (PEER: not its own unit; LEADER_DEPUTY: its portfolio only). */
  expected: z.int(),
  /** Of those, rated and submitted. */
  submitted: z.int(),
  /** Of those, saved as a draft (not counted until submitted). */
  drafts: z.int(),
});
export type RaterAssignment = z.infer<typeof RaterAssignmentSchema>;

export const listRaters = defineRoute({
  id: 'raters.list',
  method: 'GET',
  path: '/api/assessment/raters',
  summary: '评价名单：谁在本考核时机评价哪个考核类别，以及评价进度（谁尚未评价）',
  tag: 'assessment',
  access: RATING_OVERSEERS,
  query: z.strictObject({ periodId: IdSchema, categoryId: IdSchema.optional(), group: RaterGroupSchema.optional() }),
  response: z.object({ items: z.array(RaterAssignmentSchema) }),
});

/** An account a slot may name. */
export const RaterCandidateSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  username: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(z.string()),
});
export type RaterCandidate = z.infer<typeof RaterCandidateSchema>;

const SlotQuery = { periodId: IdSchema, categoryId: IdSchema, group: RaterGroupSchema };

export const listRaterCandidates = defineRoute({
  id: 'raters.candidates',
  method: 'GET',
  path: '/api/assessment/raters/candidates',
  summary: '可列入评价名单的账户（主要领导、分管领导、绩效委成员、本类别考核对象的单位管理员）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  query: z.strictObject(SlotQuery),
  response: z.object({ items: z.array(RaterCandidateSchema) }),
});

/** What a refused roster change lists: raters being removed who have already submitted ratings in the slot. */
export const RatedRaterSchema = z.object({ raterAccountId: z.string(), raterName: z.string(), submitted: z.int() });
export type RatedRater = z.infer<typeof RatedRaterSchema>;

export const setRaters = defineRoute({
  id: 'raters.set',
  method: 'PUT',
  path: '/api/assessment/raters',
  summary: '设置一个考核类别在本考核时机某一评价主体的评价人（整组替换）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  body: z.strictObject({
    ...SlotQuery,
    indicatorId: IdSchema.nullish(),
    scaleId: IdSchema,
    raterAccountIds: z.array(IdSchema).max(300, '一次最多 300 名评价人'),
    /**
     * Removing raters who already submitted ratings in the slot: refused (409, `details.raters`: RatedRater[]) unless
     * the office confirms; then their ratings of the slot (drafts and submitted) are deleted.
     */
    confirm: z.boolean().default(false),
  }),
  /** The slot's raters after the change. */
  response: z.object({ items: z.array(RaterAssignmentSchema) }),
});

// ---------------------------------------------------------------------------------------------------------------
// A rater's ratings

export const RatingSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  group: RaterGroupSchema,
  assessedUnitId: z.string(),
  indicatorId: z.string().nullable(),
  level: z.string(),
  status: RatingStatusSchema,
  /** The last submission; a DRAFT that has one was returned by the office. */
  submittedAt: z.string().nullable(),
  returned: z.boolean(),
  /** Why the office returned it, while it waits to be submitted again. */
  returnReason: z.string().nullable(),
  version: z.int(),
});
export type Rating = z.infer<typeof RatingSchema>;

/** What the rater has at hand about a unit (its published targets of the year, open warnings, latest progress report). */
export const RatingUnitContextSchema = z.object({
  targets: z.int(),
  redWarnings: z.int(),
  yellowWarnings: z.int(),
  latestReportAt: z.string().nullable(),
});

export const RatingUnitSchema = z.object({
  assessedUnitId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  rating: RatingSchema.nullable(),
  context: RatingUnitContextSchema,
});
export type RatingUnit = z.infer<typeof RatingUnitSchema>;

/** One of my slots: the units I rate there, on which scale. */
export const MyRatingSlotSchema = z.object({
  assignmentId: z.string(),
  periodId: z.string(),
  group: RaterGroupSchema,
  categoryId: z.string(),
  categoryName: z.string(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  scale: RatingScaleSchema,
  units: z.array(RatingUnitSchema),
  expected: z.int(),
  submitted: z.int(),
});
export type MyRatingSlot = z.infer<typeof MyRatingSlotSchema>;

/** A period in which I am on a roster. */
export const MyRatingPeriodSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  yearName: z.string(),
  code: z.string(),
  name: z.string(),
  /** Ratings may be written: the period has at least one OPEN process. */
  open: z.boolean(),
});
export type MyRatingPeriod = z.infer<typeof MyRatingPeriodSchema>;

export const myRatings = defineRoute({
  id: 'ratings.mine',
  method: 'GET',
  path: '/api/assessment/ratings/mine',
  summary: '我的评价：本考核时机我应评价的考核对象及评价情况',
  tag: 'assessment',
  access: RATERS,
  /** Without a period: the first open period I am rostered in, else the latest one. */
  query: z.strictObject({ periodId: IdSchema.optional() }),
  response: z.object({
    /** Every period I am on a roster in (latest year first, then the year's order). */
    periods: z.array(MyRatingPeriodSchema),
    /** The period shown; null when I am on no roster at all. */
    period: MyRatingPeriodSchema.nullable(),
    items: z.array(MyRatingSlotSchema),
  }),
});

export const saveRating = defineRoute({
  id: 'ratings.save',
  method: 'PUT',
  path: '/api/assessment/ratings',
  summary: '保存评价（草稿；提交前可修改）',
  tag: 'assessment',
  access: RATERS,
  body: z.strictObject({
    periodId: IdSchema,
    group: RaterGroupSchema,
    assessedUnitId: IdSchema,
    indicatorId: IdSchema.nullish(),
    /** One of the slot scale's levels (400 on `level` otherwise). */
    level: nonEmpty('评价等级', 20),
    /** Absent for a new rating; the version read for an existing one. */
    version: VersionSchema.optional(),
  }),
  response: RatingSchema,
});

/** What a refused submit lists: the units of the slot still without a level. */
export const UnratedUnitSchema = z.object({ assessedUnitId: z.string(), unitName: z.string() });
export type UnratedUnit = z.infer<typeof UnratedUnitSchema>;

export const submitRatings = defineRoute({
  id: 'ratings.submit',
  method: 'POST',
  path: '/api/assessment/ratings/submit',
  summary: '提交评价（一个考核类别的全部评价一次提交；有未评价的单位时不能提交）',
  tag: 'assessment',
  access: RATERS,
  body: z.strictObject({ periodId: IdSchema, group: RaterGroupSchema, categoryId: IdSchema, indicatorId: IdSchema.nullish() }),
  /** 409 with `details.units`: UnratedUnit[] when a unit has no level yet. */
  response: z.object({ submitted: z.int() }),
});

/** A rating as the office sees it: who rated whom. */
export const RatingRowSchema = RatingSchema.extend({
  categoryId: z.string(),
  categoryName: z.string(),
  unitName: z.string(),
  indicatorName: z.string().nullable(),
  raterAccountId: z.string(),
  raterName: z.string(),
  raterUnitName: z.string().nullable(),
  updatedAt: z.string(),
});
export type RatingRow = z.infer<typeof RatingRowSchema>;

export const listRatings = defineRoute({
  id: 'ratings.list',
  method: 'GET',
  path: '/api/assessment/ratings',
  summary: '评价明细（绩效办）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  query: z.strictObject({
    periodId: IdSchema,
    categoryId: IdSchema.optional(),
    group: RaterGroupSchema.optional(),
    raterAccountId: IdSchema.optional(),
    assessedUnitId: IdSchema.optional(),
    status: RatingStatusSchema.optional(),
    ...PageQuery,
  }),
  response: pageOf(RatingRowSchema),
});

export const returnRating = defineRoute({
  id: 'ratings.return',
  method: 'POST',
  path: '/api/assessment/ratings/:id/return',
  summary: '退回已提交的评价（须填写原因；评价人修改后重新提交）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: ReasonBody,
  response: RatingRowSchema,
});

// ---------------------------------------------------------------------------------------------------------------
// 社会公众评价: survey percent per unit, imported from Excel

/** The template's columns: 考核类别 (checked when filled), 考核对象 (by name), 满意度 (0..100, two decimals). */
export const PUBLIC_SURVEY_COLUMNS = { category: '考核类别', unit: '考核对象', value: '满意度（%）' } as const;

export const PublicSurveyImportFields = z.strictObject({ periodId: IdSchema });

export const downloadPublicSurveyTemplate = defineRoute({
  id: 'publicSurvey.template',
  method: 'GET',
  path: '/api/assessment/public-survey/template',
  summary: '下载社会公众评价导入模板（.xlsx；考核对象及已导入的满意度）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  /** Without a category: every category of the period's year. */
  query: z.strictObject({ periodId: IdSchema, categoryId: IdSchema.optional() }),
  binary: { contentType: XLSX_CONTENT_TYPE },
  response: z.unknown(),
});

export const importPublicSurvey = defineRoute({
  id: 'publicSurvey.import',
  method: 'POST',
  path: '/api/assessment/public-survey/import',
  summary: '导入社会公众评价结果（multipart/form-data：file，periodId；整份文件校验通过才写入，否则一条不写）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  multipart: { file: 'file', maxBytes: MAX_IMPORT_BYTES, fields: PublicSurveyImportFields },
  /** `imported`: the units whose value was written (replacing a value imported before). */
  response: z.object({ imported: z.int() }),
});

export const ImportedValueSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  key: z.string(),
  assessedUnitId: z.string(),
  unitName: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  /** 0..100, two decimals ("92.50"). */
  value: z.string(),
  importedByName: z.string(),
  createdAt: z.string(),
});
export type ImportedValue = z.infer<typeof ImportedValueSchema>;

export const listImportedValues = defineRoute({
  id: 'importedValues.list',
  method: 'GET',
  path: '/api/assessment/imported-values',
  summary: '导入的评价结果（社会公众评价满意度，按考核对象）',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ periodId: IdSchema, key: z.string().trim().min(1).max(40).optional(), categoryId: IdSchema.optional() }),
  response: z.object({ items: z.array(ImportedValueSchema) }),
});
// contract ready
