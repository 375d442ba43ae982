import { useEffect, useRef } from 'react';
import { Button, Card, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlayCircleOutlined, PoweroffOutlined } from '@ant-design/icons';
import type { AssessmentPeriod, AssessmentProcess, ProcessAction } from '@jx/contract';
import { tableLocale } from '../../components/tableLocale';
import { unpinned } from '../../hooks/usePhone';
import { useT } from '../../locales';
import { processColumns } from './processColumns';
import { eligibleProcesses, PERIOD_KIND_COLORS, periodDeletable, statusCounts } from './processRules';

export interface PeriodPermissions {
  rename: boolean;
  remove: boolean;
  openAll: boolean;
  closeAll: boolean;
}

/** One 考核时机: its name, kind and code, what a 专项 covers, the actions on it, and the table of its processes. */
export function PeriodCard({
  period,
  highlighted,
  scope,
  permissions,
  phone,
  actionsOf,
  busyId,
  busy,
  onAction,
  onBulk,
  onRename,
  onDelete,
}: {
  period: AssessmentPeriod;
  /** Just added: brought into view. */
  highlighted: boolean;
  /** What a 专项 covers (its special task or target type), already worded. */
  scope: string | null;
  permissions: PeriodPermissions;
  phone: boolean;
  actionsOf: ((p: AssessmentProcess) => ProcessAction[]) | undefined;
  busyId: string | null;
  /** A bulk run is going on: no second one. */
  busy: boolean;
  onAction: (action: ProcessAction, p: AssessmentProcess) => void;
  onBulk: (action: 'open' | 'close') => void;
  onRename: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);
  const counts = statusCounts(period);
  const toOpen = eligibleProcesses(period, 'open').length;
  const toClose = eligibleProcesses(period, 'close').length;
  const deletable = periodDeletable(period);
  const columns = processColumns(t, actionsOf ? { actionsOf, onAction, busyId } : {});
  const size = phone ? 'small' : 'middle';

  const buttons = [
    permissions.openAll ? (
      <Tooltip key="openAll" title={toOpen ? undefined : t('assessment.period.noneToOpen')}>
        <Button size={size} icon={<PlayCircleOutlined />} disabled={!toOpen || busy} onClick={() => onBulk('open')} data-testid="period-open-all">
          {t('assessment.actions.openAll')}
        </Button>
      </Tooltip>
    ) : null,
    permissions.closeAll ? (
      <Tooltip key="closeAll" title={toClose ? undefined : t('assessment.period.noneToClose')}>
        <Button size={size} icon={<PoweroffOutlined />} disabled={!toClose || busy} onClick={() => onBulk('close')} data-testid="period-close-all">
          {t('assessment.actions.closeAll')}
        </Button>
      </Tooltip>
    ) : null,
    permissions.rename ? (
      <Button key="rename" size={size} icon={<EditOutlined />} onClick={onRename} data-testid="period-rename">
        {t('assessment.actions.rename')}
      </Button>
    ) : null,
    permissions.remove ? (
      <Tooltip key="delete" title={deletable ? undefined : t('assessment.period.deleteBlocked')}>
        <Button size={size} danger icon={<DeleteOutlined />} disabled={!deletable} onClick={onDelete} data-testid="period-delete">
          {t('assessment.actions.deletePeriod')}
        </Button>
      </Tooltip>
    ) : null,
  ].filter(Boolean);

  return (
    <Card ref={ref} data-testid="period-card" data-code={period.code} styles={{ body: { padding: phone ? 12 : 20 } }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={2} style={{ margin: 0, fontSize: 16, lineHeight: '24px' }} data-testid="period-name">
              {period.name}
            </Typography.Title>
            <Tag color={PERIOD_KIND_COLORS[period.kind]} style={{ marginInlineEnd: 0 }}>
              {t(`assessment.kinds.${period.kind}`)}
            </Tag>
            <Typography.Text type="secondary" className="small" data-testid="period-code">
              {t('assessment.period.code', { code: period.code })}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary" className="small">
            {t('assessment.period.summary', { count: period.processes.length, open: counts.OPEN, closed: counts.CLOSED, notStarted: counts.NOT_STARTED })}
            {scope ? ` · ${scope}` : ''}
          </Typography.Text>
        </Flex>
        {buttons.length ? (
          <Flex gap={8} wrap>
            {buttons}
          </Flex>
        ) : null}
      </Flex>
      <Table<AssessmentProcess>
        data-testid="process-table"
        rowKey="id"
        size={size}
        columns={phone ? unpinned(columns) : columns}
        dataSource={period.processes}
        pagination={false}
        scroll={{ x: actionsOf ? 940 : 860 }}
        locale={tableLocale({ empty: t('assessment.emptyProcesses') })}
      />
    </Card>
  );
}
