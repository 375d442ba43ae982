import type { TargetWarning, WarningLevel, WarningReason } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { formatDate } from '../../../lib/dates.ts';
import { refreshStaleStates } from './refresh-states.ts';
import { stateReadWhere } from './state-scope.ts';
import { countByLevel, tallyRows } from './tally-rows.ts';
import { warningPageSql } from './warning-page-sql.ts';
import { findReadableTarget } from '../../targets/target.policy.ts';

const warningSelect = {
  targetId: true,
  title: true,
  yearId: true,
  unitId: true,
  targetTypeId: true,
  deadline: true,
  level: true,
  plannedPercent: true,
  actualPercent: true,
  lagPoints: true,
  overdueDays: true,
  reasons: true,
  target: { select: { unit: { select: { name: true } }, targetType: { select: { name: true } } } },
} as const satisfies Prisma.TargetStateSelect;

type WarningRow = Prisma.TargetStateGetPayload<{ select: typeof warningSelect }>;

function toWarning(r: WarningRow): TargetWarning {
  return {
    targetId: r.targetId,
    title: r.title,
    yearId: r.yearId,
    unitId: r.unitId,
    unitName: r.target.unit.name,
    targetTypeId: r.targetTypeId,
    targetTypeName: r.target.targetType.name,
    deadline: r.deadline ? formatDate(r.deadline) : '',
    level: r.level ?? 'GREEN',
    plannedPercent: r.plannedPercent,
    actualPercent: r.actualPercent,
    lagPoints: r.lagPoints,
    overdueDays: r.overdueDays,
    reasons: r.reasons as unknown as WarningReason[],
  };
}

/**
 * Most severe first (the enum is declared RED, YELLOW, GREEN), then the largest lag, the longest overdue, the title.
 * Pages load unit and type names for their own rows ('query'): joined, they would be loaded for every match first.
 */
const byUrgency: Prisma.TargetStateOrderByWithRelationInput[] = [
  { level: 'asc' },
  { lagPoints: 'desc' },
  { overdueDays: 'desc' },
  { title: 'asc' },
  { targetId: 'asc' },
];

export interface WarningFilter {
  yearId?: string;
  unitId?: string;
  targetTypeId?: string;
}

/** The actor's scope as one more AND condition, so the filters only narrow it. Only targets with a plan in force warn. */
function scopedWhere(actor: Actor, q: WarningFilter): Prisma.TargetStateWhereInput {
  return {
    inForce: true,
    ...(q.yearId && { yearId: q.yearId }),
    ...(q.unitId && { unitId: q.unitId }),
    ...(q.targetTypeId && { targetTypeId: q.targetTypeId }),
    AND: [stateReadWhere(actor)],
  };
}

/**
 * 预警中心: one page, most urgent first (the first rows of an index scan), and per level over the whole scope and
 * filters, the level filter aside (from the maintained tallies).
 */
export async function warningsPage(db: Db, actor: Actor, q: WarningFilter & { level?: WarningLevel; page: number; pageSize: number }, now: Date) {
  const counts = countByLevel(await tallyRows(db, actor, q, now));
  const items = (await warningPageSql(db, actor, q)) ?? (await warningsPageThroughTargets(db, actor, q));
  return { items, total: q.level ? counts[q.level] : counts.GREEN + counts.YELLOW + counts.RED, counts };
}

/** A 责任人's page: their scope is the targets decomposed to them, said through the target rows. */
async function warningsPageThroughTargets(db: Db, actor: Actor, q: WarningFilter & { level?: WarningLevel; page: number; pageSize: number }) {
  const where = scopedWhere(actor, q);
  const rows = await db.targetState.findMany({
    where: q.level ? { AND: [where, { level: q.level }] } : where,
    select: warningSelect,
    relationLoadStrategy: 'query',
    orderBy: byUrgency,
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  return rows.map(toWarning);
}

/** Every warning in scope, most urgent first (the Excel export). */
export async function scopedWarnings(db: Db, actor: Actor, q: WarningFilter & { level?: WarningLevel }, now: Date): Promise<TargetWarning[]> {
  await refreshStaleStates(db, now);
  const where = scopedWhere(actor, q);
  const rows = await db.targetState.findMany({
    where: q.level ? { AND: [where, { level: q.level }] } : where,
    select: warningSelect,
    relationLoadStrategy: 'query',
    orderBy: byUrgency,
  });
  return rows.map(toWarning);
}

/** 执行情况 of one target the actor may read (404/403 as the target's own read), as of `now`; null with no plan in force. */
export async function targetWarning(db: Db, actor: Actor, targetId: string, now: Date): Promise<TargetWarning | null> {
  await findReadableTarget(db, actor, targetId, { select: { id: true } });
  await refreshStaleStates(db, now);
  const row = await db.targetState.findFirst({ where: { targetId, inForce: true }, select: warningSelect, relationLoadStrategy: 'query' });
  return row ? toWarning(row) : null;
}
