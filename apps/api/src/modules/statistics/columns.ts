import type { StatisticsGroup, StatisticsRow } from '@jx/contract';
import type { SheetColumn } from '../../lib/excel/write-sheet.ts';

export const GROUP_LABELS: Record<StatisticsGroup, string> = { unit: '单位', targetType: '目标类型', category: '考核类别' };

/** The columns of the statistics table, the first one named after the grouping. */
export function statisticsColumns(groupBy: StatisticsGroup): SheetColumn<StatisticsRow>[] {
  return [
    { header: GROUP_LABELS[groupBy], width: 28, value: (r) => r.name },
    { header: '已发布目标', width: 12, value: (r) => r.targets },
    { header: '正常', width: 8, value: (r) => r.green },
    { header: '黄色预警', width: 10, value: (r) => r.yellow },
    { header: '红色预警', width: 10, value: (r) => r.red },
    { header: '平均计划完成（%）', width: 14, value: (r) => r.avgPlannedPercent },
    { header: '平均实际完成（%）', width: 14, value: (r) => r.avgActualPercent },
    { header: '应报期数', width: 10, value: (r) => r.reportsDue },
    { header: '已报期数', width: 10, value: (r) => r.reportsSubmitted },
    { header: '迟报期数', width: 10, value: (r) => r.reportsLate },
    { header: '逾期未报', width: 10, value: (r) => r.reportsOverdue },
    { header: '未办结督办', width: 12, value: (r) => r.ordersOpen },
    { header: '逾期督办', width: 10, value: (r) => r.ordersOverdue },
  ];
}
