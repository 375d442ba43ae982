export const charts = {
  asChart: '图表',
  asTable: '表格',
  viewSwitch: '以图表或表格显示',
  exportPng: '导出图片',
  exportPngChartOnly: '切换到图表后可导出图片',
  exportExcel: '导出 Excel',
  exportFailed: '导出失败，请重试',
};
