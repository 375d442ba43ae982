import type { z } from 'zod';
import { RECORD_TRANSITIONS, type AssessmentRecord, type RecordAction, type RecordStatus, type saveRecord } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { ForbiddenError, InvalidStateError, NotFoundError, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { runTransition } from '../../lib/workflow/run-transition.ts';
import { assessorPairs } from './assessors.ts';
import { auditableRecord, recordInclude, toRecordDto, type RecordRow } from './record.mapper.ts';

type SaveBody = z.output<NonNullable<typeof saveRecord.body>>;

/** The departments that assess a target (the resolved 考核部门). */
async function assessorsOf(tx: Tx, yearId: string, targetId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ unitId: string }[]>`WITH a AS (${assessorPairs(yearId)}) SELECT "unitId" FROM a WHERE a."targetId" = ${targetId}::uuid`;
  return rows.map((r) => r.unitId);
}

/** Records are entered only while their process is open. */
function assertOpen(p: { status: string; period: { name: string }; targetType: { name: string } }) {
  if (p.status !== 'OPEN')
    throw new InvalidStateError(t('records.processNotOpen', { processName: `${p.period.name}·${p.targetType.name}`, processStatus: p.status }));
}

/** The office acts for any department; a department only for itself. */
const actsFor = (actor: Actor, assessorUnitId: string) => hasRole(actor, 'PERF_OFFICE') || (hasRole(actor, 'FUNC_DEPT') && actor.unitId === assessorUnitId);

/** One draft as records.save writes it, once the target, period, department and process are checked. */
export interface DraftWrite {
  targetId: string;
  periodId: string;
  processId: string;
  assessorUnitId: string;
  score: string;
  opinion: string | null;
  deductions: { reason: string; points: string }[];
  /** Absent for a new record; the version read for an existing one. */
  version: number | undefined;
}

/**
 * The versioned upsert of records.save: a new draft, or a DRAFT or RETURNED record at `version` changed (it becomes a
 * DRAFT); 409 on any other state or version. Audited per record unless the caller audits the whole (an import).
 */
export async function upsertDraft(tx: Tx, ctx: RequestContext, w: DraftWrite, audit = true): Promise<{ record: AssessmentRecord; created: boolean }> {
  const data = { score: w.score, opinion: w.opinion, status: 'DRAFT' as const, returnReason: null };
  const deductions = w.deductions.map((d, i) => ({ reason: d.reason, points: d.points, sortOrder: i }));
  const existing = await tx.assessmentRecord.findUnique({
    where: { targetId_periodId_assessorUnitId: { targetId: w.targetId, periodId: w.periodId, assessorUnitId: w.assessorUnitId } },
    include: recordInclude,
  });
  if (!existing) {
    if (w.version !== undefined) throw new VersionConflictError('assessmentRecord');
    const created = await tx.assessmentRecord.create({
      data: {
        ...data,
        targetId: w.targetId,
        periodId: w.periodId,
        processId: w.processId,
        assessorUnitId: w.assessorUnitId,
        createdById: ctx.actor.accountId,
        deductions: { create: deductions },
      },
      include: recordInclude,
    });
    if (audit)
      await recordAudit(tx, ctx, {
        action: 'records.save',
        objectType: 'AssessmentRecord',
        objectId: created.id,
        before: null,
        after: auditableRecord(created),
      });
    return { record: toRecordDto(created), created: true };
  }
  if (!RECORD_TRANSITIONS.save.from.includes(existing.status)) {
    throw new InvalidStateError(t('records.notAllowedInStatus', { recordStatus: existing.status, recordAction: 'save' }));
  }
  if (w.version !== existing.version) throw new VersionConflictError('assessmentRecord');
  assertUpdated(
    await tx.assessmentRecord.updateMany({
      where: { id: existing.id, version: existing.version, status: existing.status },
      data: { ...data, version: { increment: 1 } },
    }),
    'assessmentRecord',
  );
  await tx.recordDeduction.deleteMany({ where: { recordId: existing.id } });
  if (deductions.length) await tx.recordDeduction.createMany({ data: deductions.map((d) => ({ ...d, recordId: existing.id })) });
  const after = await tx.assessmentRecord.findUniqueOrThrow({ where: { id: existing.id }, include: recordInclude });
  if (audit)
    await recordAudit(tx, ctx, {
      action: 'records.save',
      objectType: 'AssessmentRecord',
      objectId: existing.id,
      before: auditableRecord(existing),
      after: auditableRecord(after),
    });
  return { record: toRecordDto(after), created: false };
}

