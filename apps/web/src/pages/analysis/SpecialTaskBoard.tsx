import { useMemo } from 'react';
import { Card, Collapse, Empty, Flex, Progress, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { formatPeriodKey, type SpecialTaskProgress, type SpecialTaskUnit } from '@jx/contract';
import { useSpecialTaskBoard } from '../../api/statistics';
import { formatPercent } from '../../charts/format';
import { TableExcelButton } from '../../components/charts/TableExcelButton';
import type { DataColumn } from '../../components/charts/tableExport';
import { ErrorState } from '../../components/ErrorState';
import { usePhone } from '../../hooks/usePhone';
import { WARNING_TEXT_COLORS, WarningLevelTag } from '../../components/WarningLevelTag';
import { useT } from '../../locales';
import { formatDate, formatDateTime } from '../../utils/format';

type BoardRow = SpecialTaskUnit & { taskTitle: string };

function useColumns() {
  const t = useT();
  // On a phone the target goes under its unit, so that progress and level stay on screen.
  const phone = usePhone();
  return useMemo(() => {
    const lastReport = (r: SpecialTaskUnit) => (r.lastReport ? `${formatPeriodKey(r.lastReport.periodKey)} · ${formatDate(r.lastReport.submittedAt)}` : null);
    const excel: DataColumn<BoardRow>[] = [
      { key: 'task', title: t('analysis.special.task'), value: (r) => r.taskTitle },
      { key: 'unit', title: t('analysis.special.unit'), value: (r) => r.unitName },
      { key: 'target', title: t('analysis.special.target'), value: (r) => r.title },
      { key: 'planned', title: t('statistics.home.trend.planned'), format: 'percent', value: (r) => r.plannedPercent },
      { key: 'actual', title: t('statistics.home.trend.actual'), format: 'percent', value: (r) => r.actualPercent },
      { key: 'lag', title: t('analysis.special.lag'), format: 'number', value: (r) => r.lagPoints },
      { key: 'level', title: t('analysis.special.level'), value: (r) => (r.level ? t(`warnings.levelTags.${r.level}`) : null) },
      { key: 'lastReport', title: t('analysis.special.lastReport'), value: lastReport },
      {
        key: 'late',
        title: t('analysis.special.lastLate'),
        value: (r) => (r.lastReport ? (r.lastReport.late ? t('analysis.special.late') : t('analysis.special.onTime')) : null),
      },
      { key: 'deadline', title: t('analysis.special.deadline'), value: (r) => r.deadline },
    ];
    const table: TableColumnsType<SpecialTaskUnit> = [
      {
        key: 'unit',
        title: t('analysis.special.unit'),
        width: phone ? 130 : 170,
        render: (_, r) => (
          <Flex vertical gap={2}>
            <Link to={`/analysis/units/${r.unitId}`} data-testid="special-unit">
              {r.unitName}
            </Link>
            {phone ? (
              <Link to={`/targets/${r.targetId}`} style={{ fontSize: 12 }}>
                {r.title}
              </Link>
            ) : null}
          </Flex>
        ),
      },
      {
        key: 'target',
        title: t('analysis.special.target'),
        width: 220,
        hidden: phone,
        render: (_, r) => (
          <Link to={`/targets/${r.targetId}`} data-testid="special-target">
            {r.title}
          </Link>
        ),
      },
      {
        key: 'progress',
        title: t('analysis.special.progress'),
        width: phone ? 130 : 200,
        render: (_, r) => (
          <Flex vertical gap={0}>
            <Progress
              percent={r.actualPercent}
              size="small"
              strokeColor={r.level ? WARNING_TEXT_COLORS[r.level] : undefined}
              format={() => formatPercent(r.actualPercent)}
              aria-label={t('analysis.special.progressLabel', { actual: r.actualPercent, planned: r.plannedPercent })}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('analysis.special.planned', { planned: r.plannedPercent })}
            </Typography.Text>
            {phone && r.level ? (
              <span>
                <WarningLevelTag level={r.level} />
              </span>
            ) : null}
          </Flex>
        ),
      },
      { key: 'level', title: t('analysis.special.level'), width: 96, hidden: phone, render: (_, r) => (r.level ? <WarningLevelTag level={r.level} /> : '—') },
      {
        key: 'lastReport',
        title: t('analysis.special.lastReport'),
        width: 170,
        responsive: ['md'],
        render: (_, r) =>
          r.lastReport ? (
            <span title={formatDateTime(r.lastReport.submittedAt)}>
              {lastReport(r)} {r.lastReport.late ? <Tag color="orange">{t('analysis.special.late')}</Tag> : null}
            </span>
          ) : (
            <Typography.Text type="secondary">{t('analysis.special.noReport')}</Typography.Text>
          ),
      },
      { key: 'deadline', title: t('analysis.special.deadline'), width: 110, responsive: ['lg'], render: (_, r) => formatDate(r.deadline) },
    ];
    return { excel, table };
  }, [t, phone]);
}

