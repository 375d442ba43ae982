import { pendingReports, type PendingReportItem } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { targetReadWhere } from '../../targets/target.policy.ts';
import { plansInForce } from '../warnings/warning.service.ts';

/**
 * 本期待报送 of a unit's administrator (its unit's targets) or staff (the targets they are responsible for): every
 * started period of a plan in force without its report, overdue first, then by due instant and title. A unit holds tens
 * of targets, so their plans are read and the periods found in Node, by the same pure rule as the report counts.
 */
export async function listPendingReports(db: Db, actor: Actor, yearId: string, now: Date, dueDay: number): Promise<PendingReportItem[]> {
  const plans = await plansInForce(db, { AND: [targetReadWhere(actor), { yearId }] });
  if (!plans.length) return [];
  const metrics = new Map(
    (await db.target.findMany({ where: { id: { in: plans.map((p) => p.target.id) } }, select: { id: true, metricTarget: true, metricUnit: true } })).map(
      (m) => [m.id, m],
    ),
  );
  const items = plans.flatMap((p) =>
    pendingReports(p.input, now, dueDay).map((pending) => ({
      targetId: p.target.id,
      title: p.target.title,
      unitName: p.target.unitName,
      metricTarget: metrics.get(p.target.id)?.metricTarget?.toString() ?? null,
      metricUnit: metrics.get(p.target.id)?.metricUnit ?? null,
      periodKey: pending.periodKey,
      plannedPercent: pending.plannedPercent,
      dueAt: pending.dueAt.toISOString(),
      overdue: pending.overdue,
    })),
  );
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) || a.title.localeCompare(b.title, 'zh-CN'));
}
