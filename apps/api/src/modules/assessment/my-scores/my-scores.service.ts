import type { MyScore, MyScorePeriod } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { targetReadWhere } from '../../targets/target.policy.ts';

/**
 * The records a unit sees (本单位考核结果): submitted or archived — never a draft, a returned or a voided one — in a
 * process that is CLOSED (reopening it hides them again), of the targets the caller reads as a unit: the unit admin
 * its unit's, a responsible person those decomposed to them. Other roles the account may hold add nothing here.
 */
export function myScoresWhere(actor: Actor, yearId: string): Prisma.AssessmentRecordWhereInput {
  const asUnit = { ...actor, roles: actor.roles.filter((r) => r === 'UNIT_ADMIN' || r === 'UNIT_STAFF') };
  return {
    status: { in: ['SUBMITTED', 'ARCHIVED'] },
    process: { status: 'CLOSED' },
    period: { yearId },
    target: targetReadWhere(asUnit),
  };
}

const include = {
  period: { select: { id: true, name: true, code: true, sortOrder: true } },
  target: { select: { title: true, maxScore: true, targetType: { select: { name: true, sortOrder: true } } } },
  assessorUnit: { select: { name: true } },
  deductions: { orderBy: { sortOrder: 'asc' } },
} as const satisfies Prisma.AssessmentRecordInclude;

/** Hundredths, so totals of two-decimal scores add up exactly. */
const cents = (d: { toFixed(n: number): string }) => Math.round(Number(d.toFixed(2)) * 100);
const fromCents = (n: number) => (n / 100).toFixed(2);

export async function myScores(db: Db, actor: Actor, q: { yearId: string; periodId?: string | undefined }) {
  const year = await db.year.findUnique({ where: { id: q.yearId }, select: { id: true, year: true } });
  if (!year) throw new NotFoundError('year');
  const where = myScoresWhere(actor, year.id);
  const rows = await db.assessmentRecord.findMany({ where, include });
  rows.sort(
    (a, b) =>
      a.period.sortOrder - b.period.sortOrder ||
      a.target.targetType.sortOrder - b.target.targetType.sortOrder ||
      a.target.title.localeCompare(b.target.title, 'zh-CN') ||
      a.assessorUnit.name.localeCompare(b.assessorUnit.name, 'zh-CN'),
  );
  const periods = new Map<string, MyScorePeriod & { scoreCents: number; maxCents: number }>();
  for (const r of rows) {
    const p = periods.get(r.periodId) ?? { ...r.period, count: 0, score: '', maxScore: '', scoreCents: 0, maxCents: 0 };
    p.count++;
    p.scoreCents += r.score ? cents(r.score) : 0;
    p.maxCents += cents(r.target.maxScore);
    periods.set(r.periodId, p);
  }
  const items: MyScore[] = rows
    .filter((r) => !q.periodId || r.periodId === q.periodId)
    .map((r) => ({
      id: r.id,
      periodId: r.periodId,
      periodName: r.period.name,
      targetId: r.targetId,
      targetTitle: r.target.title,
      targetTypeName: r.target.targetType.name,
      assessorUnitName: r.assessorUnit.name,
      score: r.score?.toFixed(2) ?? '0.00',
      maxScore: r.target.maxScore.toFixed(2),
      deductions: r.deductions.map((d) => ({ reason: d.reason, points: d.points.toFixed(2) })),
      opinion: r.opinion,
      status: r.status as MyScore['status'],
    }));
  return {
    year: year.year,
    periods: [...periods.values()].map(({ id, name, code, count, scoreCents, maxCents }) => ({
      id,
      name,
      code,
      count,
      score: fromCents(scoreCents),
      maxScore: fromCents(maxCents),
    })),
    items,
  };
}
