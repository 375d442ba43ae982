import { ERROR_MESSAGES, type Adjustment, type AdjustmentKind } from '@jx/contract';
import type { SheetColumn } from '../../lib/excel/write-sheet.ts';
import { beijingTime } from '../../lib/excel/export-rules.ts';

const KIND_LABELS: Record<AdjustmentKind, string> = { BONUS: '加分', DEDUCTION: '减分', VETO: '一票否决' };

/** Points as they count: +2.00 for a bonus, −0.50 for a deduction; a veto has none. */
export const signedPoints = (a: Pick<Adjustment, 'kind' | 'points'>) => (a.points === null ? null : Number(a.points) * (a.kind === 'DEDUCTION' ? -1 : 1));

/** The 加减分 list's columns. */
export const ADJUSTMENT_COLUMNS: readonly SheetColumn<Adjustment>[] = [
  { header: '考核对象', width: 26, value: (r) => r.unitName },
  { header: '类型', width: 10, value: (r) => KIND_LABELS[r.kind] },
  { header: '类别', width: 18, value: (r) => r.categoryName },
  { header: '分值', width: 10, value: (r) => signedPoints(r) },
  { header: '事由', width: 48, value: (r) => r.reason },
  { header: '申报单位', width: 18, value: (r) => r.filedByUnitName },
  { header: '申报时间', width: 18, value: (r) => beijingTime(r.createdAt) },
  { header: '状态', width: 10, value: (r) => ERROR_MESSAGES[`adjustmentStatus.${r.status}`] },
  { header: '审核时间', width: 18, value: (r) => (r.decidedAt ? beijingTime(r.decidedAt) : null) },
  { header: '驳回原因', width: 36, value: (r) => r.decisionReason },
  { header: '佐证材料', width: 36, value: (r) => r.evidence.map((e) => e.fileName).join('；') || null },
];
