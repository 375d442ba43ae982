export const charts = {
  asChart: 'Chart',
  asTable: 'Table',
  viewSwitch: 'Show as chart or table',
  exportPng: 'Export image',
  exportPngChartOnly: 'Switch to the chart to export an image',
  exportExcel: 'Export Excel',
  exportFailed: 'Export failed, please try again',
};
