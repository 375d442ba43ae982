import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { StatisticsGroup, StatisticsRow } from '@jx/contract';
import type { TFunction } from '../../locales';
import { onTimeRate, percent } from './rates';

/** 预警中心 filtered to a unit or a target type of the year (a category is no filter there), optionally to one level. */
export function warningsLink(groupBy: StatisticsGroup, yearId: string, row: StatisticsRow, level?: 'RED' | 'YELLOW'): string | null {
  if (!row.id || groupBy === 'category') return null;
  const search = new URLSearchParams({ yearId, [groupBy === 'unit' ? 'unitId' : 'targetTypeId']: row.id });
  if (level) search.set('level', level);
  return `/warnings?${search.toString()}`;
}

const num = (key: keyof StatisticsRow) => (a: StatisticsRow, b: StatisticsRow) => ((a[key] as number | null) ?? -1) - ((b[key] as number | null) ?? -1);

/** The statistics table's columns, each number sortable; the group name (and the red count) lead to 预警中心. */
export function statisticsColumns(t: TFunction, groupBy: StatisticsGroup, yearId: string): ColumnsType<StatisticsRow> {
  const count = (
    key: 'green' | 'yellow' | 'red' | 'reportsDue' | 'reportsSubmitted' | 'reportsLate' | 'reportsOverdue' | 'ordersOpen' | 'ordersOverdue',
    title: string,
    width = 62,
  ) => ({
    key,
    title,
    dataIndex: key,
    width,
    align: 'right' as const,
    sorter: num(key),
    sortDirections: ['descend' as const, 'ascend' as const],
  });
  const redLink = (r: StatisticsRow) => {
    const to = r.red ? warningsLink(groupBy, yearId, r, 'RED') : null;
    return to ? <Link to={to}>{r.red}</Link> : r.red;
  };
  return [
    {
      key: 'name',
      title: t(`statistics.columns.${groupBy}`),
      fixed: 'left',
      width: 130,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_, r) => {
        const to = warningsLink(groupBy, yearId, r);
        return to ? (
          <Link to={to} title={t('statistics.linkHint')} data-testid="statistics-group-link">
            {r.name}
          </Link>
        ) : (
          r.name
        );
      },
    },
    {
      key: 'targets',
      title: t('statistics.columns.targets'),
      width: 96,
      align: 'right',
      sorter: num('targets'),
      sortDirections: ['descend', 'ascend'],
      render: (_, r) => <span data-testid="statistics-targets">{r.targets}</span>,
    },
    {
      title: t('statistics.columns.warnings'),
      children: [
        count('green', t('statistics.columns.green')),
        count('yellow', t('statistics.columns.yellow')),
        { ...count('red', t('statistics.columns.red')), render: (_: unknown, r: StatisticsRow) => redLink(r) },
      ],
    },
    {
      title: t('statistics.columns.progress'),
      children: [
        {
          key: 'avgPlanned',
          title: t('statistics.columns.avgPlanned'),
          width: 88,
          align: 'right',
          sorter: num('avgPlannedPercent'),
          render: (_, r) => percent(r.avgPlannedPercent),
        },
        {
          key: 'avgActual',
          title: t('statistics.columns.avgActual'),
          width: 88,
          align: 'right',
          sorter: num('avgActualPercent'),
          render: (_, r) => percent(r.avgActualPercent),
        },
      ],
    },
    {
      title: t('statistics.columns.reports'),
      children: [
        count('reportsDue', t('statistics.columns.reportsDue')),
        count('reportsSubmitted', t('statistics.columns.reportsSubmitted')),
        count('reportsLate', t('statistics.columns.reportsLate')),
        count('reportsOverdue', t('statistics.columns.reportsOverdue'), 88),
        {
          key: 'onTime',
          title: t('statistics.columns.onTimeRate'),
          width: 80,
          align: 'right',
          sorter: (a, b) => (onTimeRate(a) ?? -1) - (onTimeRate(b) ?? -1),
          render: (_, r) => percent(onTimeRate(r)),
        },
      ],
    },
    {
      title: t('statistics.columns.orders'),
      children: [count('ordersOpen', t('statistics.columns.ordersOpen'), 76), count('ordersOverdue', t('statistics.columns.ordersOverdue'))],
    },
  ];
}

/** The same cells for the totals row, in column order (the name cell first). */
export function totalsCells(r: StatisticsRow): (string | number)[] {
  return [
    r.targets,
    r.green,
    r.yellow,
    r.red,
    percent(r.avgPlannedPercent),
    percent(r.avgActualPercent),
    r.reportsDue,
    r.reportsSubmitted,
    r.reportsLate,
    r.reportsOverdue,
    percent(onTimeRate(r)),
    r.ordersOpen,
    r.ordersOverdue,
  ];
}
