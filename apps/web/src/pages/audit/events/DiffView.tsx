import { useState } from 'react';
import { Flex, Switch, Table, Typography } from 'antd';
import { useT } from '../../../locales';
import { diffRows, type DiffRow } from './diff';

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 2);
}

/** Before and after side by side; changed fields highlighted (and the only ones shown by default). */
export function DiffView({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const rows = diffRows(before, after);
  const changed = rows.filter((r) => r.changed);
  const [changedOnly, setChangedOnly] = useState(changed.length > 0 && changed.length < rows.length);
  const visible = changedOnly ? changed : rows;
  const created = before === null || before === undefined;
  const deleted = after === null || after === undefined;

  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.events.diff.noChange')}</Typography.Text>;

  return (
    <div data-testid="audit-diff">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('audit.events.diff.changedCount', { count: changed.length })}</Typography.Text>
        <Flex gap={8} align="center">
          <Switch size="small" checked={changedOnly} onChange={setChangedOnly} />
          <span>{t('audit.events.diff.changedOnly')}</span>
        </Flex>
      </Flex>
      <Table<DiffRow>
        className="diff-table"
        rowKey="field"
        size="small"
        bordered
        pagination={false}
        dataSource={visible}
        rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
        columns={[
          { key: 'field', title: t('audit.events.diff.field'), dataIndex: 'field', width: 180, render: (v: string) => <span className="mono">{v}</span> },
          {
            key: 'before',
            width: '40%',
            title: created ? `${t('audit.events.diff.before')}（${t('audit.events.diff.created')}）` : t('audit.events.diff.before'),
            render: (_, r) => <div className={`diff-value ${r.changed ? 'diff-before-changed' : ''}`}>{show(r.before)}</div>,
          },
          {
            key: 'after',
            width: '40%',
            title: deleted ? `${t('audit.events.diff.after')}（${t('audit.events.diff.deleted')}）` : t('audit.events.diff.after'),
            render: (_, r) => <div className={`diff-value ${r.changed ? 'diff-after-changed' : ''}`}>{show(r.after)}</div>,
          },
        ]}
      />
    </div>
  );
}
