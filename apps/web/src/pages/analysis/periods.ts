/** The periods 决策分析 narrows to: the whole year, a half or a quarter. */
export const ANALYSIS_PERIODS = ['Y', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export type AnalysisPeriod = (typeof ANALYSIS_PERIODS)[number];

const RANGES: Record<AnalysisPeriod, readonly [number, number]> = {
  Y: [1, 12],
  H1: [1, 6],
  H2: [7, 12],
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
};

/** The period's first and last month. */
export const periodMonths = (p: AnalysisPeriod) => RANGES[p];

export const inPeriod = (p: AnalysisPeriod, month: number) => month >= RANGES[p][0] && month <= RANGES[p][1];

/**
 * The month a period's figures are read at: its last month, or the last month begun while it runs; null for a period
 * not yet begun (and for the whole year, read as it stands now).
 */
export function periodAsOf(p: AnalysisPeriod, monthsBegun: number): number | null {
  if (p === 'Y') return null;
  const [first, last] = RANGES[p];
  return monthsBegun < first ? null : Math.min(last, monthsBegun);
}

export const isAnalysisPeriod = (v: string | null): v is AnalysisPeriod => (ANALYSIS_PERIODS as readonly string[]).includes(v ?? '');
