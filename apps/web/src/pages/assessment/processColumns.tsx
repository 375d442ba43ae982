import { Button, Flex, Progress, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { AssessmentProcess, ProcessAction, ProcessStatus } from '@jx/contract';
import type { TFunction } from '../../locales';
import { completenessPercent, PROCESS_STATUS_COLORS } from './processRules';

export function ProcessStatusTag({ status, t }: { status: ProcessStatus; t: TFunction }) {
  return (
    <Tag color={PROCESS_STATUS_COLORS[status]} data-testid="process-status" data-status={status}>
      {t(`assessment.statuses.${status}`)}
    </Tag>
  );
}

const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

/** 考核部门 completeness: per department `submitted / expected` with a small bar. */
function Completeness({ process, t }: { process: AssessmentProcess; t: TFunction }) {
  if (!process.completeness.length) return <Typography.Text type="secondary">{t('assessment.noAssessees')}</Typography.Text>;
  return (
    <Flex vertical gap={6} data-testid="process-completeness">
      {process.completeness.map((c) => {
        const label = t('assessment.completenessLabel', { unit: c.assessorUnitName, submitted: c.submitted, expected: c.expected });
        const done = c.expected > 0 && c.submitted >= c.expected;
        return (
          <div key={c.assessorUnitId} title={label} data-testid="completeness-row" data-submitted={c.submitted} data-expected={c.expected}>
            <Flex justify="space-between" gap={12}>
              <Typography.Text ellipsis style={{ maxWidth: 180 }}>
                {c.assessorUnitName}
              </Typography.Text>
              <Typography.Text strong={!done} type={done ? 'success' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {c.submitted} / {c.expected}
              </Typography.Text>
            </Flex>
            <Progress
              percent={completenessPercent(c)}
              size="small"
              showInfo={false}
              status={done ? 'success' : 'normal'}
              aria-label={label}
              style={{ margin: 0 }}
            />
          </div>
        );
      })}
    </Flex>
  );
}

export interface ProcessColumnOptions {
  /** The actions offered on a process (empty for readers: no 操作 column). */
  actionsOf?: (p: AssessmentProcess) => ProcessAction[];
  onAction?: (action: ProcessAction, p: AssessmentProcess) => void;
  /** The process an action is running on (its buttons spin). */
  busyId?: string | null;
}

export function processColumns(t: TFunction, opts: ProcessColumnOptions = {}): ColumnsType<AssessmentProcess> {
  const columns: ColumnsType<AssessmentProcess> = [
    { key: 'targetType', title: t('assessment.fields.targetType'), dataIndex: 'targetTypeName', width: 110, fixed: 'left' },
    { key: 'status', title: t('assessment.fields.status'), width: 84, render: (_, p) => <ProcessStatusTag status={p.status} t={t} /> },
    { key: 'openedAt', title: t('assessment.fields.openedAt'), width: 136, render: (_, p) => <span data-testid="process-opened-at">{time(p.openedAt)}</span> },
    { key: 'closedAt', title: t('assessment.fields.closedAt'), width: 136, render: (_, p) => <span data-testid="process-closed-at">{time(p.closedAt)}</span> },
    {
      key: 'resets',
      title: t('assessment.fields.resets'),
      width: 150,
      render: (_, p) =>
        p.resetCount ? (
          <Flex vertical data-testid="process-resets">
            <span>{t('assessment.resetCount', { count: p.resetCount })}</span>
            {p.lastResetReason ? (
              <Typography.Text type="secondary" className="small" ellipsis={{ tooltip: p.lastResetReason }} style={{ maxWidth: 134 }}>
                {t('assessment.lastReason', { reason: p.lastResetReason })}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { key: 'completeness', title: t('assessment.fields.completeness'), render: (_, p) => <Completeness process={p} t={t} /> },
  ];
  const { actionsOf, onAction } = opts;
  if (!actionsOf || !onAction) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 80,
      fixed: 'right',
      render: (_, p) => (
        <Flex gap={4} wrap>
          {actionsOf(p).map((a) => (
            <Button
              key={a}
              type="link"
              size="small"
              danger={a === 'close'}
              loading={opts.busyId === p.id}
              onClick={() => onAction(a, p)}
              data-testid={`process-${a}`}
            >
              {t(`assessment.actions.${a}`)}
            </Button>
          ))}
        </Flex>
      ),
    },
  ];
}
