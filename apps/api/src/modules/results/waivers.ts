import type { MissingInput } from '@jx/scoring';
import type { MissingInputView } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ConflictError, NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { describeMissing } from './missing-view.ts';

/** 豁免 and its withdrawal: only for an input the unit is missing now; audited; the result set's version moves. */
export function createWaiverService(db: Db) {
  async function currentMissing(tx: Parameters<Parameters<Db['$transaction']>[0]>[0], resultSetId: string, unitId: string, key: string) {
    const row = await tx.resultUnit.findFirst({
      where: { resultSetId, unitId },
      select: { missing: true, receipt: true, unit: { select: { name: true } }, resultSet: { select: { periodId: true } } },
    });
    if (!row) throw new NotFoundError('resultSet');
    const m = (row.missing as unknown as MissingInput[]).find((x) => x.key === key);
    if (!m) throw ValidationError.field('key', t('results.notMissing', { unitName: row.unit.name }));
    return { m, periodId: row.resultSet.periodId, receipt: row.receipt };
  }
  return {
    async waive(ctx: RequestContext, resultSetId: string, body: { unitId: string; key: string; reason: string }): Promise<MissingInputView> {
      return db.$transaction(async (tx) => {
        const { m, periodId, receipt } = await currentMissing(tx, resultSetId, body.unitId, body.key);
        const exists = await tx.resultWaiver.findUnique({ where: { resultSetId_unitId_key: { resultSetId, unitId: body.unitId, key: body.key } } });
        if (exists) throw new ConflictError(t('results.alreadyWaived'));
        const w = await tx.resultWaiver.create({
          data: { resultSetId, unitId: body.unitId, key: body.key, reason: body.reason, createdById: ctx.actor.accountId },
        });
        await tx.resultSet.update({ where: { id: resultSetId }, data: { version: { increment: 1 } } });
        await recordAudit(tx, ctx, {
          action: 'results.waive',
          objectType: 'ResultWaiver',
          objectId: w.id,
          after: { unitId: body.unitId, key: body.key },
          reason: body.reason,
        });
        return {
          ...describeMissing(m, periodId, receipt),
          waiver: { reason: w.reason, createdByName: ctx.actor.displayName, createdAt: w.createdAt.toISOString() },
        };
      });
    },
    async unwaive(ctx: RequestContext, resultSetId: string, q: { unitId: string; key: string }): Promise<MissingInputView> {
      return db.$transaction(async (tx) => {
        const { m, periodId, receipt } = await currentMissing(tx, resultSetId, q.unitId, q.key);
        const w = await tx.resultWaiver.findUnique({ where: { resultSetId_unitId_key: { resultSetId, unitId: q.unitId, key: q.key } } });
        if (!w) throw new ConflictError(t('results.notWaived'));
        await tx.resultWaiver.delete({ where: { id: w.id } });
        await tx.resultSet.update({ where: { id: resultSetId }, data: { version: { increment: 1 } } });
        await recordAudit(tx, ctx, {
          action: 'results.unwaive',
          objectType: 'ResultWaiver',
          objectId: w.id,
          before: { unitId: q.unitId, key: q.key, reason: w.reason },
        });
        return { ...describeMissing(m, periodId, receipt), waiver: null };
      });
    },
  };
}
