import { useMemo, useRef, useState, type ReactNode } from 'react';
import { App, Button, Card, Empty, Flex, Segmented, Skeleton, Table, Tooltip, type TableColumnsType } from 'antd';
import { FileImageOutlined } from '@ant-design/icons';
import type { ChartOption, EChartsType } from '../../charts/echarts';
import { useEChart } from '../../charts/useEChart';
import { ErrorState } from '../ErrorState';
import { useT } from '../../locales';
import { saveBlob } from '../../utils/saveBlob';
import { TableExcelButton } from './TableExcelButton';
import { exportFileName, formatCell, type DataColumn } from './tableExport';

export type { DataColumn } from './tableExport';

export interface ChartCardProps<R> {
  /** Card title; also the chart's aria-label and the name of exported files (with today's date). */
  title: string;
  icon?: ReactNode;
  /** Names exported files when the title alone is ambiguous (e.g. with the year): defaults to the title. */
  exportName?: string;
  /** The echarts option (memoise it: a new object redraws). Register any new chart type in charts/echarts.ts. */
  option: ChartOption;
  /** Chart height in px (default 280). */
  height?: number;
  /** Drill down: a click on a data item, with its index in the series' data. */
  onPick?: (dataIndex: number) => void;
  /** The data behind the chart, shown by the 表格 switch and exported to Excel, one column per entry. */
  rows: readonly R[];
  columns: readonly DataColumn<R>[];
  rowKey: (row: R) => string;
  loading?: boolean;
  /** A failed query: shown with a retry instead of the chart. */
  error?: unknown;
  onRetry?: () => void;
  /** More controls on the toolbar's left (e.g. a grouping switch). */
  controls?: ReactNode;
  /** A line under the toolbar (e.g. "showing the top 15"). */
  note?: ReactNode;
  /** Where nothing is in the rows. */
  emptyText?: string;
  'data-testid'?: string;
  /** The test id of the chart's drawing area. */
  chartTestId?: string;
}

// Decoded here rather than fetched: the content security policy need not allow data: connections.
function dataUrlToBlob(url: string): Blob {
  const [head, data = ''] = url.split(',', 2);
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: /data:([^;]+)/.exec(head ?? '')?.[1] ?? 'image/png' });
}

function ChartCanvas(props: {
  option: ChartOption;
  label: string;
  height: number;
  onPick?: (i: number) => void;
  instance: React.RefObject<EChartsType | null>;
  testId?: string;
}) {
  const ref = useEChart(props.option, props.onPick, props.instance);
  return <div ref={ref} role="img" aria-label={props.label} style={{ width: '100%', height: props.height }} data-testid={props.testId} />;
}

/**
 * A titled chart card with what every chart owes its reader: an aria label, a 图表 / 表格 switch over the same data,
 * 导出图片 (PNG of the drawn chart) and 导出 Excel (the table's rows), loading, empty and error states.
 */
export function ChartCard<R>(props: ChartCardProps<R>) {
  const t = useT();
  const { message } = App.useApp();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const instance = useRef<EChartsType | null>(null);
  const name = props.exportName ?? props.title;
  const tableColumns = useMemo(
    (): TableColumnsType<R> =>
      props.columns.map((c) => ({
        key: c.key,
        title: c.title,
        align: c.format ? ('right' as const) : undefined,
        render: (_: unknown, row: R) => (c.render ? c.render(row) : formatCell(c, row)),
      })),
    [props.columns],
  );

  const exportPng = () => {
    const chart = instance.current;
    if (!chart) return;
    try {
      saveBlob(dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' })), exportFileName(name, 'png'));
    } catch {
      void message.error(t('charts.exportFailed'));
    }
  };

  const ready = !props.loading && !props.error && props.rows.length > 0;
  let body: ReactNode;
  if (props.error) body = <ErrorState error={props.error} onRetry={props.onRetry} />;
  else if (props.loading) body = <Skeleton active />;
  else if (props.rows.length === 0) body = <Empty description={props.emptyText ?? t('statistics.empty')} />;
  else if (view === 'chart')
    body = (
      <ChartCanvas
        option={props.option}
        label={props.title}
        height={props.height ?? 280}
        onPick={props.onPick}
        instance={instance}
        testId={props.chartTestId}
      />
    );
  else
    body = (
      <Table<R>
        rowKey={props.rowKey}
        size="small"
        columns={tableColumns}
        dataSource={[...props.rows]}
        pagination={props.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        data-testid="chart-table"
      />
    );

  return (
    <Card
      title={
        <span>
          {props.icon ? <span style={{ marginInlineEnd: 8 }}>{props.icon}</span> : null}
          {props.title}
        </span>
      }
      style={{ height: '100%' }}
      data-testid={props['data-testid']}
    >
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Flex gap={8} wrap align="center">
            {props.controls}
          </Flex>
          <Flex gap={8} align="center">
            <Segmented
              size="small"
              value={view}
              onChange={(v) => setView(v as 'chart' | 'table')}
              options={[
                { value: 'chart', label: t('charts.asChart') },
                { value: 'table', label: t('charts.asTable') },
              ]}
              aria-label={t('charts.viewSwitch')}
              data-testid="chart-view"
            />
            <Tooltip title={view === 'chart' ? t('charts.exportPng') : t('charts.exportPngChartOnly')}>
              <Button
                size="small"
                icon={<FileImageOutlined />}
                aria-label={t('charts.exportPng')}
                disabled={!ready || view !== 'chart'}
                onClick={exportPng}
                data-testid="export-png"
              />
            </Tooltip>
            <TableExcelButton compact name={name} columns={props.columns} rows={ready ? props.rows : []} />
          </Flex>
        </Flex>
        {props.note}
        {body}
      </Flex>
    </Card>
  );
}
