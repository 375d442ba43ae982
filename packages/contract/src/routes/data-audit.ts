import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { RESULT_OFFICERS } from '../access.ts';
import { IdSchema } from '../common.ts';

// 考核数据审计: for the office, per assessing department and period, its logins (read from the login log), its record
// activity and lateness against the process's close; records are then submitted, returned or voided through the record
// workflow (routes/assessment-records.ts) with a reason. Decision 0019.

export const AuditWindowSchema = z.object({ from: z.string(), to: z.string() });
export type AuditWindow = z.infer<typeof AuditWindowSchema>;

export const DepartmentAuditSchema = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  /** Successful logins of the department's accounts within the period's assessment window. */
  logins: z.int(),
  lastLoginAt: z.string().nullable(),
  failedLogins: z.int(),
  /** Records by state. */
  records: z.object({ draft: z.int(), submitted: z.int(), archived: z.int(), returned: z.int(), voided: z.int() }),
  /** Targets the department assesses in the period (expected records). */
  expected: z.int(),
  /** Records submitted after their process closed, or not submitted although it closed. */
  late: z.int(),
  /** The latest close of the period's processes of this department's types (null while none closed). */
  closedAt: z.string().nullable(),
});
export type DepartmentAudit = z.infer<typeof DepartmentAuditSchema>;

export const listDepartmentAudit = defineRoute({
  id: 'dataAudit.departments',
  method: 'GET',
  path: '/api/assessment/data-audit',
  summary: '考核数据审计：各考核部门在考核时机中的登录、记录与逾期情况',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  query: z.strictObject({ periodId: IdSchema }),
  response: z.object({
    items: z.array(DepartmentAuditSchema),
    /** The assessment window the logins are counted in: the first open of the period's processes to the latest close, or now while any is not closed; null before any opened. */
    window: AuditWindowSchema.nullable(),
  }),
});

export const DepartmentActivitySchema = z.object({
  /** Within the period's assessment window, newest first, at most ACTIVITY_LOGIN_LIMIT. `reason` is the login log's code (BAD_PASSWORD …). */
  logins: z.array(z.object({ at: z.string(), username: z.string(), outcome: z.string(), ip: z.string().nullable(), reason: z.string() })),
  records: z.array(
    z.object({
      recordId: z.string(),
      targetId: z.string(),
      targetTitle: z.string(),
      unitName: z.string(),
      status: z.string(),
      score: z.number().nullable(),
      createdAt: z.string(),
      submittedAt: z.string().nullable(),
      updatedAt: z.string(),
      /** Submitted after the close, or still not submitted after it. */
      late: z.boolean(),
      /** The record's process (NOT_STARTED, OPEN, CLOSED): submitting needs it open. */
      processStatus: z.string(),
      version: z.int(),
    }),
  ),
  /**
   * Audit events on the department's records in the period (created, submitted, returned, voided, revised), newest first,
   * at most ACTIVITY_EVENT_LIMIT. `action` is the audit action (`records.submit` …); the save that created a record is
   * `records.create`, and an Excel import is one `records.import` event per record it wrote.
   */
  events: z.array(
    z.object({ at: z.string(), actorName: z.string(), action: z.string(), recordId: z.string(), targetTitle: z.string(), reason: z.string().nullable() }),
  ),
});

export type DepartmentActivity = z.infer<typeof DepartmentActivitySchema>;

export const ACTIVITY_LOGIN_LIMIT = 200;
export const ACTIVITY_EVENT_LIMIT = 500;

export const getDepartmentActivity = defineRoute({
  id: 'dataAudit.activity',
  method: 'GET',
  path: '/api/assessment/data-audit/:departmentId',
  summary: '一个考核部门在考核时机中的登录记录、考核记录与操作明细',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: z.strictObject({ departmentId: IdSchema }),
  query: z.strictObject({ periodId: IdSchema }),
  response: DepartmentActivitySchema,
});
