import { addWorkingDays, beijingDay } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { SettingsStore } from '../settings/settings.store.ts';

/** The 法定节假日 and 调休 workdays from a day on (a window never reaches past a few weeks). */
async function calendarFrom(db: Db | Tx, from: Date) {
  const start = new Date(`${beijingDay(from)}T00:00:00Z`);
  const rows = await db.holiday.findMany({
    where: { date: { gte: start, lt: new Date(start.getTime() + 120 * 86_400_000) } },
    select: { date: true, workday: true },
  });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { holidays: rows.filter((r) => !r.workday).map((r) => day(r.date)), workdays: rows.filter((r) => r.workday).map((r) => day(r.date)) };
}

/** Until when a bulletin published at `publishedAt` may be appealed: `appeal.windowWorkingDays` working days after. */
export async function appealDeadline(db: Db | Tx, settings: SettingsStore, publishedAt: Date): Promise<string> {
  const days = await settings.get('appeal.windowWorkingDays');
  return addWorkingDays(publishedAt, days, await calendarFrom(db, publishedAt));
}
