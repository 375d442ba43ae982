/** Who the load run signs in as. */
export type BenchRole = 'leader' | 'deputy' | 'office' | 'department' | 'unit';

export interface Endpoint {
  name: string;
  role: BenchRole | null;
  path: string;
}

/** The endpoints of the load table (issue: lists, analysis, home counts, detail), each as the roles that use it. */
export function endpoints(x: { yearId: string; unitId: string; targetId: string }): Endpoint[] {
  const y = `yearId=${x.yearId}`;
  const list: Endpoint[] = [];
  const as = (name: string, path: string, roles: BenchRole[]) => roles.forEach((role) => list.push({ name, role, path }));
  as('目标列表 首页', `/api/targets?${y}&page=1&pageSize=20`, ['leader', 'deputy', 'unit']);
  as('目标列表 按单位', `/api/targets?${y}&unitId=${x.unitId}&pageSize=20`, ['leader']);
  as('目标列表 搜索', `/api/targets?${y}&q=${encodeURIComponent('目标1')}&pageSize=20`, ['leader']);
  as('目标详情', `/api/targets/${x.targetId}`, ['leader', 'unit']);
  as('预警中心', `/api/warnings?${y}&pageSize=20`, ['leader', 'deputy', 'unit']);
  as('统计分析 按单位', `/api/statistics/overview?${y}&groupBy=unit`, ['leader', 'deputy']);
  as('统计分析 按类型', `/api/statistics/overview?${y}&groupBy=targetType`, ['leader']);
  as('统计分析 按类别', `/api/statistics/overview?${y}&groupBy=category`, ['leader']);
  as('月度走势', `/api/statistics/trend?${y}`, ['leader', 'deputy', 'unit']);
  as('领导首页动态', `/api/statistics/activity?${y}`, ['leader', 'deputy']);
  as('进度偏差热力图', `/api/statistics/heatmap?${y}`, ['leader', 'deputy']);
  as('本期待报送', `/api/reports/pending?${y}`, ['unit']);
  as('进展报告列表', `/api/reports?${y}&pageSize=20`, ['leader', 'unit']);
  as('督办列表', `/api/supervision-orders?${y}&pageSize=20`, ['leader', 'unit']);
  as('我的待办 待审核', `/api/targets?${y}&status=SUBMITTED&page=1&pageSize=1`, ['leader']);
  as('我的待办 预警数', `/api/warnings?${y}&page=1&pageSize=1`, ['leader', 'unit']);
  as('我的待办 督办数', `/api/supervision-orders?${y}&page=1&pageSize=1`, ['unit']);
  as('未读消息数', `/api/notifications/unread-count`, ['leader', 'unit']);
  as('首页待办队列', `/api/home/queue?${y}`, ['office', 'department']);
  as('最新排名', `/api/statistics/rankings/latest?${y}`, ['leader', 'deputy']);
  as('考核排名', `/api/statistics/rankings?${y}`, ['leader', 'deputy', 'department']);
  as('单位考核成绩', `/api/statistics/units/${x.unitId}/results`, ['leader', 'unit']);
  as('专项工作督查', `/api/statistics/special-tasks?${y}`, ['leader', 'deputy']);
  as('完成进度 截至月末', `/api/statistics/completion?${y}&groupBy=category&month=6`, ['leader', 'deputy']);
  return list;
}
