import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADMIN, BUSINESS_ROLES, FRAMEWORK_EDITORS } from '../access.ts';
import { IdParams, IdSchema, OkSchema, VersionSchema, nonEmpty } from '../common.ts';
import { UnitKindSchema } from './units.ts';

export const YEAR_STATUSES = ['PLANNING', 'ACTIVE', 'CLOSED'] as const;
export const YearStatusSchema = z.enum(YEAR_STATUSES);
export const YEAR_STATUS_LABELS: Record<z.infer<typeof YearStatusSchema>, string> = {
  PLANNING: '筹备中',
  ACTIVE: '进行中',
  CLOSED: '已结束',
};

export const YearSchema = z.object({
  id: z.string(),
  year: z.int(),
  name: z.string(),
  status: YearStatusSchema,
  version: z.int(),
});
export type Year = z.infer<typeof YearSchema>;

export const listYears = defineRoute({
  id: 'years.list',
  method: 'GET',
  path: '/api/years',
  summary: '考核年度',
  tag: 'years',
  access: BUSINESS_ROLES,
  response: z.array(YearSchema),
});

export const createYear = defineRoute({
  id: 'years.create',
  method: 'POST',
  path: '/api/years',
  summary: '新建考核年度',
  tag: 'years',
  access: ADMIN,
  body: z.strictObject({
    year: z.int({ error: '请填写年度' }).min(2000, '年度应在 2000–2100 之间').max(2100, '年度应在 2000–2100 之间'),
    name: nonEmpty('名称', 40),
  }),
  response: YearSchema,
  status: 201,
});

export const updateYear = defineRoute({
  id: 'years.update',
  method: 'PATCH',
  path: '/api/years/:id',
  summary: '修改考核年度（名称、状态）',
  tag: 'years',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({ name: nonEmpty('名称', 40), status: YearStatusSchema, version: VersionSchema }),
  response: YearSchema,
});

export const CategorySchema = z.object({
  id: z.string(),
  yearId: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  sortOrder: z.int(),
  targetTypeIds: z.array(z.string()),
  assessedUnitCount: z.int(),
  version: z.int(),
});
export type Category = z.infer<typeof CategorySchema>;

const CategoryFields = {
  code: z
    .string({ error: '请填写类别编码' })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, '类别编码为 1–32 位字母、数字、下划线或连字符'),
  name: nonEmpty('类别名称', 40),
  description: z.string().trim().max(500, '说明不能超过 500 字').nullish(),
  sortOrder: z.int().min(0).max(9999).default(0),
  targetTypeIds: z.array(IdSchema).max(20).default([]),
};

export const listCategories = defineRoute({
  id: 'categories.list',
  method: 'GET',
  path: '/api/categories',
  summary: '考核类别（按年度）',
  tag: 'years',
  access: BUSINESS_ROLES,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.array(CategorySchema),
});

export const createCategory = defineRoute({
  id: 'categories.create',
  method: 'POST',
  path: '/api/categories',
  summary: '新建考核类别',
  tag: 'years',
  access: FRAMEWORK_EDITORS,
  body: z.strictObject({ yearId: IdSchema, ...CategoryFields }),
  response: CategorySchema,
  status: 201,
});

export const updateCategory = defineRoute({
  id: 'categories.update',
  method: 'PATCH',
  path: '/api/categories/:id',
  summary: '修改考核类别',
  tag: 'years',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  body: z.strictObject({ ...CategoryFields, version: VersionSchema }),
  response: CategorySchema,
});

export const deleteCategory = defineRoute({
  id: 'categories.delete',
  method: 'DELETE',
  path: '/api/categories/:id',
  summary: '删除考核类别（仅限没有考核对象的类别）',
  tag: 'years',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number().int().positive() }),
  response: OkSchema,
});

export const AssessedUnitSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitKind: UnitKindSchema,
  categoryId: z.string(),
  categoryName: z.string(),
  version: z.int(),
});
export type AssessedUnit = z.infer<typeof AssessedUnitSchema>;

export const listAssessedUnits = defineRoute({
  id: 'assessedUnits.list',
  method: 'GET',
  path: '/api/assessed-units',
  summary: '考核对象（按年度、类别；单位角色只见本单位）',
  tag: 'years',
  access: BUSINESS_ROLES,
  query: z.strictObject({ yearId: IdSchema, categoryId: IdSchema.optional() }),
  response: z.array(AssessedUnitSchema),
});

export const addAssessedUnits = defineRoute({
  id: 'assessedUnits.add',
  method: 'POST',
  path: '/api/assessed-units',
  summary: '把单位加入考核类别（已在本年度其他类别的单位会移入此类别）',
  tag: 'years',
  access: FRAMEWORK_EDITORS,
  body: z.strictObject({
    categoryId: IdSchema,
    unitIds: z.array(IdSchema).min(1, '请至少选择一个单位').max(500),
  }),
  response: z.array(AssessedUnitSchema),
});

export const removeAssessedUnit = defineRoute({
  id: 'assessedUnits.remove',
  method: 'DELETE',
  path: '/api/assessed-units/:id',
  summary: '移出考核对象',
  tag: 'years',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number().int().positive() }),
  response: OkSchema,
});
