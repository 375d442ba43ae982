import type { AuditWindow } from '@jx/contract';
import { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import { NotFoundError } from '../../lib/errors.ts';

export interface AuditedPeriod {
  id: string;
  yearId: string;
  specialTaskId: string | null;
}

export interface WindowDates {
  from: Date;
  to: Date;
}

/** The period, or 404. */
export async function auditedPeriod(db: Db, periodId: string): Promise<AuditedPeriod> {
  const period = await db.assessmentPeriod.findUnique({ where: { id: periodId }, select: { id: true, yearId: true, specialTaskId: true } });
  if (!period) throw new NotFoundError('assessmentPeriod');
  return period;
}

/**
 * The period's assessment window: from the first open of its processes to the latest close, or to `now` while any
 * process is not closed. Null while none has opened (nothing to count logins against).
 */
export async function assessmentWindow(db: Db, periodId: string, now: Date): Promise<WindowDates | null> {
  const processes = await db.assessmentProcess.findMany({ where: { periodId }, select: { status: true, openedAt: true, closedAt: true } });
  const opened = processes.flatMap((p) => (p.openedAt ? [p.openedAt.getTime()] : []));
  if (!opened.length) return null;
  const closes = processes.flatMap((p) => (p.closedAt ? [p.closedAt.getTime()] : []));
  const running = processes.some((p) => p.status !== 'CLOSED') || !closes.length;
  return { from: new Date(Math.min(...opened)), to: running ? now : new Date(Math.max(...closes)) };
}

export const windowDto = (w: WindowDates | null): AuditWindow | null => (w ? { from: w.from.toISOString(), to: w.to.toISOString() } : null);

/** `le.at` (a "LoginEvent" row) within the window; nothing when there is none. */
export const loginInWindow = (w: WindowDates | null) => (w ? Prisma.sql`le.at >= ${w.from} AND le.at <= ${w.to}` : Prisma.sql`FALSE`);

/**
 * Whether record `r` (of process `p`) is late: submitted (or archived) after its process closed, or still a draft or
 * returned once it closed. Never null.
 */
export const recordLate = Prisma.sql`coalesce(
  (r.status IN ('SUBMITTED', 'ARCHIVED') AND r."submittedAt" > p."closedAt") OR (p.status = 'CLOSED' AND r.status IN ('DRAFT', 'RETURNED')),
  false)`;