export function createRecordService(db: Db) {
  const load = async (tx: Db | Tx, id: string): Promise<RecordRow> => {
    const r = await tx.assessmentRecord.findUnique({ where: { id }, include: recordInclude });
    if (!r) throw new NotFoundError('assessmentRecord');
    return r;
  };

  /** New or changed draft: 404 → 403 (not an assessor of the target) → 409 process not open → 400 score → 409 state/version. */
  function save(ctx: RequestContext, body: SaveBody): Promise<AssessmentRecord> {
    return db.$transaction(async (tx) => {
      const period = await tx.assessmentPeriod.findUnique({
        where: { id: body.periodId },
        select: { id: true, yearId: true, specialTaskId: true, name: true },
      });
      if (!period) throw new NotFoundError('assessmentPeriod');
      const target = await tx.target.findFirst({ where: { id: body.targetId, yearId: period.yearId, publishedRevisionNo: { not: null } } });
      if (!target) throw new NotFoundError('target');
      const assessorUnitId = hasRole(ctx.actor, 'PERF_OFFICE') ? body.assessorUnitId : (ctx.actor.unitId ?? undefined);
      if (!assessorUnitId) throw ValidationError.field('assessorUnitId', t('records.assessorRequired'));
      if (!(await assessorsOf(tx, period.yearId, target.id)).includes(assessorUnitId)) {
        const unit = await tx.unit.findUnique({ where: { id: assessorUnitId }, select: { name: true } });
        throw new ForbiddenError(t('records.notAssessor', { unitName: unit?.name ?? assessorUnitId }));
      }
      const process = await tx.assessmentProcess.findUnique({
        where: { periodId_targetTypeId: { periodId: period.id, targetTypeId: target.targetTypeId } },
        include: { period: { select: { name: true } }, targetType: { select: { name: true } } },
      });
      if (!process || (period.specialTaskId && target.specialTaskId !== period.specialTaskId))
        throw ValidationError.field('targetId', t('records.targetNotInPeriod'));
      assertOpen(process);
      if (Number(body.score) > Number(target.maxScore))
        throw ValidationError.field('score', t('records.scoreAboveMax', { maxScore: target.maxScore.toFixed(2) }));

      return (
        await upsertDraft(tx, ctx, {
          targetId: target.id,
          periodId: period.id,
          processId: process.id,
          assessorUnitId,
          score: body.score,
          opinion: body.opinion ?? null,
          deductions: body.deductions,
          version: body.version,
        })
      ).record;
    });
  }

  /** One state change (runTransition); a department's own actions need the process open. */
  async function move(ctx: RequestContext, id: string, version: number, name: Exclude<RecordAction, 'save'>, reason?: string): Promise<AssessmentRecord> {
    const to = RECORD_TRANSITIONS[name].to as RecordStatus;
    const departmentAction = name === 'submit' || name === 'revise' || (name === 'void' && !hasRole(ctx.actor, 'PERF_OFFICE'));
    const after = await runTransition<RecordRow, RecordStatus>(db, ctx, version, {
      entity: 'assessmentRecord',
      objectType: 'AssessmentRecord',
      action: `records.${name}`,
      transition: RECORD_TRANSITIONS[name],
      load: (tx) => load(tx, id),
      status: (r) => r.status,
      allowed: (r) => actsFor(ctx.actor, r.assessorUnitId),
      denied: t('records.notAssessor', { unitName: ctx.actor.displayName }),
      wrongState: (r) => t('records.notAllowedInStatus', { recordStatus: r.status, recordAction: name }),
      async check(_tx, r) {
        if (departmentAction) assertOpen({ status: r.process.status, period: r.process.period, targetType: r.process.targetType });
      },
      async update(tx, r, guard) {
        // 修订 and 退档 keep what the record was as a revision, so the change can be shown as a diff.
        if (name === 'revise' || name === 'return') {
          await tx.assessmentRecordRevision.create({
            data: {
              recordId: r.id,
              revisionNo: r._count.revisions + 1,
              snapshot: auditableRecord(r) as Prisma.InputJsonValue,
              reason: reason ?? null,
              createdById: ctx.actor.accountId,
            },
          });
        }
        return tx.assessmentRecord.updateMany({
          where: { id, ...guard },
          data: {
            status: to,
            ...(name === 'submit' ? { submittedAt: ctx.now, submittedById: ctx.actor.accountId } : {}),
            ...(name === 'return' ? { returnReason: reason } : {}),
            ...(name === 'void' ? { voidReason: reason } : {}),
            version: { increment: 1 },
          },
        });
      },
      reload: (tx) => load(tx, id),
      auditable: auditableRecord,
      reason: reason ?? null,
    });
    return toRecordDto(after);
  }

  return {
    save,
    submit: (ctx: RequestContext, id: string, version: number) => move(ctx, id, version, 'submit'),
    revise: (ctx: RequestContext, id: string, version: number, reason: string) => move(ctx, id, version, 'revise', reason),
    archive: (ctx: RequestContext, id: string, version: number) => move(ctx, id, version, 'archive'),
    return: (ctx: RequestContext, id: string, version: number, reason: string) => move(ctx, id, version, 'return', reason),
    void: (ctx: RequestContext, id: string, version: number, reason: string) => move(ctx, id, version, 'void', reason),
  };
}
