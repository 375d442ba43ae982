import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { FRAMEWORK_EDITORS, FRAMEWORK_PROPOSAL_READERS, FRAMEWORK_PROPOSERS } from '../access.ts';
import { DateTimeString, IdParams, IdSchema, ReasonBody, VersionBody, VersionSchema } from '../common.ts';
import { IndicatorFields } from './framework.ts';

// 指标修改提议 (decision 0029): a department (FUNC_DEPT) drafts a change to the indicator subtree of a target type it owns
// — a new indicator, new values for one, or its removal; the performance office accepts it (applied exactly as a direct
// edit, in one transaction) or rejects it with a reason. The department may withdraw its own pending proposal.

export const FRAMEWORK_PROPOSAL_KINDS = ['CREATE', 'UPDATE', 'DELETE'] as const;
export const FrameworkProposalKindSchema = z.enum(FRAMEWORK_PROPOSAL_KINDS);
export type FrameworkProposalKind = z.infer<typeof FrameworkProposalKindSchema>;
export const FRAMEWORK_PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export const FrameworkProposalStatusSchema = z.enum(FRAMEWORK_PROPOSAL_STATUSES);
export type FrameworkProposalStatus = z.infer<typeof FrameworkProposalStatusSchema>;

/** The fields of an indicator a proposal shows side by side (before → after). */
export const ProposedIndicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  weightPercent: z.string(),
  sortOrder: z.int(),
});
export type ProposedIndicator = z.infer<typeof ProposedIndicatorSchema>;

export const FrameworkProposalSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  targetTypeId: z.string(),
  targetTypeName: z.string(),
  kind: FrameworkProposalKindSchema,
  indicatorId: z.string().nullable(),
  indicatorVersion: z.int().nullable(),
  parentId: z.string().nullable(),
  /** CREATE: the parent's name (null for a new first-level indicator). */
  parentName: z.string().nullable(),
  /** UPDATE / DELETE: the indicator as the department saw it. */
  before: ProposedIndicatorSchema.nullable(),
  /** CREATE / UPDATE: the proposed values. */
  after: ProposedIndicatorSchema.nullable(),
  note: z.string().nullable(),
  status: FrameworkProposalStatusSchema,
  decisionReason: z.string().nullable(),
  proposedByName: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: DateTimeString.nullable(),
  createdAt: DateTimeString,
  version: z.int(),
});
export type FrameworkProposal = z.infer<typeof FrameworkProposalSchema>;

/** The fields a department proposes: a first-level indicator keeps the type of the proposal, so no `targetTypeId`. */
const ProposedFields = {
  code: IndicatorFields.code,
  name: IndicatorFields.name,
  description: IndicatorFields.description,
  weight: IndicatorFields.weight,
  sortOrder: IndicatorFields.sortOrder,
};
const Note = z.string().trim().max(500, '说明不能超过 500 字').nullish();

export const CreateFrameworkProposalBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('CREATE'),
    yearId: IdSchema,
    /** The new indicator's parent; null for a new first-level indicator of `targetTypeId`. */
    parentId: IdSchema.nullish(),
    /** Required for a new first-level indicator; below it the type is the one of the subtree's root. */
    targetTypeId: IdSchema.nullish(),
    ...ProposedFields,
    note: Note,
  }),
  z.strictObject({ kind: z.literal('UPDATE'), indicatorId: IdSchema, indicatorVersion: VersionSchema, ...ProposedFields, note: Note }),
  z.strictObject({ kind: z.literal('DELETE'), indicatorId: IdSchema, indicatorVersion: VersionSchema, note: Note }),
]);

export const listFrameworkProposals = defineRoute({
  id: 'frameworkProposals.list',
  method: 'GET',
  path: '/api/framework-proposals',
  summary: '指标修改提议（职能管理部门只见本部门目标类型的，目标绩效办见全部；最新在前）',
  tag: 'framework',
  access: FRAMEWORK_PROPOSAL_READERS,
  query: z.strictObject({ yearId: IdSchema, status: FrameworkProposalStatusSchema.optional() }),
  response: z.array(FrameworkProposalSchema),
});

export const createFrameworkProposal = defineRoute({
  id: 'frameworkProposals.create',
  method: 'POST',
  path: '/api/framework-proposals',
  summary: '提议新增、修改或删除本部门目标类型下的指标（由目标绩效办采纳或退回）',
  tag: 'framework',
  access: FRAMEWORK_PROPOSERS,
  body: CreateFrameworkProposalBody,
  response: FrameworkProposalSchema,
  status: 201,
});

export const acceptFrameworkProposal = defineRoute({
  id: 'frameworkProposals.accept',
  method: 'POST',
  path: '/api/framework-proposals/:id/accept',
  summary: '采纳提议：按直接修改的同一规则改动指标体系（已不适用时 409/422，什么也不改）',
  tag: 'framework',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  body: VersionBody,
  response: FrameworkProposalSchema,
});

export const rejectFrameworkProposal = defineRoute({
  id: 'frameworkProposals.reject',
  method: 'POST',
  path: '/api/framework-proposals/:id/reject',
  summary: '退回提议（须填写原因；指标体系不变）',
  tag: 'framework',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  body: ReasonBody,
  response: FrameworkProposalSchema,
});

export const withdrawFrameworkProposal = defineRoute({
  id: 'frameworkProposals.withdraw',
  method: 'POST',
  path: '/api/framework-proposals/:id/withdraw',
  summary: '撤回本部门待处理的提议',
  tag: 'framework',
  access: FRAMEWORK_PROPOSERS,
  params: IdParams,
  body: VersionBody,
  response: FrameworkProposalSchema,
});
