import type { z } from 'zod';
import type { createYear, updateYear } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Year } from '@jx/db';

const toYearDto = (y: Year) => ({ id: y.id, year: y.year, name: y.name, status: y.status, version: y.version });
const auditable = (y: Year) => ({ year: y.year, name: y.name, status: y.status });

export function createYearService(db: Db) {
  return {
    async list() {
      return (await db.year.findMany({ orderBy: { year: 'desc' } })).map(toYearDto);
    },
    create(ctx: RequestContext, body: z.output<NonNullable<typeof createYear.body>>) {
      return db.$transaction(async (tx) => {
        const y = await tx.year.create({ data: { year: body.year, name: body.name } });
        await recordAudit(tx, ctx, { action: 'years.create', objectType: 'Year', objectId: y.id, before: null, after: auditable(y) });
        return toYearDto(y);
      });
    },
    update(ctx: RequestContext, id: string, body: z.output<NonNullable<typeof updateYear.body>>) {
      return db.$transaction(async (tx) => {
        const before = await tx.year.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('year');
        assertUpdated(
          await tx.year.updateMany({ where: { id, version: body.version }, data: { name: body.name, status: body.status, version: { increment: 1 } } }),
          'year',
        );
        const after = await tx.year.findUniqueOrThrow({ where: { id } });
        await recordAudit(tx, ctx, { action: 'years.update', objectType: 'Year', objectId: id, before: auditable(before), after: auditable(after) });
        return toYearDto(after);
      });
    },
  };
}
