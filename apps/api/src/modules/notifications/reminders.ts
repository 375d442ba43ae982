import { formatPeriodKey, isReportRequired, reportDueAt, type TargetSnapshot } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { SettingsStore } from '../settings/settings.store.ts';

const DUE_SOON_MS = 3 * 24 * 3_600_000;

/** A period of a target whose report is due within 3 days or overdue. */
interface Pending {
  targetId: string;
  title: string;
  unitId: string;
  personIds: string[];
  period: string;
  overdue: boolean;
}

/**
 * Report reminders for targets with a plan in force (published at least once) of ACTIVE years — a target under
 * revision keeps reporting against the published revision in force (decision 0007), so its plan, title and
 * responsible persons come from that revision's snapshot: a period not yet reported whose report falls due within
 * 3 days → REPORT_DUE_SOON; past due and still not reported → REPORT_OVERDUE (merged per target, see mergedOverdue).
 * A period that fell due before the target's first publication is not required (`isReportRequired`): no reminder.
 * Sent to the target's responsible persons' active accounts and the unit's active UNIT_ADMIN accounts, once per account
 * and period (dedupe keys `due:<targetId>:<period>` / `overdue:<targetId>:<periods>`), so running it again changes
 * nothing. Seven queries and one insert whatever the number of targets.
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
  if (!rows.length) return 0;
  const revising = rows.filter((t) => t.status !== 'PUBLISHED');
  const [inForce, firstPublications] = await Promise.all([
    revising.length
      ? db.targetRevision.findMany({
          where: { OR: revising.map((t) => ({ targetId: t.id, revisionNo: t.publishedRevisionNo! })) },
          select: { targetId: true, snapshot: true },
        })
      : Promise.resolve([]),
    db.targetRevision.groupBy({
      by: ['targetId'],
      where: { targetId: { in: rows.map((t) => t.id) }, publishedAt: { not: null } },
      _min: { publishedAt: true },
    }),
  ]);
  const snapshotOf = new Map(inForce.map((r) => [r.targetId, r.snapshot as unknown as TargetSnapshot]));
  const firstPublishedAt = new Map(firstPublications.map((r) => [r.targetId, r._min.publishedAt]));
  const pending: Pending[] = [];
  for (const t of rows) {
    const snap = t.status === 'PUBLISHED' ? null : snapshotOf.get(t.id);
    if (t.status !== 'PUBLISHED' && !snap) continue;
    const plan = snap
      ? { title: snap.title, periods: snap.milestones.map((m) => m.period), personIds: snap.responsibles.map((r) => r.personId) }
      : { title: t.title, periods: t.milestones.map((m) => m.period), personIds: t.responsibles.map((r) => r.personId) };
    for (const period of plan.periods) {
      const left = reportDueAt(t.year.year, period, dueDay).getTime() - now.getTime();
      if (left > DUE_SOON_MS || !isReportRequired(t.year.year, period, dueDay, firstPublishedAt.get(t.id))) continue;
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
  const unreported = pending.filter((p) => !reported.has(`${p.targetId}:${p.period}`));
  const recipients = (p: Pending) =>
    accounts.filter((a) => (a.personId && p.personIds.includes(a.personId)) || (a.roles.includes('UNIT_ADMIN') && a.unitId === p.unitId));

  const dueSoon = unreported
    .filter((p) => !p.overdue)
    .flatMap((p) =>
      recipients(p).map((a) => ({
        accountId: a.id,
        kind: 'REPORT_DUE_SOON' as const,
        title: `进展报告即将到期：${p.title}（${formatPeriodKey(p.period)}）`,
        link: `/targets/${p.targetId}`,
        dedupeKey: `due:${p.targetId}:${p.period}`,
      })),
    );
  const data = [
    ...dueSoon,
    ...(await mergedOverdue(
      db,
      unreported.filter((p) => p.overdue),
      recipients,
    )),
  ];
  if (!data.length) return 0;
  return (await db.notification.createMany({ data, skipDuplicates: true })).count;
}

/**
 * REPORT_OVERDUE: one message per target and account naming every overdue period not yet reminded of (a sweep that
 * has not run for a while finds several at once: “进展报告已逾期：…（3月、4月、5月）”). The dedupe key lists the periods it covers
 * (`overdue:<targetId>:M03,M04,M05`; older messages name one), so a period already reminded of is never named again.
 */
async function mergedOverdue(db: Db, overdue: Pending[], recipients: (p: Pending) => { id: string }[]) {
  if (!overdue.length) return [];
  const byTarget = new Map<string, Pending[]>();
  for (const p of overdue) byTarget.set(p.targetId, [...(byTarget.get(p.targetId) ?? []), p]);
  const sent = await db.notification.findMany({
    where: { kind: 'REPORT_OVERDUE', link: { in: [...byTarget.keys()].map((id) => `/targets/${id}`) }, dedupeKey: { startsWith: 'overdue:' } },
    select: { accountId: true, dedupeKey: true },
  });
  const reminded = new Set(
    sent.flatMap((n) => {
      const [, targetId, periods] = n.dedupeKey!.split(':');
      return (periods ?? '').split(',').map((period) => `${n.accountId}:${targetId}:${period}`);
    }),
  );
  return [...byTarget.values()].flatMap((periods) => {
    const { targetId, title } = periods[0]!;
    return recipients(periods[0]!)
      .map((a) => ({
        accountId: a.id,
        fresh: periods
          .map((p) => p.period)
          .filter((period) => !reminded.has(`${a.id}:${targetId}:${period}`))
          .sort(),
      }))
      .filter(({ fresh }) => fresh.length > 0)
      .map(({ accountId, fresh }) => ({
        accountId,
        kind: 'REPORT_OVERDUE' as const,
        title: `进展报告已逾期：${title}（${fresh.map(formatPeriodKey).join('、')}）`,
        link: `/targets/${targetId}`,
        dedupeKey: `overdue:${targetId}:${fresh.join(',')}`,
      }));
  });
}
