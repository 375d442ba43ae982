import type { CompletionRow } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import { accumulate, monthlySteps, monthsBegun, monthsByGroup } from './monthly-steps-sql.ts';
import { UNCATEGORISED } from './tally.ts';

export interface CompletionQuery {
  yearId: string;
  groupBy: 'targetType' | 'category';
  month: number;
  targetTypeId?: string;
  categoryId?: string;
}

/**
 * 完成进度 as of a month's end, per target type or 考核类别, over the targets in force in the actor's scope: the trend's
 * monthly sums (`monthlySteps`) grouped once more and read at that month, so a chosen period shows the plan and the
 * reports as they stood when it ended (a period still running: as of the last month begun). Groups in their own order,
 * 未分类 last.
 */
export async function completionSql(db: Db, actor: Actor, q: CompletionQuery, now: Date) {
  if (!(await db.year.count({ where: { id: q.yearId } }))) throw new NotFoundError('year');
  const [begun] = await Promise.all([monthsBegun(db, q.yearId, now), refreshStaleStates(db, now)]);
  const month = Math.min(q.month, begun);
  if (month === 0) return { month, monthsBegun: begun, rows: [] };
  const steps = await monthlySteps(db, actor, q, q.groupBy);
  const byGroup = monthsByGroup(steps);
  const labels = await labelsOf(
    db,
    q,
    [...byGroup.keys()].filter((id): id is string => id !== null),
  );
  const rows: (CompletionRow & { order: number })[] = [...byGroup].map(([id, months]) => {
    const at = accumulate(months, begun)[month - 1]!;
    const label = id === null ? { name: UNCATEGORISED, order: Number.MAX_SAFE_INTEGER } : (labels.get(id) ?? { name: '—', order: 0 });
    return { id, name: label.name, targets: months[0]!.targets, plannedPercent: at.plannedPercent, actualPercent: at.actualPercent, order: label.order };
  });
  rows.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  return { month, monthsBegun: begun, rows: rows.map(({ order: _order, ...row }) => row) };
}

async function labelsOf(db: Db, q: CompletionQuery, ids: string[]) {
  const found =
    q.groupBy === 'targetType'
      ? await db.targetType.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, sortOrder: true } })
      : await db.assessmentCategory.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, sortOrder: true } });
  return new Map(found.map((x) => [x.id, { name: x.name, order: x.sortOrder }]));
}
