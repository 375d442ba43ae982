import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADMIN } from '../access.ts';
import { VersionSchema } from '../common.ts';

const int = (min: number, max: number) => z.int(`应为整数`).min(min, `不能小于 ${min}`).max(max, `不能大于 ${max}`);

/** Every system setting: its value schema, default and label. Values are validated against these on write. */
export const SETTING_DEFINITIONS = {
  'system.name': { group: '系统', label: '系统名称', schema: z.string().trim().min(1).max(40), default: '目标绩效管理平台' },
  'security.passwordMaxAgeDays': { group: '安全', label: '密码有效期（天）', schema: int(1, 365), default: 90 },
  'security.passwordMinStrength': { group: '安全', label: '密码最低强度（0–4，zxcvbn 评分）', schema: int(2, 4), default: 3 },
  'security.lockoutThreshold': { group: '安全', label: '连续登录失败锁定次数', schema: int(3, 10), default: 5 },
  'security.lockoutMinutes': { group: '安全', label: '锁定时长（分钟）', schema: int(5, 1440), default: 30 },
  'security.sessionIdleMinutes': { group: '安全', label: '会话空闲超时（分钟）', schema: int(5, 120), default: 30 },
  'security.sessionAbsoluteHours': { group: '安全', label: '会话最长时长（小时）', schema: int(1, 24), default: 12 },
  'report.dueDay': { group: '目标执行', label: '进展报告截止日（次月几日）', schema: int(1, 28), default: 5 },
  'report.editableDays': { group: '目标执行', label: '报告可修改期限（截止日后天数）', schema: int(0, 366), default: 30 },
  'warning.yellowLagPoints': { group: '预警', label: '黄色预警：落后计划（百分点）', schema: int(1, 100), default: 10 },
  'warning.redLagPoints': { group: '预警', label: '红色预警：落后计划（百分点）', schema: int(1, 100), default: 25 },
  'warning.overdueRedDays': { group: '预警', label: '报告逾期超过多少天为红色', schema: int(1, 60), default: 5 },
  'appeal.windowWorkingDays': { group: '申诉', label: '申诉期限（工作日）', schema: int(1, 30), default: 5 },
} as const;
export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];
export type SettingValues = { [K in SettingKey]: z.infer<(typeof SETTING_DEFINITIONS)[K]['schema']> };

export const SettingSchema = z.object({
  key: z.string(),
  group: z.string(),
  label: z.string(),
  value: z.unknown(),
  defaultValue: z.unknown(),
  version: z.int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Setting = z.infer<typeof SettingSchema>;

export const listSettings = defineRoute({
  id: 'settings.list',
  method: 'GET',
  path: '/api/settings',
  summary: '系统设置',
  tag: 'settings',
  access: ADMIN,
  response: z.array(SettingSchema),
});

export const updateSetting = defineRoute({
  id: 'settings.update',
  method: 'PUT',
  path: '/api/settings/:key',
  summary: '修改一项系统设置',
  tag: 'settings',
  access: ADMIN,
  params: z.strictObject({ key: z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]], { error: '没有这项设置' }) }),
  /** version 0: the setting still has its default and has never been written. */
  body: z.strictObject({ value: z.unknown(), version: VersionSchema.or(z.literal(0)) }),
  response: SettingSchema,
});

/** The settings the web needs for every user (due-day hints, warning legend): readable by anyone signed in. */
export const PUBLIC_SETTING_KEYS = [
  'report.dueDay',
  'report.editableDays',
  'warning.yellowLagPoints',
  'warning.redLagPoints',
  'warning.overdueRedDays',
] as const satisfies readonly SettingKey[];
export type PublicSettings = Pick<SettingValues, (typeof PUBLIC_SETTING_KEYS)[number]>;

export const publicSettings = defineRoute({
  id: 'settings.public',
  method: 'GET',
  path: '/api/settings/public',
  summary: '业务设置（进展报告截止日与可修改期限、预警阈值），所有登录用户可读',
  tag: 'settings',
  access: 'authenticated',
  response: z.object({
    'report.dueDay': z.int(),
    'report.editableDays': z.int(),
    'warning.yellowLagPoints': z.int(),
    'warning.redLagPoints': z.int(),
    'warning.overdueRedDays': z.int(),
  }),
});
