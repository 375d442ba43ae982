import type { Db } from '../../lib/db.ts';
import { processTallies, type ProcessTally } from '../assessment/assessors.ts';

export interface OpenProcess {
  id: string;
  yearId: string;
  periodId: string;
  periodName: string;
  targetTypeName: string;
  openedAt: Date | null;
}

/** The open assessment processes (of one year, or of any) and their records submitted of expected per assessing department. */
export async function openProcessTallies(db: Db, yearId: string | undefined): Promise<{ processes: OpenProcess[]; tallies: ProcessTally[] }> {
  const rows = await db.assessmentProcess.findMany({
    where: { status: 'OPEN', ...(yearId ? { period: { yearId } } : {}) },
    select: { id: true, openedAt: true, period: { select: { id: true, yearId: true, name: true } }, targetType: { select: { name: true } } },
    orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
  });
  const processes = rows.map((p) => ({
    id: p.id,
    yearId: p.period.yearId,
    periodId: p.period.id,
    periodName: p.period.name,
    targetTypeName: p.targetType.name,
    openedAt: p.openedAt,
  }));
  const years = [...new Set(processes.map((p) => p.yearId))];
  const openIn = (y: string) => processes.filter((p) => p.yearId === y).map((p) => p.id);
  const tallies = (await Promise.all(years.map((y) => processTallies(db, y, openIn(y))))).flat();
  return { processes, tallies };
}
