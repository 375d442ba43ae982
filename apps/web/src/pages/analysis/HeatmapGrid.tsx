import { useMemo } from 'react';
import { Empty, Table, Tooltip, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { HeatCell, HeatUnit } from '@jx/contract';
import type { DataColumn } from '../../components/charts/tableExport';
import { usePhone } from '../../hooks/usePhone';
import { useT } from '../../locales';
import './analysis.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The heat map as a workbook: per unit its targets and each month's points behind plan (blank for months to come). */
export function useHeatmapColumns(months: readonly [number, number] = [1, 12]): DataColumn<HeatUnit>[] {
  const t = useT();
  const [first, last] = months;
  return useMemo(
    () => [
      { key: 'unit', title: t('analysis.heat.unit'), value: (u: HeatUnit) => u.unitName },
      { key: 'targets', title: t('analysis.completion.targets'), format: 'number' as const, value: (u: HeatUnit) => u.targets },
      ...MONTHS.filter((m) => m >= first && m <= last).map((m) => ({
        key: `m${m}`,
        title: t('analysis.heat.monthLag', { month: m }),
        format: 'number' as const,
        value: (u: HeatUnit) => u.cells[m - 1]?.lagPoints ?? null,
      })),
    ],
    [t, first, last],
  );
}

/**
 * Units × months as a grid of cells coloured by the month's lag against the warning thresholds (a table, so it reads
 * as one with a screen reader too); every unit on one page, a month's column sorts by lag; a cell opens that unit's
 * targets in the warning centre.
 */
export function HeatmapGrid({
  units,
  yearId,
  loading,
  months = [1, 12],
}: {
  units: readonly HeatUnit[];
  yearId: string;
  loading: boolean;
  /** Only these months, first to last (a chosen period). */
  months?: readonly [number, number];
}) {
  const t = useT();
  const shown = MONTHS.filter((m) => m >= months[0] && m <= months[1]);
  const navigate = useNavigate();
  const unitWidth = usePhone() ? 110 : 200;
  const cell = (u: HeatUnit, c: HeatCell) => {
    if (c.level === null || c.lagPoints === null) return <span className="heat-cell heat-none" title={t('analysis.heat.notYet')} />;
    const text = t('analysis.heat.cell', { unit: u.unitName, month: c.month, planned: c.plannedPercent, actual: c.actualPercent ?? 0, lag: c.lagPoints });
    return (
      <Tooltip title={text}>
        <button
          type="button"
          className={`heat-cell heat-${c.level}`}
          aria-label={text}
          data-testid="heat-cell"
          data-level={c.level}
          onClick={() => void navigate(`/warnings?yearId=${yearId}&unitId=${u.unitId}`)}
        >
          {c.lagPoints > 0 ? c.lagPoints.toFixed(0) : '✓'}
        </button>
      </Tooltip>
    );
  };
  const columns: TableColumnsType<HeatUnit> = [
    {
      key: 'unit',
      title: t('analysis.heat.unit'),
      fixed: 'left',
      width: unitWidth,
      ellipsis: true,
      render: (_, u) => (
        <Link to={`/analysis/units/${u.unitId}`} data-testid="heat-unit">
          {u.unitName}
        </Link>
      ),
    },
    ...shown.map((m) => ({
      key: `m${m}`,
      title: t('statistics.home.trend.month', { month: m }),
      width: 64,
      align: 'center' as const,
      render: (_: unknown, u: HeatUnit) => cell(u, u.cells[m - 1]!),
      sorter: (a: HeatUnit, b: HeatUnit) => (a.cells[m - 1]!.lagPoints ?? -Infinity) - (b.cells[m - 1]!.lagPoints ?? -Infinity),
      sortDirections: ['descend' as const, 'ascend' as const],
    })),
  ];
  return (
    <Table<HeatUnit>
      data-testid="heatmap"
      rowKey="unitId"
      size="small"
      columns={columns}
      dataSource={[...units]}
      loading={loading}
      pagination={false}
      sticky
      scroll={{ x: unitWidth + shown.length * 64 }}
      // While loading, the spinner alone: "no targets" is not yet known.
      locale={{ emptyText: loading ? <div style={{ height: 120 }} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('statistics.empty')} /> }}
    />
  );
}
