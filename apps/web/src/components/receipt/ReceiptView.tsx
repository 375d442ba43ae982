import type { ReactNode } from 'react';
import { Alert, Card, Descriptions, Flex, List, Statistic, Table, Tag, Typography } from 'antd';
import type { AdjustmentLine, UnitReceipt } from '@jx/scoring';
import type { ReceiptView as ReceiptData } from '@jx/contract';
import { useT } from '../../locales';
import { receiptTree, type ReceiptRow } from './receiptRows';

const n2 = (v: number) => v.toFixed(2);
const line = (l: AdjustmentLine) => (l.kind === 'veto' ? `${l.reason}（一票否决）` : `${l.reason}  ${l.kind === 'bonus' ? '+' : '−'}${n2(l.points)}`);

/** Every row open but the raters under a rating (who rated is a detail; the rating's own line carries its score). */
const expandedKeys = (rows: ReceiptRow[]): string[] =>
  rows.flatMap((r) => (r.children && !r.lineKey?.startsWith('rating:') ? [r.key, ...expandedKeys(r.children)] : []));

/**
 * 计分明细: the evaluated model tree (each node's 分值, score and contribution, indicators with their effective weights,
 * targets with their assessing department, raters, imported values), then the adjustments with their caps, the rounding
 * line, and the check that the lines add up to the final score. `action` renders a control on a disputable line.
 */
