import { formatPeriodKey, type TargetSnapshot } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { SettingsStore } from '../settings/settings.store.ts';
import { reportDueAt } from '../execution/warnings/periods.ts';

const DUE_SOON_MS = 3 * 24 * 3_600_000;

/**
 * Report reminders for targets with a plan in force (published at least once) of ACTIVE years — a target under
 * revision keeps reporting against the published revision in force (decision 0007), so its plan, title and
 * responsible persons come from that revision's snapshot: a period not yet reported whose report falls due within
 * 3 days → REPORT_DUE_SOON; past due and still not reported → REPORT_OVERDUE. Sent to the target's responsible persons'
 * active accounts and the unit's active UNIT_ADMIN accounts, once per account (dedupe keys `due:` / `overdue:`
 * `<targetId>:<period>`), so running it again changes nothing. Five queries and one insert whatever the number of targets.
 */
export async function sweepReportReminders(db: Db, now: Date, settings: SettingsStore): Promise<number> {
  const dueDay = (await settings.all())['report.dueDay'];
  const rows = await db.target.findMany({
    where: { publishedRevisionNo: { not: null }, year: { status: 'ACTIVE' } },
    select: {
      id: true,
      title: true,
      unitId: true,
      status: true,
      publishedRevisionNo: true,
      year: { select: { year: true } },
      milestones: { select: { period: true } },
      responsibles: { select: { personId: true } },
    },
  });
  const revising = rows.filter((t) => t.status !== 'PUBLISHED');
  const inForce = revising.length
    ? await db.targetRevision.findMany({
        where: { OR: revising.map((t) => ({ targetId: t.id, revisionNo: t.publishedRevisionNo! })) },
        select: { targetId: true, snapshot: true },
      })
    : [];
  const snapshotOf = new Map(inForce.map((r) => [r.targetId, r.snapshot as unknown as TargetSnapshot]));
  const pending: { targetId: string; title: string; unitId: string; personIds: string[]; period: string; overdue: boolean }[] = [];
  for (const t of rows) {
    const snap = t.status === 'PUBLISHED' ? null : snapshotOf.get(t.id);
    if (t.status !== 'PUBLISHED' && !snap) continue;
    const plan = snap ? { title: snap.title, periods: snap.milestones.map((m) => m.period), personIds: snap.responsibles.map((r) => r.personId) }
      : { title: t.title, periods: t.milestones.map((m) => m.period), personIds: t.responsibles.map((r) => r.personId) };
    for (const period of plan.periods) {
      const left = reportDueAt(t.year.year, period, dueDay).getTime() - now.getTime();
      if (left > DUE_SOON_MS) continue;
      pending.push({ targetId: t.id, title: plan.title, unitId: t.unitId, personIds: plan.personIds, period, overdue: left <= 0 });
    }
  }
  if (!pending.length) return 0;

  const ids = [...new Set(pending.map((p) => p.targetId))];
  const [reports, accounts] = await Promise.all([
    db.progressReport.findMany({ where: { targetId: { in: ids } }, select: { targetId: true, periodKey: true } }),
    db.account.findMany({
      where: {
        status: 'ACTIVE',
        OR: [
          { personId: { in: [...new Set(pending.flatMap((p) => p.personIds))] } },
          { roles: { has: 'UNIT_ADMIN' }, unitId: { in: [...new Set(pending.map((p) => p.unitId))] } },
        ],
      },
      select: { id: true, personId: true, unitId: true, roles: true },
    }),
  ]);
  const reported = new Set(reports.map((r) => `${r.targetId}:${r.periodKey}`));
  const data = pending
    .filter((p) => !reported.has(`${p.targetId}:${p.period}`))
    .flatMap((p) => {
      const to = accounts.filter((a) => (a.personId && p.personIds.includes(a.personId)) || (a.roles.includes('UNIT_ADMIN') && a.unitId === p.unitId));
      return to.map((a) => ({
        accountId: a.id,
        kind: p.overdue ? 'REPORT_OVERDUE' : 'REPORT_DUE_SOON',
        title: p.overdue ? `进展报告已逾期：${p.title}（${formatPeriodKey(p.period)}）` : `进展报告即将到期：${p.title}（${formatPeriodKey(p.period)}）`,
        link: `/targets/${p.targetId}`,
        dedupeKey: `${p.overdue ? 'overdue' : 'due'}:${p.targetId}:${p.period}`,
      }));
    });
  if (!data.length) return 0;
  return (await db.notification.createMany({ data, skipDuplicates: true })).count;
}
