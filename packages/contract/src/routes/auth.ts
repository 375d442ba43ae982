import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { RoleSchema } from '../roles.ts';
import { OkSchema, nonEmpty } from '../common.ts';
import { errorText, keyedIssue, type LocalizedText } from '../messages/index.ts';

export const PASSWORD_MIN_LENGTH = 8;

/** The policy the server enforces, repeated here so forms can say it before submitting. */
export function passwordPolicyProblems(password: string): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(errorText('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH }));
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push(errorText('auth.passwordNeedsClasses'));
  return problems;
}

export const NewPasswordSchema = z
  .string({ error: '请输入新密码' })
  .max(128, '密码不能超过 128 个字符')
  .superRefine((value, ctx) => {
    for (const problem of passwordPolicyProblems(value)) ctx.addIssue(keyedIssue(problem));
  });

export const SessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** The person (人员) the account belongs to, if any: how the web tells whether the user is a target's responsible person. */
  personId: z.string().nullable(),
  roles: z.array(RoleSchema),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  mustChangePassword: z.boolean(),
  passwordExpired: z.boolean(),
  passwordExpiresAt: z.string(),
  portfolioUnitIds: z.array(z.string()),
  portfolioTargetTypeIds: z.array(z.string()),
  totpEnabled: z.boolean(),
  /** Production mode: SYS_ADMIN, PERF_OFFICE and AUDITOR must set up a second factor before anything else. */
  mfaEnrollmentRequired: z.boolean(),
  version: z.int(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const TotpCodeSchema = z
  .string({ error: '请输入动态口令' })
  .trim()
  .regex(/^\d{6}$/, '动态口令为 6 位数字');

export const LoginBody = z.strictObject({
  username: nonEmpty('用户名', 64),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128),
  /** Required (else 401 MFA_REQUIRED) when the account has a second factor. */
  totpCode: TotpCodeSchema.optional(),
});

export const TokenResponse = z.object({
  accessToken: z.string(),
  expiresIn: z.int(),
  user: SessionUserSchema,
});

export const login = defineRoute({
  id: 'auth.login',
  method: 'POST',
  path: '/api/auth/login',
  summary: '登录',
  tag: 'auth',
  access: 'public',
  body: LoginBody,
  response: TokenResponse,
});

export const refresh = defineRoute({
  id: 'auth.refresh',
  method: 'POST',
  path: '/api/auth/refresh',
  summary: '用刷新令牌（httpOnly Cookie）换取新的访问令牌，刷新令牌同时轮换',
  tag: 'auth',
  access: 'public',
  response: TokenResponse,
});

export const logout = defineRoute({
  id: 'auth.logout',
  method: 'POST',
  path: '/api/auth/logout',
  summary: '退出登录（立即吊销会话）',
  tag: 'auth',
  access: 'authenticated',
  securitySetup: true,
  response: OkSchema,
});

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string({ error: '请输入当前密码' }).min(1, '请输入当前密码').max(128),
  newPassword: NewPasswordSchema,
});

export const changePassword = defineRoute({
  id: 'auth.changePassword',
  method: 'POST',
  path: '/api/auth/change-password',
  summary: '修改本人密码（其他会话全部吊销）',
  tag: 'auth',
  access: 'authenticated',
  securitySetup: true,
  body: ChangePasswordBody,
  response: TokenResponse,
});

export const me = defineRoute({
  id: 'auth.me',
  method: 'GET',
  path: '/api/auth/me',
  summary: '当前用户',
  tag: 'auth',
  access: 'authenticated',
  securitySetup: true,
  response: SessionUserSchema,
});

/** Self-service profile: only the display name. Any other field (roles, unitId…) is rejected. */
export const UpdateMeBody = z.strictObject({
  displayName: nonEmpty('姓名', 50),
  version: z.int().positive(),
});

export const updateMe = defineRoute({
  id: 'auth.updateMe',
  method: 'PATCH',
  path: '/api/auth/me',
  summary: '修改本人资料',
  tag: 'auth',
  access: 'authenticated',
  body: UpdateMeBody,
  response: SessionUserSchema,
});

export const TotpSetupSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  /** PNG data URL of the otpauth QR code, for an authenticator app to scan. */
  qrDataUrl: z.string(),
});

export const totpSetup = defineRoute({
  id: 'auth.totpSetup',
  method: 'POST',
  path: '/api/auth/totp/setup',
  summary: '开始绑定动态口令（生成密钥与二维码，确认前不生效）',
  tag: 'auth',
  access: 'authenticated',
  securitySetup: true,
  response: TotpSetupSchema,
});

export const totpEnable = defineRoute({
  id: 'auth.totpEnable',
  method: 'POST',
  path: '/api/auth/totp/enable',
  summary: '输入动态口令确认绑定',
  tag: 'auth',
  access: 'authenticated',
  securitySetup: true,
  body: z.strictObject({ code: TotpCodeSchema }),
  response: SessionUserSchema,
});

export const totpDisable = defineRoute({
  id: 'auth.totpDisable',
  method: 'POST',
  path: '/api/auth/totp/disable',
  summary: '解除动态口令（须验证密码与当前口令）',
  tag: 'auth',
  access: 'authenticated',
  body: z.strictObject({ password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128), code: TotpCodeSchema }),
  response: SessionUserSchema,
});
