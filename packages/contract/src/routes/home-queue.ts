import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { DateTimeString, IdSchema } from '../common.ts';

/** Days without a sign-in after which a department shows as 未登录 on the office's home. */
export const IDLE_DEPARTMENT_DAYS = 7;
/** Days before a password's expiry from which the administrator's home counts it as 即将到期. */
export const PASSWORD_EXPIRY_NOTICE_DAYS = 7;

/** A 职能管理部门's work on its own target types across units. */
export const DepartmentQueueSchema = z.object({
  /** Reports of its types submitted after their due day (the report list's 逾期报送). */
  lateReports: z.int(),
  /** 评分表 rows it assesses in open processes without a submitted record (none yet, or a draft). */
  recordsToScore: z.int(),
});

export const ProcessProgressSchema = z.object({
  processId: IdSchema,
  periodId: IdSchema,
  periodName: z.string(),
  targetTypeName: z.string(),
  openedAt: DateTimeString.nullable(),
  /** Records submitted of expected, per assessing department. */
  departments: z.array(z.object({ unitId: IdSchema, unitName: z.string(), submitted: z.int(), expected: z.int() })),
});
export type ProcessProgress = z.infer<typeof ProcessProgressSchema>;

/** 目标绩效办's pipeline. */
export const OfficeQueueSchema = z.object({
  /** Open assessment processes of the year with their completeness per department. */
  processes: z.array(ProcessProgressSchema),
  /** Missing inputs not waived, over the year's result sets (publishing waits for them). */
  missingInputs: z.int(),
  idleDays: z.int(),
  /** Departments (units with an active FUNC_DEPT account) whose accounts have not signed in for idleDays. */
  idleDepartments: z.array(z.object({ unitId: IdSchema, unitName: z.string(), lastLoginAt: DateTimeString.nullable() })),
});

/** 系统管理员's base-data health. */
export const AdminQueueSchema = z.object({
  /** Active units without an active account. */
  unitsWithoutAccounts: z.int(),
  /** Active accounts that have never signed in. */
  accountsNeverUsed: z.int(),
  /** Active accounts whose password expires within PASSWORD_EXPIRY_NOTICE_DAYS (or has expired). */
  passwordsExpiring: z.int(),
  /** Accounts locked now by failed sign-ins (the accounts list's 当前锁定 filter). */
  lockedAccounts: z.int(),
});

/** 审计员's account watch. */
export const AuditorQueueSchema = z.object({
  /** Accounts locked now by failed sign-ins. */
  lockedAccounts: z.int(),
});

export const getHomeQueue = defineRoute({
  id: 'home.queue',
  method: 'GET',
  path: '/api/home/queue',
  summary: '首页工作队列：调用者各角色可处理事项的数量（职能部门、目标绩效办、系统管理员、审计员各自的部分，其余为 null）',
  tag: 'home',
  access: ['FUNC_DEPT', 'PERF_OFFICE', 'SYS_ADMIN', 'AUDITOR'],
  query: z.strictObject({ yearId: IdSchema.optional() }),
  response: z.object({
    department: DepartmentQueueSchema.nullable(),
    office: OfficeQueueSchema.nullable(),
    admin: AdminQueueSchema.nullable(),
    auditor: AuditorQueueSchema.nullable(),
  }),
});
export type HomeQueue = z.infer<typeof getHomeQueue.response>;
