import type { Scale } from '../model.ts';

/** 好 / 较好 / 差 = 100 / 80 / 50 % (政府领导评价、绩效组织评价). */
export const GOOD_FAIR_POOR: Scale = [
  { level: '好', percent: 100 },
  { level: '较好', percent: 80 },
  { level: '差', percent: 50 },
];

/** 满意 / 比较满意 / 不满意 = 100 / 80 / 50 % (部门互评、社会公众评价). */
export const SATISFACTION: Scale = [
  { level: '满意', percent: 100 },
  { level: '比较满意', percent: 80 },
  { level: '不满意', percent: 50 },
];
