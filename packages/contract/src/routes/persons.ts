import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADMIN, PERSON_READERS } from '../access.ts';
import { DateString, IdParams, IdSchema, PageQuery, VersionSchema, nonEmpty, pageOf } from '../common.ts';

export const PersonStatusSchema = z.enum(['ACTIVE', 'DEPARTED']);
export const PERSON_STATUS_LABELS = { ACTIVE: '在岗', DEPARTED: '已离职' } as const;

export const PersonSchema = z.object({
  id: z.string(),
  staffNo: z.string(),
  name: z.string(),
  gender: z.string().nullable(),
  phone: z.string().nullable(),
  position: z.string().nullable(),
  status: PersonStatusSchema,
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

export const AssignmentSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  position: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.enum(['TRANSFER', 'DEPART']).nullable(),
  note: z.string().nullable(),
});
export const PersonDetailSchema = PersonSchema.extend({ assignments: z.array(AssignmentSchema) });
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

const PhoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确')
  .nullish();
const GenderSchema = z.enum(['男', '女'], { error: '性别应为 男 或 女' }).nullish();
const PositionSchema = z.string().trim().max(40, '职务不能超过 40 个字').nullish();
const NoteSchema = z.string().trim().max(200, '备注不能超过 200 个字').nullish();

export const PERSON_SORT_FIELDS = ['name', 'staffNo', 'unitName', 'updatedAt'] as const;

export const listPersons = defineRoute({
  id: 'persons.list',
  method: 'GET',
  path: '/api/persons',
  summary: '人员列表（分页、筛选、排序；按数据范围）',
  tag: 'persons',
  access: PERSON_READERS,
  query: z.strictObject({
    ...PageQuery,
    sort: z.enum(PERSON_SORT_FIELDS).default('staffNo'),
    q: z.string().trim().max(50).optional(),
    unitId: IdSchema.optional(),
    status: PersonStatusSchema.optional(),
  }),
  response: pageOf(PersonSchema),
});

export const getPerson = defineRoute({
  id: 'persons.get',
  method: 'GET',
  path: '/api/persons/:id',
  summary: '人员详情与任职记录',
  tag: 'persons',
  access: PERSON_READERS,
  params: IdParams,
  response: PersonDetailSchema,
});

export const OnboardBody = z.strictObject({
  staffNo: z
    .string({ error: '请填写工号' })
    .trim()
    .regex(/^[A-Za-z0-9-]{2,20}$/, '工号为 2–20 位字母、数字或连字符'),
  name: nonEmpty('姓名', 30),
  gender: GenderSchema,
  phone: PhoneSchema,
  unitId: IdSchema,
  position: PositionSchema,
  startDate: DateString,
  note: NoteSchema,
});

export const onboardPerson = defineRoute({
  id: 'persons.onboard',
  method: 'POST',
  path: '/api/persons',
  summary: '新进人员（建立首个任职记录）',
  tag: 'persons',
  access: ADMIN,
  body: OnboardBody,
  response: PersonDetailSchema,
  status: 201,
});

export const updatePerson = defineRoute({
  id: 'persons.update',
  method: 'PATCH',
  path: '/api/persons/:id',
  summary: '修改人员基本信息',
  tag: 'persons',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({
    name: nonEmpty('姓名', 30),
    gender: GenderSchema,
    phone: PhoneSchema,
    position: PositionSchema,
    version: VersionSchema,
  }),
  response: PersonDetailSchema,
});

export const transferPerson = defineRoute({
  id: 'persons.transfer',
  method: 'POST',
  path: '/api/persons/:id/transfer',
  summary: '人员调动（结束当前任职，开始新任职）',
  tag: 'persons',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({
    toUnitId: IdSchema,
    position: PositionSchema,
    date: DateString,
    note: NoteSchema,
    version: VersionSchema,
  }),
  response: PersonDetailSchema,
});

export const departPerson = defineRoute({
  id: 'persons.depart',
  method: 'POST',
  path: '/api/persons/:id/depart',
  summary: '人员离职（结束任职，停用其账户）',
  tag: 'persons',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({ date: DateString, note: NoteSchema, version: VersionSchema }),
  response: PersonDetailSchema,
});
