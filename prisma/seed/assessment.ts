// 考核时机 and 考核流程 of the demo year: the standard periods, each with one process per target type of the year's
// categories. A process is open for the month after its period ends and closed after that; 年终 opens on 1 December.
// Statuses follow the seed's `now`, so a demo started in December shows Q1–Q3 and 半年 closed and 年终 open.
import { beijingMidnight, periodEnd, periodEndMonth, STANDARD_PERIODS } from '@jx/contract';
import type { FrameworkSeed, YearSeed } from './categories.ts';
import { stableId } from './random.ts';

const SORT_ORDER: Record<string, number> = { Q1: 10, Q2: 20, H1: 25, Q3: 30, Q4: 40, ANNUAL: 50 };

export interface AssessmentSeed {
  periods: { id: string; yearId: string; kind: 'QUARTER' | 'HALF_YEAR' | 'ANNUAL'; code: string; name: string; sortOrder: number }[];
  processes: { id: string; periodId: string; targetTypeId: string; status: 'NOT_STARTED' | 'OPEN' | 'CLOSED'; openedAt: Date | null; closedAt: Date | null }[];
}

/** When a period's assessment opens and closes: the month after it ends (年终: December, closing with the year). */
function window(year: number, code: string): { opens: Date; closes: Date } {
  if (code === 'ANNUAL') return { opens: beijingMidnight(year, 12, 1), closes: beijingMidnight(year + 1, 1, 31) };
  const key = code === 'H1' ? 'Q2' : code;
  return { opens: periodEnd(year, key), closes: beijingMidnight(year, periodEndMonth(key) + 2, 1) };
}

export function buildAssessment(years: YearSeed[], year: number, framework: FrameworkSeed, now: Date): AssessmentSeed {
  const y = years.find((x) => x.year === year)!;
  const categories = new Set(framework.categories.filter((c) => c.yearId === y.id).map((c) => c.id));
  const types = [...new Set(framework.categoryTargetTypes.filter((c) => categories.has(c.categoryId)).map((c) => c.targetTypeId))];
  const out: AssessmentSeed = { periods: [], processes: [] };
  for (const p of STANDARD_PERIODS) {
    const periodId = stableId('assessmentPeriod', `${year}:${p.code}`);
    out.periods.push({ id: periodId, yearId: y.id, kind: p.kind, code: p.code, name: p.name, sortOrder: SORT_ORDER[p.code]! });
    const { opens, closes } = window(year, p.code);
    const status = now >= closes ? 'CLOSED' : now >= opens ? 'OPEN' : 'NOT_STARTED';
    for (const targetTypeId of types) {
      out.processes.push({
        id: stableId('assessmentProcess', `${year}:${p.code}:${targetTypeId}`),
        periodId,
        targetTypeId,
        status,
        openedAt: status === 'NOT_STARTED' ? null : opens,
        closedAt: status === 'CLOSED' ? closes : null,
      });
    }
  }
  return out;
}
