export const warnings = {
  menu: '预警中心',
  title: '预警中心',
  subtitle: '已发布目标的执行预警：进度落后于计划、逾期未报、超期未完成。',
  empty: '暂无预警数据',
  emptyFiltered: '没有符合条件的目标，请调整筛选条件。',
  levelTags: {
    RED: '红色预警',
    YELLOW: '黄色预警',
    GREEN: '正常',
  },
  reasonTags: {
    BEHIND_PLAN: '进度落后',
    REPORT_OVERDUE: '逾期未报',
    DEADLINE_PASSED: '超期未完成',
  },
  filters: {
    level: '预警级别',
    unit: '责任单位',
    type: '目标类型',
  },
  fields: {
    title: '目标名称',
    unit: '责任单位',
    type: '目标类型',
    level: '预警',
    planned: '计划 %',
    actual: '实际 %',
    lag: '落后',
    overdueDays: '逾期天数',
    reasons: '原因',
  },
  lagPoints: '{n} 个百分点',
};
