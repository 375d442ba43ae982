import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MyScore } from '@jx/contract';
import type { TFunction } from '../../locales';

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** The columns of one period's table: the target, who assessed it, the score against the points, deductions, opinion. */
export function myScoreColumns(t: TFunction): ColumnsType<MyScore> {
  return [
    {
      key: 'target',
      title: t('myScores.fields.target'),
      width: 240,
      sorter: (a, b) => byText(a.targetTitle, b.targetTitle),
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.targetTitle }} style={{ maxWidth: 224 }} data-testid="my-score-target">
          {r.targetTitle}
        </Typography.Text>
      ),
    },
    {
      key: 'type',
      title: t('myScores.fields.targetType'),
      dataIndex: 'targetTypeName',
      width: 96,
      sorter: (a, b) => byText(a.targetTypeName, b.targetTypeName),
    },
    { key: 'assessor', title: t('myScores.fields.assessor'), dataIndex: 'assessorUnitName', width: 110 },
    { key: 'max', title: t('myScores.fields.maxScore'), dataIndex: 'maxScore', width: 64, align: 'right' },
    {
      key: 'score',
      title: t('myScores.fields.score'),
      width: 72,
      align: 'right',
      sorter: (a, b) => Number(a.score) - Number(b.score),
      render: (_, r) => <strong data-testid="my-score-score">{r.score}</strong>,
    },
    {
      key: 'deductions',
      title: t('myScores.fields.deductions'),
      width: 170,
      render: (_, r) =>
        r.deductions.length ? (
          <Flex vertical gap={2}>
            {r.deductions.map((d, i) => (
              <Typography.Text key={i} type="danger" className="small">
                {t('myScores.deductionLine', { reason: d.reason, points: Number(d.points) })}
              </Typography.Text>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('myScores.noDeductions')}</Typography.Text>
        ),
    },
    {
      key: 'opinion',
      title: t('myScores.fields.opinion'),
      render: (_, r) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.opinion }} style={{ margin: 0 }}>
          {r.opinion || '—'}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'status',
      title: t('myScores.fields.status'),
      width: 80,
      render: (_, r) => <Tag color={r.status === 'ARCHIVED' ? 'success' : 'blue'}>{t(`myScores.statuses.${r.status}`)}</Tag>,
    },
  ];
}
