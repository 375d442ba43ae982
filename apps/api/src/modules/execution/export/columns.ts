import { SUPERVISION_STATUS_LABELS, WARNING_LEVEL_LABELS, formatPeriodKey, type ProgressReport, type SupervisionOrder, type TargetWarning } from '@jx/contract';
import type { SheetColumn } from '../../../lib/excel/write-sheet.ts';
import { beijingTime } from '../../../lib/excel/export-rules.ts';

const time = (iso: string | null) => (iso ? beijingTime(iso) : null);

/** The warning centre's columns, and the reasons in words. */
export const WARNING_COLUMNS: readonly SheetColumn<TargetWarning>[] = [
  { header: '目标名称', width: 36, value: (r) => r.title },
  { header: '责任单位', width: 24, value: (r) => r.unitName },
  { header: '目标类型', width: 14, value: (r) => r.targetTypeName },
  { header: '工作时限', width: 12, value: (r) => r.deadline },
  { header: '预警级别', width: 12, value: (r) => WARNING_LEVEL_LABELS[r.level] },
  { header: '计划完成（%）', width: 12, value: (r) => r.plannedPercent },
  { header: '实际完成（%）', width: 12, value: (r) => r.actualPercent },
  { header: '落后（百分点）', width: 12, value: (r) => r.lagPoints },
  { header: '逾期天数', width: 10, value: (r) => r.overdueDays },
  { header: '预警原因', width: 48, value: (r) => r.reasons.map((x) => x.message).join('；') },
];

/** The progress report list's columns, with the report's text. */
export const REPORT_COLUMNS: readonly SheetColumn<ProgressReport>[] = [
  { header: '目标名称', width: 36, value: (r) => r.targetTitle },
  { header: '责任单位', width: 24, value: (r) => r.unitName },
  { header: '时段', width: 12, value: (r) => formatPeriodKey(r.periodKey) },
  { header: '累计完成（%）', width: 12, value: (r) => r.actualPercent },
  { header: '实际完成值', width: 12, value: (r) => (r.actualValue === null ? null : Number(r.actualValue)) },
  { header: '进展情况', width: 48, value: (r) => r.narrative },
  { header: '存在问题', width: 36, value: (r) => r.problems },
  { header: '下步打算', width: 36, value: (r) => r.nextSteps },
  { header: '报送人', width: 12, value: (r) => r.reportedByName },
  { header: '报送时间', width: 18, value: (r) => time(r.submittedAt) },
  { header: '是否迟报', width: 10, value: (r) => (r.late ? '迟报' : '按时') },
];

/** The supervision order list's columns. */
export const ORDER_COLUMNS: readonly SheetColumn<SupervisionOrder>[] = [
  { header: '目标名称', width: 36, value: (r) => r.targetTitle },
  { header: '责任单位', width: 24, value: (r) => r.unitName },
  { header: '督办要求', width: 48, value: (r) => r.instruction },
  { header: '下达人', width: 12, value: (r) => r.issuedByName },
  { header: '下达时间', width: 18, value: (r) => time(r.createdAt) },
  { header: '回复期限', width: 12, value: (r) => r.dueDate },
  { header: '状态', width: 10, value: (r) => SUPERVISION_STATUS_LABELS[r.status] },
  { header: '是否逾期', width: 10, value: (r) => (r.overdue ? '逾期' : '') },
  { header: '回复内容', width: 48, value: (r) => r.response },
  { header: '回复时间', width: 18, value: (r) => time(r.respondedAt) },
  { header: '办结/退回意见', width: 36, value: (r) => r.note },
  { header: '办结时间', width: 18, value: (r) => time(r.closedAt) },
];
