// zh-CN number formats for charts and their tables (Intl): grouping separators, at most one decimal.

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 0 });

/** 1234.5 → "1,234.5"; null → "—". */
export function formatNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? numberFormat.format(value) : '—';
}

/** A value already in percent: 42.5 → "42.5%"; null → "—". */
export function formatPercent(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${percentFormat.format(value)}%` : '—';
}

/** For echarts' `valueFormatter` (its argument may be an array or a string). */
export const percentValue = (v: unknown) => (typeof v === 'number' ? formatPercent(v) : '—');
export const numberValue = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '—');
