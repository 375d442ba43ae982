import type { ReadColumn } from '../../../lib/excel/read-sheet.ts';

/** The columns of the 年度目标 import (and of its template), in template order. */
export const IMPORT_COLUMNS = [
  { key: 'unit', header: '责任单位', aliases: ['单位'], required: true },
  { key: 'type', header: '目标类型', required: true },
  { key: 'indicator', header: '指标', aliases: ['三级指标', '末级指标'], required: true },
  { key: 'title', header: '目标名称', required: true },
  { key: 'content', header: '工作内容', aliases: ['目标内容'], required: true },
  { key: 'measures', header: '工作措施', required: true },
  { key: 'expectedResult', header: '预期效果', aliases: ['预期成果'], required: true },
  { key: 'deadline', header: '工作时限', required: true },
  { key: 'maxScore', header: '分值', required: true },
  { key: 'metricUnit', header: '计量单位' },
  { key: 'metricTarget', header: '目标值', aliases: ['量化目标值'] },
  { key: 'responsibles', header: '责任人' },
  { key: 'milestones', header: '里程碑计划' },
] as const satisfies readonly ReadColumn[];

export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key'];
export const headerOf = (key: ImportKey) => IMPORT_COLUMNS.find((c) => c.key === key)!.header;

/** What each column takes (header notes of the template, and the 说明 sheet). */
export const COLUMN_HELP: Record<ImportKey, string> = {
  unit: '从下拉列表选择；也可填写单位编码。只能选择本人可以制定目标的单位。',
  type: '从下拉列表选择；专项工作目标请在“专项工作”中分解，不能导入。',
  indicator: '从下拉列表选择末级指标（“编码 名称”）；也可只填指标编码，如 2.3.1。',
  title: '必填，最多 100 字；同一单位的目标名称在文件中不能重复。',
  content: '必填，最多 2000 字。',
  measures: '必填，最多 2000 字。',
  expectedResult: '必填，最多 1000 字。',
  deadline: '必填，考核年度内的日期，如 2026-12-31（可用 Excel 日期格式）。',
  maxScore: '必填，大于 0 的数字，最多两位小数，如 10 或 2.5。',
  metricUnit: '定量目标填写，如 公里、%；定性目标留空。',
  metricTarget: '定量目标填写目标值（数字，最多四位小数）；定性目标留空。',
  responsibles: '选填。本单位在岗人员的姓名或工号，多人用分号分隔并写明份额（合计 100），如 张三:60;李四:40；只填一人时份额为 100。',
  milestones:
    '选填。各时段累计计划完成百分比，如 3月:20;6月:50;12月:100 或 第一季度:25;第二季度:50；留空则从第一个时段到工作时限按时段平均分配，最后一个时段为 100。',
};