export function ReceiptView(props: {
  data: ReceiptData;
  waivers?: { key: string; label: string; reason: string }[];
  action?: (row: ReceiptRow) => ReactNode;
  adjustmentAction?: (line: AdjustmentLine) => ReactNode;
}) {
  const t = useT();
  const { data } = props;
  const r = data.receipt as unknown as UnitReceipt;
  const deducted = r.deductions.reduce((s, d) => s + d.counted, 0);
  const gradeNote =
    r.grade.reason === 'veto'
      ? t('results.receipt.gradeVeto')
      : r.grade.reason === 'quota'
        ? t('results.receipt.gradeQuota', { byScore: r.grade.byScore })
        : null;
  const adjustmentItems: Array<{ title: string; lines: AdjustmentLine[]; summary: string }> = [
    {
      title: t('results.receipt.bonus'),
      lines: r.bonus.lines,
      summary: t('results.receipt.capLine', { total: n2(r.bonus.total), cap: r.bonus.cap === null ? '—' : n2(r.bonus.cap), counted: n2(r.bonus.counted) }),
    },
    ...r.deductions.map((d) => ({
      title: t('results.receipt.deduction', { label: d.label }),
      lines: d.lines,
      summary: t('results.receipt.capLine', { total: n2(d.total), cap: d.cap === null ? '—' : n2(d.cap), counted: n2(d.counted) }),
    })),
    ...(r.notCounted.length ? [{ title: t('results.receipt.notCounted'), lines: r.notCounted, summary: '' }] : []),
    ...(r.veto.length ? [{ title: t('results.receipt.veto'), lines: r.veto, summary: '' }] : []),
  ].filter((x) => x.lines.length > 0 || x.summary);

  return (
    <Flex vertical gap={16} data-testid="receipt">
      <Card>
        <Flex gap={32} wrap align="center">
          <Statistic title={t('results.receipt.final')} value={n2(data.final)} data-testid="receipt-final" />
          <Statistic title={t('results.receipt.grade')} valueRender={() => <Tag color={r.grade.reason === 'score' ? 'blue' : 'orange'}>{data.grade}</Tag>} />
          <Statistic title={t('results.receipt.rank')} value={`${data.rank} / ${data.unitCount}`} data-testid="receipt-rank" />
          <Descriptions size="small" column={1} style={{ minWidth: 280 }}>
            <Descriptions.Item label={t('results.receipt.unit')}>{data.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('results.receipt.category')}>{data.categoryName}</Descriptions.Item>
            <Descriptions.Item label={t('results.receipt.period')}>{data.periodName}</Descriptions.Item>
            <Descriptions.Item label={t('results.receipt.model')}>{`${data.modelName}（第 ${data.modelVersionNo} 版）`}</Descriptions.Item>
          </Descriptions>
        </Flex>
        {gradeNote ? <Alert style={{ marginTop: 12 }} type="warning" showIcon title={gradeNote} /> : null}
      </Card>
      <Card title={t('results.receipt.tree')} size="small">
        <Table<ReceiptRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={receiptTree(data)}
          expandable={{ defaultExpandedRowKeys: expandedKeys(receiptTree(data)) }}
          scroll={{ x: 900 }}
          onRow={(row) => ({ 'data-testid': `receipt-row-${row.kind}`, 'data-line': row.lineKey ?? '' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('results.receipt.item'), dataIndex: 'label', render: (v: string, row) => (row.kind === 'node' ? <strong>{v}</strong> : v) },
            { title: t('results.receipt.weight'), dataIndex: 'weight', width: 110, align: 'right' },
            { title: t('results.receipt.score'), dataIndex: 'score', width: 130, align: 'right' },
            { title: t('results.receipt.contribution'), dataIndex: 'contribution', width: 110, align: 'right' },
            {
              title: t('results.receipt.source'),
              key: 'source',
              width: 260,
              render: (_: unknown, row) => (
                <Flex vertical>
                  {row.source ? <span>{row.source}</span> : null}
                  {row.note ? <Typography.Text type="secondary">{row.note}</Typography.Text> : null}
                </Flex>
              ),
            },
            ...(props.action
              ? [{ title: '', key: 'action', width: 120, render: (_: unknown, row: ReceiptRow) => (row.lineKey ? props.action!(row) : null) }]
              : []),
          ]}
        />
      </Card>
      <Card title={t('results.receipt.adjustments')} size="small">
        <Flex vertical gap={8}>
          {adjustmentItems.map((a) => (
            <div key={a.title}>
              <Typography.Text strong>{a.title}</Typography.Text>
              {a.summary ? (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {a.summary}
                </Typography.Text>
              ) : null}
              {a.lines.length ? (
                <List
                  size="small"
                  dataSource={a.lines}
                  renderItem={(l) => (
                    <List.Item extra={props.adjustmentAction?.(l)} data-testid="receipt-adjustment">
                      {line(l)}
                    </List.Item>
                  )}
                />
              ) : null}
            </div>
          ))}
          <Descriptions size="small" bordered column={1} data-testid="receipt-sum">
            <Descriptions.Item label={t('results.receipt.root')}>{n2(r.rootScore)}</Descriptions.Item>
            <Descriptions.Item label={t('results.receipt.bonusCounted')}>+{n2(r.bonus.counted)}</Descriptions.Item>
            <Descriptions.Item label={t('results.receipt.deductionsCounted')}>−{n2(deducted)}</Descriptions.Item>
            <Descriptions.Item label={t('results.receipt.rounding')}>
              {r.rounding >= 0 ? '+' : ''}
              {r.rounding.toFixed(4).replace(/0+$/, '').replace(/\.$/, '')}
            </Descriptions.Item>
            <Descriptions.Item label={t('results.receipt.final')}>
              <strong>{t('results.receipt.check', { root: n2(r.rootScore), bonus: n2(r.bonus.counted), deductions: n2(deducted), final: n2(r.final) })}</strong>
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      </Card>
      {data.missing.length || props.waivers?.length ? (
        <Card title={t('results.receipt.missing')} size="small">
          <List
            size="small"
            dataSource={[
              ...data.missing.map((m) => ({ key: m.key, label: m.label, reason: m.waiver?.reason ?? null })),
              ...(props.waivers ?? []).map((w) => ({ key: w.key, label: w.label, reason: w.reason })),
            ]}
            renderItem={(m) => (
              <List.Item data-testid="receipt-missing">
                <span>{m.label}</span>
                {m.reason ? <Tag color="gold">{t('results.receipt.waived', { reason: m.reason })}</Tag> : <Tag color="red">{t('results.receipt.open')}</Tag>}
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
