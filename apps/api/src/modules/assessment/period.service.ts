import type { z } from 'zod';
import { STANDARD_PERIODS, type AssessmentPeriod, type createAssessmentPeriod, type updateAssessmentPeriod } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { processTallies } from './assessors.ts';
import { auditablePeriod, periodInclude, processInclude, toPeriodDto, toProcessDto } from './period.mapper.ts';

type CreateBody = z.output<NonNullable<typeof createAssessmentPeriod.body>>;
type UpdateBody = z.output<NonNullable<typeof updateAssessmentPeriod.body>>;

/** Periods in the order of the year: Q1, Q2, 半年, Q3, Q4, 年终, then the 专项 in the order they were added. */
const SORT_ORDER: Record<string, number> = { Q1: 10, Q2: 20, H1: 25, Q3: 30, Q4: 40, ANNUAL: 50 };

/** The target types a new period assesses, each getting one process. */
async function targetTypesOf(tx: Tx, yearId: string, body: CreateBody): Promise<string[]> {
  if (body.targetTypeId) return [body.targetTypeId];
  if (body.specialTaskId) {
    const special = await tx.targetType.findUnique({ where: { code: 'SPECIAL' }, select: { id: true } });
    return special ? [special.id] : [];
  }
  const rows = await tx.categoryTargetType.findMany({
    where: { category: { yearId }, targetType: { active: true } },
    select: { targetTypeId: true },
    distinct: ['targetTypeId'],
  });
  return rows.map((r) => r.targetTypeId);
}

export function createPeriodService(db: Db) {
  /** The year's periods with their processes and, per process and assessing department, records submitted of expected. */
  async function list(db_: Db | Tx, yearId: string): Promise<AssessmentPeriod[]> {
    const [periods, tallies] = await Promise.all([
      db_.assessmentPeriod.findMany({ where: { yearId }, include: periodInclude, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }] }),
      processTallies(db_, yearId),
    ]);
    const units = await db_.unit.findMany({ where: { id: { in: [...new Set(tallies.map((x) => x.assessorUnitId))] } }, select: { id: true, name: true } });
    const names = new Map(units.map((u) => [u.id, u.name]));
    return periods.map((p) => toPeriodDto(p, tallies, names));
  }

  async function one(db_: Db | Tx, id: string): Promise<AssessmentPeriod> {
    const p = await db_.assessmentPeriod.findUnique({ where: { id }, select: { yearId: true } });
    if (!p) throw new NotFoundError('assessmentPeriod');
    return (await list(db_, p.yearId)).find((x) => x.id === id)!;
  }

  return {
    list: (yearId: string) => list(db, yearId),

    create(ctx: RequestContext, body: CreateBody) {
      return db.$transaction(async (tx) => {
        const year = await tx.year.findUnique({ where: { id: body.yearId } });
        if (!year) throw new NotFoundError('year');
        if (year.status === 'CLOSED') throw new InvalidStateError(t('assessment.yearClosed', { yearName: year.name }));
        if (body.specialTaskId && !(await tx.specialTask.count({ where: { id: body.specialTaskId, yearId: year.id } }))) {
          throw ValidationError.field('specialTaskId', t('assessment.specialTaskOfOtherYear'));
        }
        if (body.targetTypeId && !(await tx.targetType.count({ where: { id: body.targetTypeId } }))) throw new NotFoundError('targetType');
        // The next 专项 number is one above the highest in use (a deleted one leaves a gap, never a clash).
        const specialCodes = await tx.assessmentPeriod.findMany({ where: { yearId: year.id, kind: 'SPECIAL' }, select: { code: true } });
        const specials = Math.max(0, ...specialCodes.map((p) => Number(/^SPECIAL-(\d+)$/.exec(p.code)?.[1] ?? 0)));
        const code = body.kind === 'SPECIAL' ? `SPECIAL-${specials + 1}` : body.code!;
        if (await tx.assessmentPeriod.count({ where: { yearId: year.id, code } })) {
          const name = body.kind === 'SPECIAL' ? body.name : (STANDARD_PERIODS.find((p) => p.code === code)?.name ?? code);
          throw new ConflictError(t('assessment.periodExists', { yearName: year.name, periodName: name }));
        }
        const types = await targetTypesOf(tx, year.id, body);
        if (!types.length) throw new InvalidStateError(t('assessment.noTargetTypes'));
        const period = await tx.assessmentPeriod.create({
          data: {
            yearId: year.id,
            kind: body.kind,
            code,
            name: body.name,
            specialTaskId: body.specialTaskId ?? null,
            targetTypeId: body.targetTypeId ?? null,
            sortOrder: SORT_ORDER[code] ?? 60 + specials,
          },
        });
        await tx.assessmentProcess.createMany({ data: types.map((targetTypeId) => ({ periodId: period.id, targetTypeId })) });
        await recordAudit(tx, ctx, {
          action: 'assessmentPeriods.create',
          objectType: 'AssessmentPeriod',
          objectId: period.id,
          before: null,
          after: auditablePeriod(period),
        });
        return one(tx, period.id);
      });
    },

    update(ctx: RequestContext, id: string, body: UpdateBody) {
      return db.$transaction(async (tx) => {
        const before = await tx.assessmentPeriod.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('assessmentPeriod');
        if (before.version !== body.version) throw new VersionConflictError('assessmentPeriod');
        assertUpdated(
          await tx.assessmentPeriod.updateMany({ where: { id, version: body.version }, data: { name: body.name, version: { increment: 1 } } }),
          'assessmentPeriod',
        );
        await recordAudit(tx, ctx, {
          action: 'assessmentPeriods.update',
          objectType: 'AssessmentPeriod',
          objectId: id,
          before: auditablePeriod(before),
          after: auditablePeriod({ ...before, name: body.name }),
        });
        return one(tx, id);
      });
    },

    /** Only a period none of whose processes was ever opened (so it has no records) is deleted. */
    remove(ctx: RequestContext, id: string, version: number) {
      return db.$transaction(async (tx) => {
        const before = await tx.assessmentPeriod.findUnique({ where: { id }, include: { processes: { select: { status: true, openedAt: true } } } });
        if (!before) throw new NotFoundError('assessmentPeriod');
        if (before.processes.some((p) => p.status !== 'NOT_STARTED' || p.openedAt)) throw new InvalidStateError(t('assessment.periodStarted'));
        if (before.version !== version) throw new VersionConflictError('assessmentPeriod');
        await tx.assessmentProcess.deleteMany({ where: { periodId: id } });
        assertUpdated(await tx.assessmentPeriod.deleteMany({ where: { id, version } }), 'assessmentPeriod');
        await recordAudit(tx, ctx, {
          action: 'assessmentPeriods.delete',
          objectType: 'AssessmentPeriod',
          objectId: id,
          before: auditablePeriod(before),
          after: null,
        });
        return { ok: true as const };
      });
    },

    one: (id: string) => one(db, id),

    /** One process with its departments' tallies (a process action answers with it). */
    async process(id: string) {
      const p = await db.assessmentProcess.findUnique({ where: { id }, include: { ...processInclude, period: { select: { yearId: true } } } });
      if (!p) throw new NotFoundError('assessmentProcess');
      const tallies = await processTallies(db, p.period.yearId, id);
      const units = await db.unit.findMany({ where: { id: { in: tallies.map((x) => x.assessorUnitId) } }, select: { id: true, name: true } });
      return toProcessDto(p, tallies, new Map(units.map((u) => [u.id, u.name])));
    },
  };
}
