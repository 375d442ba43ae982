import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADMIN, BUSINESS_ROLES } from '../access.ts';
import { IdParams, IdSchema, VersionBody, VersionSchema, nonEmpty } from '../common.ts';

export const UNIT_KINDS = ['HQ_DIVISION', 'DIRECT_UNIT', 'CITY_BUREAU', 'ENTERPRISE'] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS, { error: '请选择单位类型' });
export type UnitKind = z.infer<typeof UnitKindSchema>;
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  HQ_DIVISION: '厅机关处室',
  DIRECT_UNIT: '厅直单位',
  CITY_BUREAU: '市州交通局',
  ENTERPRISE: '三大公司',
};

export const UnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: UnitKindSchema,
  parentId: z.string().nullable(),
  sortOrder: z.int(),
  active: z.boolean(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof UnitSchema>;

export type UnitTreeNode = Unit & { children: UnitTreeNode[] };
export const UnitTreeNodeSchema: z.ZodType<UnitTreeNode> = z.object({
  ...UnitSchema.shape,
  get children() {
    return z.array(UnitTreeNodeSchema);
  },
});

export const UnitCodeSchema = z
  .string({ error: '请填写单位编码' })
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,32}$/, '单位编码为 2–32 位字母、数字、点、下划线或连字符');

export const CreateUnitBody = z.strictObject({
  code: UnitCodeSchema,
  name: nonEmpty('单位名称', 60),
  shortName: z.string().trim().max(20, '简称不能超过 20 个字').nullish(),
  kind: UnitKindSchema,
  parentId: IdSchema.nullish(),
  sortOrder: z.int().min(0).max(9999).default(0),
});

export const UpdateUnitBody = z.strictObject({
  name: nonEmpty('单位名称', 60),
  shortName: z.string().trim().max(20, '简称不能超过 20 个字').nullish(),
  kind: UnitKindSchema,
  parentId: IdSchema.nullish(),
  sortOrder: z.int().min(0).max(9999),
  version: VersionSchema,
});

export const listUnits = defineRoute({
  id: 'units.tree',
  method: 'GET',
  path: '/api/units',
  summary: '单位树（含停用单位，可筛选）',
  tag: 'units',
  access: BUSINESS_ROLES,
  query: z.strictObject({
    includeInactive: z.enum(['true', 'false']).optional(),
    /** Only the active units without an active account, as a flat list (首页 基础数据 links here). */
    withoutAccounts: z.enum(['true']).optional(),
  }),
  response: z.array(UnitTreeNodeSchema),
});

export const createUnit = defineRoute({
  id: 'units.create',
  method: 'POST',
  path: '/api/units',
  summary: '新建单位',
  tag: 'units',
  access: ADMIN,
  body: CreateUnitBody,
  response: UnitSchema,
  status: 201,
});

export const updateUnit = defineRoute({
  id: 'units.update',
  method: 'PATCH',
  path: '/api/units/:id',
  summary: '修改单位',
  tag: 'units',
  access: ADMIN,
  params: IdParams,
  body: UpdateUnitBody,
  response: UnitSchema,
});

export const deactivateUnit = defineRoute({
  id: 'units.deactivate',
  method: 'POST',
  path: '/api/units/:id/deactivate',
  summary: '停用单位（单位不删除，只停用）',
  tag: 'units',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: UnitSchema,
});

export const activateUnit = defineRoute({
  id: 'units.activate',
  method: 'POST',
  path: '/api/units/:id/activate',
  summary: '启用单位',
  tag: 'units',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: UnitSchema,
});

/** How often the targets of a type report progress (进展报送周期); the due day is the setting `report.dueDay`. */
export const REPORTING_RHYTHMS = ['MONTHLY', 'QUARTERLY'] as const;
export const ReportingRhythmSchema = z.enum(REPORTING_RHYTHMS, { error: '请选择报送周期' });
export type ReportingRhythm = z.infer<typeof ReportingRhythmSchema>;
export const REPORTING_RHYTHM_LABELS: Record<ReportingRhythm, string> = { MONTHLY: '按月', QUARTERLY: '按季' };

export const TargetTypeSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string(),
  sortOrder: z.int(),
  active: z.boolean(),
  reportingRhythm: ReportingRhythmSchema,
  version: z.int(),
});
export type TargetType = z.infer<typeof TargetTypeSchema>;

export const listTargetTypes = defineRoute({
  id: 'targetTypes.list',
  method: 'GET',
  path: '/api/target-types',
  summary: '目标类型及其主管部门',
  tag: 'units',
  access: BUSINESS_ROLES,
  response: z.array(TargetTypeSchema),
});
