import { LOGIN_REASON_LABELS } from '@jx/contract';

/** The login-log reasons the catalogues name (an unknown reason is shown as its code). */
const LOGIN_REASONS = [
  'OK',
  'UNKNOWN_USER',
  'BAD_PASSWORD',
  'BAD_PASSWORD_LOCKED',
  'LOCKED',
  'DISABLED',
  'MFA_REQUIRED',
  'BAD_TOTP',
  'BAD_TOTP_LOCKED',
  'TOTP_REPLAY',
  'RATE_LIMITED',
  'MALFORMED_REQUEST',
] as const;

/** The zh-CN labels come from the contract; the explicit key list keeps the en-US catalogue complete. */
const reasons = Object.fromEntries(LOGIN_REASONS.map((r) => [r, LOGIN_REASON_LABELS[r] ?? r])) as Record<(typeof LOGIN_REASONS)[number], string>;

export const audit = {
  events: {
    title: '操作日志',
    subtitle: '每一次修改与被拒绝的请求都记录在只可追加、以哈希链相连的审计日志中。',
    empty: '没有符合条件的操作记录。可以放宽操作人、操作、对象类型、结果或时间范围。',
    emptyAll: '还没有操作记录。',
    fields: {
      at: '时间',
      actor: '操作人',
      roles: '角色',
      action: '操作',
      objectType: '对象类型',
      objectId: '对象编号',
      outcome: '结果',
      reason: '原因',
      ip: 'IP 地址',
      requestId: '请求编号',
      seq: '序号',
      hash: '哈希',
    },
    filters: {
      actor: '操作人用户名',
      action: '操作（可输入关键字）',
      actionContains: '操作包含“{text}”',
      objectType: '对象类型',
      outcome: '结果',
      rangeStart: '开始时间',
      rangeEnd: '结束时间',
    },
    system: '系统',
    /** Actions the API records that are not a contract route (a route's action is labelled with its summary). */
    actions: {
      assessedUnits: {
        move: '考核对象移动类别',
      },
      auditorCommand: {
        create: '服务器命令：新建安全审计员',
        resetPassword: '服务器命令：重置安全审计员密码',
        unlock: '服务器命令：解锁安全审计员',
        disable: '服务器命令：停用安全审计员',
        enable: '服务器命令：启用安全审计员',
        resetTotp: '服务器命令：解除安全审计员动态口令',
      },
      adminCommand: {
        create: '服务器命令：新建系统管理员',
      },
    },
    objectTypes: {
      Unit: '单位',
      Account: '账户',
      Person: '人员',
      Session: '会话',
      Setting: '系统设置',
      Announcement: '公告',
      Year: '考核年度',
      AssessmentCategory: '考核类别',
      AssessedUnit: '考核对象',
      Indicator: '指标',
      TargetType: '目标类型',
      Notification: '站内消息',
      request: '请求',
    },
    detail: '变更详情',
    diff: {
      field: '字段',
      before: '修改前',
      after: '修改后',
      changedOnly: '只看变更字段',
      noChange: '没有记录字段变化。',
      changedCount: '{count} 个字段有变化',
      created: '新建',
      deleted: '删除',
    },
    verify: '校验哈希链',
    verifying: '正在校验…',
    verifyOk: '已校验 {count} 条，哈希链完整',
    verifyBroken: '哈希链在第 {seq} 条处断裂',
    verifyBrokenUnknown: '哈希链校验未通过',
    verifyAt: '校验时间：{time}',
    verifyProblem: '问题：{problem}',
    verifyAnchorBroken: '哈希链与外部锚点不符',
    anchors: {
      none: '外部锚点：尚无锚点',
      ok: '外部锚点：{count} 个全部相符，最新锚定至第 {seq} 条',
      broken: '外部锚点（锚点文件第 {line} 行，{kind}）：{message}',
      kinds: { MISSING: '记录缺失', HASH_MISMATCH: '哈希不符', MALFORMED: '锚点行损坏' },
    },
  },
  logins: {
    title: '登录日志',
    subtitle: '每一次登录尝试：时间、用户名、来源 IP、浏览器与结果。',
    empty: '没有符合条件的登录记录。可以放宽用户名、结果、IP 或时间范围。',
    fields: {
      at: '时间',
      username: '用户名',
      ip: 'IP 地址',
      userAgent: '浏览器（User-Agent）',
      outcome: '结果',
      reason: '原因',
    },
    filters: {
      username: '用户名',
      ip: 'IP 地址',
      outcome: '结果',
    },
    reasons,
  },
};
