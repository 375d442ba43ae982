import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADMIN } from '../access.ts';
import { IdParams, OkSchema, PageQuery, VersionBody, VersionSchema, nonEmpty, pageOf } from '../common.ts';

export const AnnouncementStatusSchema = z.enum(['DRAFT', 'PUBLISHED', 'WITHDRAWN']);
export const ANNOUNCEMENT_STATUS_LABELS = { DRAFT: '草稿', PUBLISHED: '已发布', WITHDRAWN: '已撤回' } as const;

export const AnnouncementSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  pinned: z.boolean(),
  status: AnnouncementStatusSchema,
  publishedAt: z.string().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Announcement = z.infer<typeof AnnouncementSchema>;

const AnnouncementFields = {
  title: nonEmpty('标题', 100),
  body: z.string({ error: '请填写正文' }).trim().min(1, '请填写正文').max(10000, '正文不能超过 10000 字'),
  pinned: z.boolean().default(false),
};

export const listAnnouncements = defineRoute({
  id: 'announcements.list',
  method: 'GET',
  path: '/api/announcements',
  summary: '公告（系统管理员可见全部状态，其他人只见已发布）',
  tag: 'announcements',
  access: 'authenticated',
  query: z.strictObject({
    ...PageQuery,
    order: PageQuery.order.default('desc'),
    status: AnnouncementStatusSchema.optional(),
    q: z.string().trim().max(50).optional(),
  }),
  response: pageOf(AnnouncementSchema),
});

export const createAnnouncement = defineRoute({
  id: 'announcements.create',
  method: 'POST',
  path: '/api/announcements',
  summary: '新建公告（草稿）',
  tag: 'announcements',
  access: ADMIN,
  body: z.strictObject(AnnouncementFields),
  response: AnnouncementSchema,
  status: 201,
});

export const updateAnnouncement = defineRoute({
  id: 'announcements.update',
  method: 'PATCH',
  path: '/api/announcements/:id',
  summary: '修改公告',
  tag: 'announcements',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({ ...AnnouncementFields, version: VersionSchema }),
  response: AnnouncementSchema,
});

export const publishAnnouncement = defineRoute({
  id: 'announcements.publish',
  method: 'POST',
  path: '/api/announcements/:id/publish',
  summary: '发布公告',
  tag: 'announcements',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: AnnouncementSchema,
});

export const withdrawAnnouncement = defineRoute({
  id: 'announcements.withdraw',
  method: 'POST',
  path: '/api/announcements/:id/withdraw',
  summary: '撤回公告',
  tag: 'announcements',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: AnnouncementSchema,
});

export const deleteAnnouncement = defineRoute({
  id: 'announcements.delete',
  method: 'DELETE',
  path: '/api/announcements/:id',
  summary: '删除草稿公告',
  tag: 'announcements',
  access: ADMIN,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number().int().positive() }),
  response: OkSchema,
});
