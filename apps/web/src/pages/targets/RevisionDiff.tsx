import { useState } from 'react';
import { Alert, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import type { FieldChange, TargetDetail } from '@jx/contract';
import { useTargetDiff } from '../../api/targets';
import { ErrorState } from '../../components/ErrorState';
import { useT } from '../../locales';

/** 版本对比: pick two revisions, see what changed field by field (milestone periods and responsibles one row each). */
export function RevisionDiff({ target }: { target: TargetDetail }) {
  const t = useT();
  const nos = target.revisions.map((r) => r.revisionNo).sort((a, b) => a - b);
  const last = nos[nos.length - 1];
  const [from, setFrom] = useState<number | undefined>(nos.length >= 2 ? nos[nos.length - 2] : undefined);
  const [to, setTo] = useState<number | undefined>(last);
  const diff = useTargetDiff(target.id, from, to);
  const options = target.revisions
    .slice()
    .sort((a, b) => a.revisionNo - b.revisionNo)
    .map((r) => ({ value: r.revisionNo, label: `${t('targets.detail.before', { no: r.revisionNo })} · ${t(`targets.statuses.${r.status}`)}` }));

  let body;
  if (nos.length < 2) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targets.detail.diffNeedTwo')} />;
  else if (!from || !to || from === to) body = <Alert type="info" showIcon title={t('targets.detail.diffPick')} />;
  else if (diff.isError) body = <ErrorState compact error={diff.error} onRetry={() => void diff.refetch()} />;
  else
    body = (
      <Table<FieldChange>
        data-testid="target-diff-table"
        size="small"
        rowKey="field"
        loading={diff.isFetching}
        pagination={false}
        dataSource={diff.data?.changes ?? []}
        locale={{ emptyText: diff.isLoading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targets.detail.diffNone')} /> }}
        columns={[
          {
            key: 'label',
            title: t('targets.detail.field'),
            dataIndex: 'label',
            width: 180,
            render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
          },
          {
            key: 'before',
            title: t('targets.detail.before', { no: diff.data?.from ?? from }),
            dataIndex: 'before',
            render: (v: string | null) => (v === null ? <Typography.Text type="secondary">—</Typography.Text> : <span className="diff-before">{v}</span>),
          },
          {
            key: 'after',
            title: t('targets.detail.after', { no: diff.data?.to ?? to }),
            dataIndex: 'after',
            render: (v: string | null) => (v === null ? <Typography.Text type="secondary">—</Typography.Text> : <span className="diff-after">{v}</span>),
          },
        ]}
      />
    );

  return (
    <Card
      size="small"
      title={t('targets.detail.diff')}
      extra={
        nos.length >= 2 ? (
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{t('targets.detail.diffFrom')}</Typography.Text>
            <Select<number> size="small" style={{ width: 150 }} value={from} onChange={setFrom} options={options} data-testid="diff-from" />
            <Typography.Text type="secondary">{t('targets.detail.diffTo')}</Typography.Text>
            <Select<number> size="small" style={{ width: 150 }} value={to} onChange={setTo} options={options} data-testid="diff-to" />
          </Flex>
        ) : null
      }
    >
      {body}
    </Card>
  );
}
