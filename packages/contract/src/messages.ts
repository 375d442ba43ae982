/**
 * Every error message the server sends, by a stable key with named parameters (`{attemptsLeft}`), and its Chinese
 * text — the server's default (DESIGN §1: the UI is zh-CN). The web catalogues translate the keys: zh-CN takes these
 * texts, en-US has its own, and the type checker fails on a key missing from either. An error names its key and
 * parameters (`{ key: 'auth.invalidCredentials', params: { attemptsLeft: 4 } }`) beside the Chinese `message`.
 */
export const ERROR_MESSAGES = {
  // Any route
  'common.notFound': '{what}不存在',
  'common.routeNotFound': '接口不存在：{method} {path}',
  'common.forbidden': '没有权限执行此操作',
  'common.versionConflict': '{what}已被他人修改，请刷新后重试',
  'common.conflict': '记录已存在',
  'common.duplicate': '{field}已存在',
  'common.referenced': '关联的记录不存在或仍被引用',
  'common.invalidRequest': '请求格式有误',
  'common.unsupportedMediaType': '不支持的请求内容类型',
  'common.payloadTooLarge': '请求内容过大',
  'common.rateLimited': '请求过于频繁，请稍后再试',
  'common.databaseUnavailable': '数据库暂时不可用，请稍后重试',
  'common.dataRejected': '输入的值无法保存（格式或范围不符合要求）',
  'common.internal': '服务器内部错误，请稍后重试或联系管理员',
  'common.unauthenticated': '请先登录',
  'common.sessionInvalid': '登录凭证无效或已过期，请重新登录',
  'common.sessionEnded': '会话已结束，请重新登录',
  'common.refreshInvalid': '登录凭证已失效，请重新登录',
  'common.sessionIdle': '超过 {minutes} 分钟未操作，请重新登录',
  'common.sessionAbsolute': '登录已超过最长时限，请重新登录',
  'common.accountDisabled': '账户已停用',
  'common.passwordChangeRequired': '请先修改密码',
  'common.passwordExpired': '密码已过期，请先修改密码',
  'common.mfaEnrollmentRequired': '请先绑定动态口令（双因素认证）',
  'common.firstLoginPasswordChange': '首次登录须先修改初始密码',
  'common.sessionRevoked': '会话已失效，请重新登录',

  // Request validation (field issues; the Chinese text the contract's schema gives names the field)
  'validation.invalid': '输入有误',
  'validation.required': '必填',
  'validation.tooShort': '至少 {min} 个字符',
  'validation.tooLong': '不能超过 {max} 个字',
  'validation.tooSmall': '不能小于 {min}',
  'validation.tooBig': '不能大于 {max}',
  'validation.invalidFormat': '格式不正确',
  'validation.invalidType': '类型不正确',
  'validation.invalidOption': '不是可选的值',
  'validation.unknownField': '不允许的字段',
  'validation.requestInvalid': '{where}有误：{detail}',
  'input.nulCharacter': '不能包含空字符（U+0000）',
  'input.numberOutOfRange': '数值超出允许范围（绝对值不超过 {max}）',

  // Signing in and credentials
  'auth.invalidCredentials': '用户名或密码错误，再错 {attemptsLeft} 次账户将被锁定',
  'auth.invalidCredentialsWithCode': '用户名、密码或动态口令错误，再错 {attemptsLeft} 次账户将被锁定',
  'auth.locked': '连续验证失败次数过多，账户已锁定至 {until}（北京时间）',
  'auth.disabled': '账户已停用，请联系系统管理员',
  'auth.mfaRequired': '请输入动态口令',
  'auth.credentialWrong': '{what}不正确（再错 {attemptsLeft} 次账户将被锁定）',
  'auth.passwordWeak': '{problems}',
  'auth.passwordReused': '新密码不能与最近 {count} 次使用过的密码相同',
  'auth.totpAlreadyEnabled': '已绑定动态口令；如需更换请先解除',
  'auth.totpNotEnabled': '尚未绑定动态口令',
  'auth.totpSetupFirst': '请先生成绑定二维码',
  'auth.totpStateChanged': '动态口令的绑定状态已变化，请刷新后重试',
  'auth.auditorOffLimits': '安全审计员账户只能由服务器上的 pnpm auditor 命令管理（三员分立），系统管理员不能新建、修改或授予',
} as const;

export type ErrorMessageKey = keyof typeof ERROR_MESSAGES;
export type MessageParams = Record<string, string | number>;
/** An error's text as a key and parameters (the Chinese `message` beside it is `formatMessage` of them). */
export interface LocalizedText {
  key: ErrorMessageKey;
  params?: MessageParams;
}

/** `{name}` placeholders filled from `params` (a missing one stays as written). */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The server's Chinese text of a key. */
export const chineseMessage = (text: LocalizedText) => formatMessage(ERROR_MESSAGES[text.key], text.params);
