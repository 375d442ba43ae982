import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { DateTimeString, IdSchema, MAX_PAGE_SIZE } from '../common.ts';

export const PendingReportSchema = z.object({
  targetId: IdSchema,
  title: z.string(),
  unitName: z.string(),
  /** 目标值 and its unit of a quantitative target (it reports its actual value); null otherwise. */
  metricTarget: z.string().nullable(),
  metricUnit: z.string().nullable(),
  periodKey: z.string(),
  plannedPercent: z.int(),
  dueAt: DateTimeString,
  overdue: z.boolean(),
});
export type PendingReportItem = z.infer<typeof PendingReportSchema>;

export const listPendingReports = defineRoute({
  id: 'reports.pending',
  method: 'GET',
  path: '/api/reports/pending',
  summary: '本期待报送：本单位（责任人：本人负责的）已发布目标中已开始（含本期）、尚未报送的报告期，逾期的在前（分页，附总数与逾期数）',
  tag: 'execution',
  access: ['UNIT_ADMIN', 'UNIT_STAFF'],
  query: z.strictObject({
    yearId: IdSchema,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `每页最多 ${MAX_PAGE_SIZE} 条`).default(8),
  }),
  /** A page of the list, with the whole list's length and how many of it are overdue. */
  response: z.object({ items: z.array(PendingReportSchema), total: z.int(), overdue: z.int() }),
});
