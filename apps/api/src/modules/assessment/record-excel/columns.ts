import type { ReadColumn } from '../../../lib/excel/read-sheet.ts';

/** The sheet of the 评分表 template and import. */
export const RECORD_SHEET = '评分表';

/**
 * The columns of the 评分表 template, in order. 编号 (hidden) names the record the row writes — period, target,
 * department and the version the template was made from; 得分, 扣分项 and 考核意见 are what the import reads, the rest
 * is there to read. A file without the 扣分项 or 考核意见 column keeps those as they are.
 */
export const RECORD_COLUMNS = [
  { key: 'key', header: '编号', required: true },
  { key: 'unit', header: '责任单位' },
  { key: 'type', header: '目标类型' },
  { key: 'title', header: '目标名称' },
  { key: 'assessor', header: '考核部门' },
  { key: 'maxScore', header: '分值' },
  { key: 'status', header: '记录状态' },
  { key: 'score', header: '得分', required: true },
  { key: 'deductions', header: '扣分项' },
  { key: 'opinion', header: '考核意见' },
] as const satisfies readonly ReadColumn[];

export type RecordColumnKey = (typeof RECORD_COLUMNS)[number]['key'];
export const recordHeader = (key: RecordColumnKey) => RECORD_COLUMNS.find((c) => c.key === key)!.header;

/** What the cells take (the header notes and the 说明 sheet). */
export const RECORD_COLUMN_HELP: Partial<Record<RecordColumnKey, string>> = {
  key: '系统生成，请勿修改（本列隐藏）。',
  maxScore: '目标的分值，得分不能超过它。',
  status: '草稿、已退档或未录入的行可以填写；已提交、已归档、已作废的行只读，改动会被拒绝。',
  score: '必填。0 到分值之间的数字，最多两位小数，如 8 或 8.5；不评分的行留空。',
  deductions: '选填。写成“原因:扣分”，多项用分号分隔，如 台账不全:0.5;进度滞后:1；留空表示没有扣分项。',
  opinion: '选填，最多 2000 字。',
};

/** The record a row writes, as 编号 holds it: `<periodId>/<targetId>/<assessorUnitId>/<version, 0 for none>`. */
export interface RowKey {
  periodId: string;
  targetId: string;
  assessorUnitId: string;
  version: number;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY = new RegExp(`^(${UUID})/(${UUID})/(${UUID})/(\\d{1,9})$`, 'i');

export const formatRowKey = (k: RowKey) => `${k.periodId}/${k.targetId}/${k.assessorUnitId}/${k.version}`;

export function parseRowKey(text: string): RowKey | null {
  const m = KEY.exec(text.trim());
  if (!m) return null;
  return { periodId: m[1]!.toLowerCase(), targetId: m[2]!.toLowerCase(), assessorUnitId: m[3]!.toLowerCase(), version: Number(m[4]) };
}

/** 扣分项 as the template writes them: `台账不全:0.5; 进度滞后:1`. */
export const formatDeductions = (lines: readonly { reason: string; points: string }[]) => lines.map((d) => `${d.reason}:${Number(d.points)}`).join('; ');
