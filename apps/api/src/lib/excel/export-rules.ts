import { MAX_EXPORT_ROWS } from '@jx/contract';
import { t, ValidationError } from '../errors.ts';

/** `2026-03-02 10:30` in Beijing time, as the pages show times. */
export function beijingTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Beijing date of `now` for file names: 20260302. */
export const fileDate = (now: Date) => beijingTime(now.toISOString()).slice(0, 10).replaceAll('-', '');

/** An export is capped: a larger result asks for narrower filters instead of a truncated file that looks complete. */
export function assertExportable(total: number) {
  if (total > MAX_EXPORT_ROWS) throw ValidationError.field('', t('excel.exportTooLarge', { total, max: MAX_EXPORT_ROWS }));
}
