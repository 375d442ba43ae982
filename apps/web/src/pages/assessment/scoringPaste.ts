/**
 * Pasting a column copied from Excel into the 评分表's score column: the first value goes into the cell pasted into,
 * the next ones into the rows below it, as Excel itself would.
 */

/** The first column of a pasted block, one value per line; null for a single value (the input takes it as typed). */
export function pastedColumn(text: string): string[] | null {
  if (!/[\t\r\n]/.test(text)) return null;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // Excel ends a copied block with a line break.
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.map((l) => l.split('\t')[0]!.trim());
}

/** A pasted value as a score of 0..max, rounded to two decimals; null when it is not one. */
export function pastedScore(value: string, max: string): string | null {
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const n = Math.round(Number(value) * 100) / 100;
  return n <= Number(max) ? String(n) : null;
}

export interface PastePlan<R> {
  fills: { row: R; score: string }[];
  /** Values not pasted: a read-only row, not a score, or past the last row. Empty cells are neither. */
  skipped: number;
}

/** Which row takes which value: `rows` start at the cell pasted into; a value's row is its line's. */
export function planPaste<R extends { maxScore: string }>(rows: readonly R[], values: readonly string[], editable: (r: R) => boolean): PastePlan<R> {
  const plan: PastePlan<R> = { fills: [], skipped: 0 };
  values.forEach((v, k) => {
    if (v === '') return;
    const row = rows[k];
    const score = row && editable(row) ? pastedScore(v, row.maxScore) : null;
    if (row && score !== null) plan.fills.push({ row, score });
    else plan.skipped++;
  });
  return plan;
}
