import type { Holiday } from '@jx/contract';

export type HolidayProblem = { row: number; field: 'date' | 'name'; key: 'nameRequired' | 'otherYear' | 'duplicate' };

/** What keeps a year's holiday table from being saved, row by row (the server checks the names too). */
export function holidayProblems(year: number, rows: readonly Holiday[]): HolidayProblem[] {
  const seen = new Set<string>();
  return rows.flatMap((r, row): HolidayProblem[] => {
    const problems: HolidayProblem[] = [];
    if (!r.name.trim()) problems.push({ row, field: 'name', key: 'nameRequired' });
    if (!r.date.startsWith(`${year}-`)) problems.push({ row, field: 'date', key: 'otherYear' });
    else if (seen.has(r.date)) problems.push({ row, field: 'date', key: 'duplicate' });
    seen.add(r.date);
    return problems;
  });
}
