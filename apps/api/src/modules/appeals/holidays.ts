import type { Holiday } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ValidationError, issue, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';

const toDto = (h: { date: Date; name: string; workday: boolean }): Holiday => ({ date: h.date.toISOString().slice(0, 10), name: h.name, workday: h.workday });
const yearRange = (year: number) => ({ gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) });

/** 法定节假日 and 调休 workdays, kept by the office a year at a time. */
export function createHolidayService(db: Db) {
  return {
    async list(year: number) {
      return { items: (await db.holiday.findMany({ where: { date: yearRange(year) }, orderBy: { date: 'asc' } })).map(toDto) };
    },
    async set(ctx: RequestContext, body: { year: number; items: { date: string; name: string; workday: boolean }[] }) {
      const seen = new Set<string>();
      const issues = body.items.flatMap((h, i) => {
        if (!h.date.startsWith(`${body.year}-`)) return [issue(`items.${i}.date`, t('holidays.dateOutsideYear', { year: body.year }))];
        if (seen.has(h.date)) return [issue(`items.${i}.date`, t('holidays.duplicateDate'))];
        seen.add(h.date);
        return [];
      });
      if (issues.length) throw new ValidationError(issues);
      return db.$transaction(async (tx) => {
        const before = await tx.holiday.findMany({ where: { date: yearRange(body.year) }, orderBy: { date: 'asc' } });
        await tx.holiday.deleteMany({ where: { date: yearRange(body.year) } });
        await tx.holiday.createMany({ data: body.items.map((h) => ({ date: new Date(`${h.date}T00:00:00Z`), name: h.name, workday: h.workday })) });
        const after = await tx.holiday.findMany({ where: { date: yearRange(body.year) }, orderBy: { date: 'asc' } });
        await recordAudit(tx, ctx, {
          action: 'holidays.set',
          objectType: 'Holiday',
          objectId: String(body.year),
          before: { days: before.map(toDto) },
          after: { days: after.map(toDto) },
        });
        return { items: after.map(toDto) };
      });
    },
  };
}