function TaskHeader({ task }: { task: SpecialTaskProgress }) {
  const t = useT();
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid="special-task">
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text strong>{task.title}</Typography.Text>
        <Flex gap={4} wrap>
          <Tag>{t('analysis.special.units', { n: task.units })}</Tag>
          {task.red ? <Tag color="red">{t('analysis.special.red', { n: task.red })}</Tag> : null}
          {task.yellow ? <Tag color="gold">{t('analysis.special.yellow', { n: task.yellow })}</Tag> : null}
          {task.completed ? <Tag color="green">{t('analysis.special.completed', { n: task.completed })}</Tag> : null}
        </Flex>
      </Flex>
      <Progress
        percent={task.avgActualPercent}
        success={{ percent: 0 }}
        format={() => formatPercent(task.avgActualPercent)}
        aria-label={t('analysis.special.progressLabel', { actual: task.avgActualPercent, planned: task.avgPlannedPercent })}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('analysis.special.taskPlanned', { planned: formatPercent(task.avgPlannedPercent), actual: formatPercent(task.avgActualPercent) })}
      </Typography.Text>
    </Flex>
  );
}

/**
 * 专项工作督查: each special task of the year with its average progress against plan, and its decomposition to units —
 * each unit's target, progress, warning level and latest report — in the reader's scope; units and targets open their
 * profile and detail; each task's table (and the whole board) exports to Excel.
 */
export function SpecialTaskBoard({ yearId, exportName }: { yearId: string; exportName: string }) {
  const t = useT();
  const board = useSpecialTaskBoard(yearId);
  const columns = useColumns();
  const tasks = board.data?.tasks;
  const allRows = useMemo(() => (tasks ?? []).flatMap((task) => task.rows.map((r) => ({ ...r, taskTitle: task.title }))), [tasks]);
  const title = t('analysis.special.title');

  let body;
  if (board.isError) body = <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  else if (!tasks) body = <Skeleton active />;
  else if (tasks.length === 0) body = <Empty description={t('analysis.special.empty')} />;
  else
    body = (
      <Collapse
        defaultActiveKey={tasks.slice(0, 1).map((x) => x.id)}
        items={tasks.map((task) => ({
          key: task.id,
          label: <TaskHeader task={task} />,
          children: (
            <Flex vertical gap={8}>
              {task.description ? <Typography.Paragraph type="secondary">{task.description}</Typography.Paragraph> : null}
              <Flex justify="flex-end">
                <TableExcelButton
                  name={`${exportName}-${task.title}`}
                  columns={columns.excel}
                  rows={task.rows.map((r) => ({ ...r, taskTitle: task.title }))}
                  data-testid="special-task-excel"
                />
              </Flex>
              <Table<SpecialTaskUnit>
                rowKey="targetId"
                size="small"
                columns={columns.table}
                dataSource={task.rows}
                pagination={task.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                scroll={{ x: 'max-content' }}
                data-testid="special-units"
              />
            </Flex>
          ),
        }))}
      />
    );

  return (
    <Card
      title={
        <span>
          <FlagOutlined style={{ marginInlineEnd: 8 }} />
          {title}
        </span>
      }
      extra={<TableExcelButton compact name={`${exportName}-${title}`} columns={columns.excel} rows={allRows} data-testid="special-excel" />}
      data-testid="special-board"
    >
      <Typography.Paragraph type="secondary">{t('analysis.special.hint')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
