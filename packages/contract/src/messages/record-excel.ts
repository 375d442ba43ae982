/** The Excel template and import of the 评分表 (考核记录), one problem per cell. */
export const RECORD_EXCEL_MESSAGES = {
  'recordExcel.keyRequired': '“编号”为空：请在下载的模板中填写，不要删除、修改或新增行',
  'recordExcel.keyUnknown': '无法识别“编号”，请使用从评分表下载的模板',
  'recordExcel.otherPeriod': '该行属于另一个考核时机，请下载“{periodName}”的模板后填写',
  'recordExcel.otherPeriodFile': '这是“{filePeriodName}”的评分表，当前选择的是“{periodName}”：请在评分表中切换考核时机后再导入',
  'recordExcel.notInGrid': '该目标不在本考核时机的评分表中（可能已调整），请重新下载模板',
  'recordExcel.otherDepartment': '该目标由{unitName}考核，本部门不能录入',
  'recordExcel.duplicateRow': '与第 {row} 行是同一条考核记录',
  'recordExcel.scoreRequired': '请填写得分',
  'recordExcel.scoreNotNumber': '得分应为数字，如 8 或 8.5（现为“{text}”）',
  'recordExcel.scoreNegative': '得分不能为负数',
  'recordExcel.scoreDecimals': '得分最多两位小数',
  'recordExcel.stale': '该记录在下载模板后已被修改，请重新下载模板后再填写',
  'recordExcel.deductionUnreadable': '无法识别扣分项“{text}”，请写成“原因:扣分”，多项用分号分隔，如 台账不全:0.5;进度滞后:1',
  'recordExcel.deductionPoints': '扣分项“{text}”的扣分应为大于 0 的数字，最多两位小数',
  'recordExcel.nothingToSave': '文件中没有需要保存的得分：得分都未填写，或与系统中的记录一致',
  'recordExcel.tooManyRows': '该评分表有 {total} 行，超过一个模板的上限 {max} 行，请选择考核部门或目标类型后再下载',
} as const;
