// The app's only entry to echarts. Registering just the parts our charts draw keeps the library at about half its
// full size; a new chart type or component must be added here (echarts silently ignores unregistered ones).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, RadarChart, type BarSeriesOption, type LineSeriesOption, type RadarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  RadarComponent,
  TooltipComponent,
  type GridComponentOption,
  type RadarComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, RadarChart, GridComponent, LegendPlainComponent, RadarComponent, TooltipComponent, CanvasRenderer]);

/** The options a chart may set: only what is registered above type-checks. */
export type ChartOption = echarts.ComposeOption<
  LineSeriesOption | BarSeriesOption | RadarSeriesOption | GridComponentOption | LegendComponentOption | RadarComponentOption | TooltipComponentOption
>;

// Re-exported, not destructured from the namespace: that would keep every export of echarts/core in the bundle.
export { init, type EChartsType } from 'echarts/core';
