/** The indicator framework: target types, indicators, weights, copying a year's framework. */
export const FRAMEWORK_MESSAGES = {
  // Copying a year's framework
  'framework.copyIntoSameYear': '不能从本年度复制到本年度',
  'framework.sourceYearNotFound': '来源年度不存在',
  'framework.copyTargetNotEmpty': '{year}已有 {categories} 个考核类别、{indicators} 个指标，只能把框架复制到空白年度；如需重来，请先删除这些内容',
  'framework.sourceYearEmpty': '{year}没有考核类别和指标，无可复制的框架',

  // Indicators
  'framework.yearClosed': '{year}已结束，年度目标框架不能再修改',
  'framework.targetTypeOnlyOnLevel1': '只有一级指标可以关联目标类型',
  'framework.indicatorHasChildren': '指标“{name}”下还有 {count} 个下级指标，请先删除下级指标',
  'framework.indicatorHasTargets': '该指标下已有 {count} 个目标，不能删除',
  'framework.parentNotInYear': '上级指标不存在或不属于该年度',
  'framework.notASibling': '该指标不在这一组同级指标中',
  'framework.siblingsMissing': '须整组调整：还缺少 {count} 个同级指标（{names}）',

  // Target types
  'framework.targetTypeCodeTaken': '类型编码“{code}”已被目标类型“{name}”使用',
  'framework.targetTypeNameTaken': '已有名为“{name}”的目标类型',
  'framework.targetTypeOwnerNotDivision': '主管部门须是厅机关处室：{unitName}不是',
  'framework.targetTypeOwnerInactive': '{unitName}已停用，不能作为主管部门',
  'framework.targetTypeSpecialFixed': '专项工作类型由系统使用：编码不能修改，也不能停用或删除',
  'framework.targetTypeInUse':
    '目标类型“{name}”已在使用（考核类别 {categories} 个、指标 {indicators} 个、目标 {targets} 个、考核时机 {periods} 个、分管账户 {accounts} 个），不能删除；不再使用请停用',

  // Proposals (指标修改提议)
  'framework.rhythmOfficeOnly': '进展报送周期属于年度目标框架，由目标绩效办设置',
  'framework.proposalNotOwnType': '只能对本部门主管的目标类型下的指标提出修改',
  'framework.proposalTypeRequired': '新增一级指标须选择本部门的目标类型',
  'framework.proposalNotPending': '该提议已{status}，不能再处理',
  'framework.proposalIndicatorGone': '提议涉及的指标已不存在，该提议已不适用，请退回',
  'framework.proposalIndicatorChanged': '提议提出后指标“{name}”已被修改，该提议已不适用，请退回后由部门重新提议',
  'framework.proposalParentGone': '提议的上级指标已不存在，该提议已不适用，请退回',
} as const;
