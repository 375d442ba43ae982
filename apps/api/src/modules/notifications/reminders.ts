import { formatPeriodKey, periodKeys, reportDueAt } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { SettingsStore } from '../settings/settings.store.ts';
import { unreportedPeriods, unreportedUnderRevision, type UnreportedPeriod } from './unreported-periods.ts';

const DUE_SOON_MS = 3 * 24 * 3_600_000;

/** A period of a target whose report is due within 3 days or overdue. */
interface Pending extends UnreportedPeriod {
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
 * nothing. The periods still unreported are found by PostgreSQL (`unreportedPeriods`), a page of targets at a time,
 * so Node holds one page's reminders, never the year's targets.
 */
export async function sweepReportReminders(db: Db, now: Date, settings: SettingsStore, targetsPerPage = 2000): Promise<number> {
  const dueDay = (await settings.all())['report.dueDay'];
  const years = await db.year.findMany({ where: { status: 'ACTIVE' }, select: { id: true, year: true } });
  const candidates = years.flatMap((y) =>
    [...periodKeys('MONTHLY'), ...periodKeys('QUARTERLY')]
      .map((period) => ({ yearId: y.id, year: y.year, period, dueAt: reportDueAt(y.year, period, dueDay) }))
      .filter((c) => c.dueAt.getTime() - now.getTime() <= DUE_SOON_MS),
  );
  if (!candidates.length) return 0;
  let sent = await remind(db, await unreportedUnderRevision(db, candidates), now);
  const yearIds = years.map((y) => y.id);
  for (let after: string | null = null; ;) {
    const ids = await publishedTargetPage(db, yearIds, after, targetsPerPage);
    if (!ids.length) return sent;
    sent += await remind(db, await unreportedPeriods(db, candidates, ids), now);
    after = ids.at(-1)!;
  }
}

/** The next published targets of the years in id order (keyset: after the last id of the page before). */
async function publishedTargetPage(db: Db, yearIds: string[], after: string | null, take: number): Promise<string[]> {
  const rows = await db.target.findMany({
    where: { yearId: { in: yearIds }, status: 'PUBLISHED', publishedRevisionNo: { not: null }, ...(after && { id: { gt: after } }) },
    select: { id: true },
    orderBy: { id: 'asc' },
    take,
  });
  return rows.map((r) => r.id);
}

/** Notifies the recipients of these unreported periods (those not yet reminded of); how many notifications were created. */
async function remind(db: Db, periods: UnreportedPeriod[], now: Date): Promise<number> {
  const pending = periods.map((p) => ({ ...p, overdue: p.dueAt.getTime() <= now.getTime() }));
  if (!pending.length) return 0;

  const accounts = await db.account.findMany({
    where: {
      status: 'ACTIVE',
      OR: [
        { personId: { in: [...new Set(pending.flatMap((p) => p.personIds))] } },
        { roles: { has: 'UNIT_ADMIN' }, unitId: { in: [...new Set(pending.map((p) => p.unitId))] } },
      ],
    },
    select: { id: true, personId: true, unitId: true, roles: true },
  });
  const byPerson = groupBy(
    accounts.filter((a) => a.personId),
    (a) => a.personId!,
  );
  const unitAdmins = groupBy(
    accounts.filter((a) => a.roles.includes('UNIT_ADMIN')),
    (a) => a.unitId ?? '',
  );
  const recipients = (p: Pending) => [
    ...new Map([...p.personIds.flatMap((id) => byPerson.get(id) ?? []), ...(unitAdmins.get(p.unitId) ?? [])].map((a) => [a.id, a])).values(),
  ];
  const unreported = pending;

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

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
