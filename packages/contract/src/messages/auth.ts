/** Signing in, credentials and the second factor. */
export const AUTH_MESSAGES = {
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
