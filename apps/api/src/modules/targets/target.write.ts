import { randomUUID } from 'node:crypto';
import { weightBpOf, type TargetOrigin } from '@jx/contract';
import { Prisma } from '@jx/db';
import type { Tx } from '../../lib/db.ts';
import { parseDate } from '../../lib/dates.ts';

export interface TargetContent {
  indicatorId: string;
  title: string;
  content: string;
  measures: string;
  deadline: string;
  expectedResult: string;
  maxScore: string;
  metricUnit?: string | null;
  metricTarget?: string | null;
  milestones: { period: string; plannedPercent: number }[];
  responsibles: { personId: string; share: string }[];
}

export const contentData = (c: TargetContent) => ({
  indicatorId: c.indicatorId,
  title: c.title,
  content: c.content,
  measures: c.measures,
  deadline: parseDate(c.deadline),
  expectedResult: c.expectedResult,
  maxScore: new Prisma.Decimal(c.maxScore),
  metricUnit: c.metricUnit ?? null,
  metricTarget: c.metricTarget == null ? null : new Prisma.Decimal(c.metricTarget),
});

export interface NewTarget extends TargetContent {
  yearId: string;
  unitId: string;
  targetTypeId: string;
  origin: TargetOrigin;
  specialTaskId?: string | null;
  createdById: string;
}

/** Inserts targets with their milestones and responsibles (three statements however many); returns their ids. */
export async function insertTargets(tx: Tx, targets: NewTarget[]): Promise<string[]> {
  const rows = targets.map((t) => ({ id: randomUUID(), t }));
  await tx.target.createMany({
    data: rows.map(({ id, t }) => ({
      id,
      yearId: t.yearId,
      unitId: t.unitId,
      targetTypeId: t.targetTypeId,
      origin: t.origin,
      specialTaskId: t.specialTaskId ?? null,
      createdById: t.createdById,
      ...contentData(t),
    })),
  });
  await tx.targetMilestone.createMany({ data: rows.flatMap(({ id, t }) => t.milestones.map((m) => ({ targetId: id, ...m }))) });
  await tx.targetResponsible.createMany({
    data: rows.flatMap(({ id, t }) => t.responsibles.map((r) => ({ targetId: id, personId: r.personId, shareBp: weightBpOf(r.share) }))),
  });
  return rows.map((r) => r.id);
}

/** Replaces the milestone plan and the responsible persons of one target. */
export async function replaceChildren(tx: Tx, targetId: string, c: Pick<TargetContent, 'milestones' | 'responsibles'>) {
  await tx.targetMilestone.deleteMany({ where: { targetId } });
  await tx.targetResponsible.deleteMany({ where: { targetId } });
  await tx.targetMilestone.createMany({ data: c.milestones.map((m) => ({ targetId, ...m })) });
  await tx.targetResponsible.createMany({ data: c.responsibles.map((r) => ({ targetId, personId: r.personId, shareBp: weightBpOf(r.share) })) });
}
