import { periodKeys, periodStartMonth, formatPeriodKey, type LocalizedText } from '@jx/contract';
import { t as msg } from '../../../lib/errors.ts';

const ALL_KEYS = [...periodKeys('MONTHLY'), ...periodKeys('QUARTERLY')];
/** `3月`, `03月`, `M03`, `m3` → M03; `第一季度`, `一季度`, `Q1` → Q1; null when unknown. */
export function parsePeriod(text: string): string | null {
  const t = text.trim().toUpperCase();
  const byLabel = ALL_KEYS.find((k) => formatPeriodKey(k) === t || formatPeriodKey(k) === `第${t}`);
  if (byLabel) return byLabel;
  let m = /^M?(\d{1,2})月?$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `M${m[1]!.padStart(2, '0')}`;
  m = /^Q([1-4])$/.exec(t);
  return m ? `Q${m[1]}` : null;
}

const SEPARATORS = /[;；\n、]+/;
const PAIR = /^(.+?)\s*[:：=]\s*([^:：=]+?)\s*%?$/;

/** `3月:20;6月:50;12月:100` → milestones, or the problem. Percentages are whole numbers (the schema checks the range). */
export function parseMilestones(text: string): { milestones: { period: string; plannedPercent: number }[] } | { problem: LocalizedText } {
  const milestones: { period: string; plannedPercent: number }[] = [];
  for (const part of text
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = PAIR.exec(part);
    const period = m ? parsePeriod(m[1]!) : null;
    if (!m || !period) return { problem: msg('excel.milestoneUnreadable', { text: part }) };
    if (!/^\d{1,3}$/.test(m[2]!)) return { problem: msg('excel.milestonePercentInvalid', { text: part }) };
    milestones.push({ period, plannedPercent: Number(m[2]) });
  }
  if (!milestones.length) return { problem: msg('excel.milestonesEmpty') };
  return { milestones };
}

/**
 * The plan used when the column is empty: every period of the rhythm from the first up to the one the deadline falls
 * in, cumulative and evenly spread, the last at 100 %.
 */
export function linearPlan(rhythm: 'MONTHLY' | 'QUARTERLY', deadline: string): { period: string; plannedPercent: number }[] {
  const month = /^\d{4}-(\d{2})-\d{2}$/.exec(deadline)?.[1];
  const keys = periodKeys(rhythm).filter((k) => !month || periodStartMonth(k) <= Number(month));
  return keys.map((period, i) => ({ period, plannedPercent: i === keys.length - 1 ? 100 : Math.round(((i + 1) * 100) / keys.length) }));
}

/** `张三:60;李四:40`, `张三（60%）`, or one name alone (100 %) → persons as written with their shares, or the problem. */
export function parseResponsibles(text: string): { entries: { who: string; share: string }[] } | { problem: LocalizedText } {
  const parts = text
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
  const entries = parts.map((part) => {
    const m = PAIR.exec(part) ?? /^(.+?)\s*[（(]\s*([\d.]+)\s*%?\s*[）)]$/.exec(part);
    return m ? { who: m[1]!.trim(), share: m[2]!.trim() } : { who: part, share: '' };
  });
  if (entries.length === 1 && !entries[0]!.share) return { entries: [{ who: entries[0]!.who, share: '100' }] };
  const missing = entries.find((e) => !e.share);
  if (missing) return { problem: msg('excel.shareMissing', { name: missing.who }) };
  return { entries };
}
