/**
 * The names of the things a message may speak of (`{entity}` in `common.notFound`), by key: a message's `entity`
 * parameter holds one of these keys, and each language says the name its own way.
 */
export const ENTITY_NAMES = {
  'entity.record': '记录',
  'entity.account': '账户',
  'entity.unit': '单位',
  'entity.person': '人员',
  'entity.year': '考核年度',
  'entity.category': '考核类别',
  'entity.assessedUnit': '考核对象',
  'entity.announcement': '公告',
  'entity.setting': '设置',
  'entity.notification': '消息',
  'entity.indicator': '指标',
  'entity.frameworkProposal': '指标修改提议',
  'entity.targetType': '目标类型',
  'entity.target': '目标',
  'entity.report': '进展报告',
  'entity.document': '工作文档',
  'entity.supervisionOrder': '督办单',
  'entity.assessmentPeriod': '考核时机',
  'entity.assessmentProcess': '考核流程',
  'entity.assessmentRecord': '考核记录',
  'entity.adjustment': '加减分',
  'entity.adjustmentCategory': '加减分类别',
  'entity.scoringModel': '绩效模型',
  'entity.rating': '评价',
  'entity.ratingScale': '评价等级',
  'entity.raterAssignment': '评价名单',
  'entity.resultSet': '汇总结果',
  'entity.summaryRun': '汇总任务',
  'entity.bulletin': '考核通报',
  'entity.appeal': '申诉',
} as const;

/** `'target'` for `entity.target`. */
export type EntityName = keyof typeof ENTITY_NAMES extends `entity.${infer N}` ? N : never;
