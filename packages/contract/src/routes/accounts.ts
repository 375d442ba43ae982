import { z } from 'zod';
import { errorText, keyedIssue } from '../messages/index.ts';
import { defineRoute } from '../route.ts';
import { ADMIN } from '../access.ts';
import { IdParams, IdSchema, PageQuery, VersionBody, VersionSchema, nonEmpty, pageOf } from '../common.ts';
import { RoleSchema, separationOfDutiesViolation, UNIT_ROLES } from '../roles.ts';
import { NewPasswordSchema } from './auth.ts';

export const AccountStatusSchema = z.enum(['ACTIVE', 'DISABLED']);
export const ACCOUNT_STATUS_LABELS = { ACTIVE: '正常', DISABLED: '已停用' } as const;

export const AccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(RoleSchema),
  portfolioUnitIds: z.array(z.string()),
  portfolioTargetTypeIds: z.array(z.string()),
  status: AccountStatusSchema,
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

/** Roles and data scope; the rules every editor of them must respect. */
export const AccessFields = z
  .strictObject({
    roles: z.array(RoleSchema).min(1, '请至少选择一个角色').max(8),
    unitId: IdSchema.nullish(),
    portfolioUnitIds: z.array(IdSchema).max(200).default([]),
    portfolioTargetTypeIds: z.array(IdSchema).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    const sod = separationOfDutiesViolation(v.roles);
    if (sod) ctx.addIssue(keyedIssue(sod, ['roles']));
    const needsUnit = v.roles.some((r) => UNIT_ROLES.includes(r) || r === 'FUNC_DEPT');
    if (needsUnit && !v.unitId) {
      ctx.addIssue(keyedIssue(errorText('roles.unitRequired'), ['unitId']));
    }
    const deputy = v.roles.includes('LEADER_DEPUTY');
    if (deputy && v.portfolioUnitIds.length + v.portfolioTargetTypeIds.length === 0) {
      ctx.addIssue(keyedIssue(errorText('roles.portfolioRequired'), ['portfolioUnitIds']));
    }
    if (!deputy && v.portfolioUnitIds.length + v.portfolioTargetTypeIds.length > 0) {
      ctx.addIssue(keyedIssue(errorText('roles.portfolioOnlyDeputy'), ['portfolioUnitIds']));
    }
  });

export const ACCOUNT_SORT_FIELDS = ['username', 'displayName', 'lastLoginAt', 'updatedAt'] as const;

export const listAccounts = defineRoute({
  id: 'accounts.list',
  method: 'GET',
  path: '/api/accounts',
  summary: '账户列表',
  tag: 'accounts',
  access: ADMIN,
  query: z.strictObject({
    ...PageQuery,
    sort: z.enum(ACCOUNT_SORT_FIELDS).default('username'),
    q: z.string().trim().max(50).optional(),
    role: RoleSchema.optional(),
    status: AccountStatusSchema.optional(),
    unitId: IdSchema.optional(),
    /** Active accounts that have never signed in (首页 基础数据 links here). */
    neverUsed: z.enum(['true']).optional(),
    /** Active accounts whose password expires within PASSWORD_EXPIRY_NOTICE_DAYS or has expired. */
    passwordExpiring: z.enum(['true']).optional(),
    /** Accounts locked now by failed sign-ins (lockedUntil after now, the list's `locked`). */
    locked: z.enum(['true']).optional(),
  }),
  response: pageOf(AccountSchema),
});

export const getAccount = defineRoute({
  id: 'accounts.get',
  method: 'GET',
  path: '/api/accounts/:id',
  summary: '账户详情',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  response: AccountSchema,
});

export const UsernameSchema = z
  .string({ error: '请填写用户名' })
  .trim()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头');

export const CreateAccountBody = z.strictObject({
  username: UsernameSchema,
  displayName: nonEmpty('显示名称', 50),
  personId: IdSchema.nullish(),
  /** The issued password; the holder must change it at first login. */
  password: NewPasswordSchema,
  access: AccessFields,
});

export const createAccount = defineRoute({
  id: 'accounts.create',
  method: 'POST',
  path: '/api/accounts',
  summary: '新建账户（初始密码，首次登录须修改）',
  tag: 'accounts',
  access: ADMIN,
  body: CreateAccountBody,
  response: AccountSchema,
  status: 201,
});

export const updateAccount = defineRoute({
  id: 'accounts.update',
  method: 'PATCH',
  path: '/api/accounts/:id',
  summary: '修改账户资料',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({ displayName: nonEmpty('显示名称', 50), personId: IdSchema.nullish(), version: VersionSchema }),
  response: AccountSchema,
});

export const setAccountAccess = defineRoute({
  id: 'accounts.setAccess',
  method: 'PUT',
  path: '/api/accounts/:id/access',
  summary: '设置角色与数据范围（下一次请求即生效）',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({ access: AccessFields, version: VersionSchema }),
  response: AccountSchema,
});

export const disableAccount = defineRoute({
  id: 'accounts.disable',
  method: 'POST',
  path: '/api/accounts/:id/disable',
  summary: '停用账户（立即吊销全部会话）',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: AccountSchema,
});

export const enableAccount = defineRoute({
  id: 'accounts.enable',
  method: 'POST',
  path: '/api/accounts/:id/enable',
  summary: '启用账户',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: AccountSchema,
});

export const unlockAccount = defineRoute({
  id: 'accounts.unlock',
  method: 'POST',
  path: '/api/accounts/:id/unlock',
  summary: '解除登录锁定',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: AccountSchema,
});

export const resetAccountPassword = defineRoute({
  id: 'accounts.resetPassword',
  method: 'POST',
  path: '/api/accounts/:id/reset-password',
  summary: '重置密码（吊销会话，下次登录须修改）',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  body: z.strictObject({ password: NewPasswordSchema, version: VersionSchema }),
  response: AccountSchema,
});

export const resetAccountTotp = defineRoute({
  id: 'accounts.resetTotp',
  method: 'POST',
  path: '/api/accounts/:id/reset-totp',
  summary: '解除账户的动态口令（用户丢失设备时；吊销会话）',
  tag: 'accounts',
  access: ADMIN,
  params: IdParams,
  body: VersionBody,
  response: AccountSchema,
});
