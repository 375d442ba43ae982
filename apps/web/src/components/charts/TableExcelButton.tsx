import { useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useT } from '../../locales';
import { downloadExcel, type DataColumn } from './tableExport';

/**
 * 导出 Excel for a table whose rows are already on screen: the same columns (values, not their links) into a one-sheet
 * workbook named after `name` and today's date.
 */
export function TableExcelButton<R>(props: {
  name: string;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  /** Just the icon (in a card's toolbar) instead of the labelled button. */
  compact?: boolean;
  'data-testid'?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const label = t('charts.exportExcel');
  const onClick = async () => {
    setBusy(true);
    try {
      await downloadExcel(props.name, props.columns, props.rows);
    } catch {
      void message.error(t('charts.exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  const button = (
    <Button
      size="small"
      icon={<FileExcelOutlined />}
      aria-label={props.compact ? label : undefined}
      loading={busy}
      disabled={props.rows.length === 0}
      onClick={() => void onClick()}
      data-testid={props['data-testid'] ?? 'export-excel'}
    >
      {props.compact ? null : label}
    </Button>
  );
  return props.compact ? <Tooltip title={label}>{button}</Tooltip> : button;
}
