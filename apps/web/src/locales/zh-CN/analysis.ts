export const analysis = {
  menu: '决策分析',
  title: '决策分析',
  subtitle: '年度目标的完成进度与上年对比、各目标类型与考核类别的完成情况、各单位逐月进度偏差。点击图中的单位、类型可查看对应目标。',
  allTypes: '全部目标类型',
  typeFilter: '目标类型',
  trend: { previous: '{year}实际' },
  completion: { title: '完成进度：计划与实际' },
  heat: {
    title: '进度偏差热力图',
    hint: '各单位已发布目标在每月末平均落后计划的百分点，按预警阈值着色（黄色 ≥ {yellow}，红色 ≥ {red}）；点击单元格查看该单位的目标。',
    unit: '单位',
    notYet: '尚未到该月',
    cell: '{unit} {month}月：计划 {planned}%，实际 {actual}%，落后 {lag} 个百分点',
    green: '正常',
    yellow: '黄色',
    red: '红色',
  },
};
