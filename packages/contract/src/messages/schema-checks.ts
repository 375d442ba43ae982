/**
 * The contract's own checks (beyond zod's built-in rules, which `schemaIssueText` keys by kind): weights and shares,
 * scores, decomposition, account roles. The browser runs them in forms and the server on every request.
 */
export const SCHEMA_CHECK_MESSAGES = {
  'weights.required': '请填写{quantity}',
  'weights.notNumber': '{quantity}应为数字，例如 24.25',
  'weights.tooManyDecimals': '{quantity}最多保留两位小数',
  'weights.over100': '{quantity}不能超过 100',
  'weights.notPositive': '{quantity}必须大于 0',
  'quantity.weight': '权重',
  'quantity.share': '份额',
  'weights.tooDeep': '指标最多 {max} 级，三级指标下不能再添加下级指标',
  'weights.sumNot100': '同级指标权重合计须为 100%，当前为 {sum}%',
  'weights.duplicateIndicator': '同一指标出现了两次',
  'score.format': '分值应为数字，最多两位小数，例如 10 或 2.5',
  'score.notPositive': '分值必须大于 0',
  'assignment.duplicateUnit': '同一单位出现了两次',
  'roles.separationOfDuties': '系统管理员、安全审计员与业务角色必须分离（三权分立）',
  'roles.unitRequired': '责任单位角色和职能管理部门必须指定所属单位',
  'roles.portfolioRequired': '分管领导至少要有一个分管单位或分管目标类型',
  'roles.portfolioOnlyDeputy': '只有厅分管领导才有分管范围',
} as const;
