import { receiptLines, type UnitReceipt } from '@jx/scoring';
import type { Appeal, fileAppeal, listAppeals } from '@jx/contract';
import type { z } from 'zod';
import type { Prisma } from '@jx/db';
import type { AppDeps } from '../../app-deps.ts';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify, unitAdminIds } from '../notifications/notify.ts';
import { appealDeadline } from '../bulletins/appeal-deadline.ts';
import { enqueueSummaryRun } from '../results/enqueue.ts';
import { appealInclude, auditableAppeal, toAppealDto, type AppealRow } from './appeal.mapper.ts';
import { correctRecordByAppeal } from './correct-record.ts';

type FileBody = z.output<NonNullable<typeof fileAppeal.body>>;
type ListQuery = z.output<NonNullable<typeof listAppeals.query>>;

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';
const beijingTime = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Appeals a caller reads: the office all, a unit's admin its unit's (the scope is part of the query). */
export function appealReadWhere(actor: Actor): Prisma.AppealWhereInput {
  if (hasRole(actor, 'PERF_OFFICE')) return {};
  if (hasRole(actor, 'UNIT_ADMIN') && actor.unitId) return { unitId: actor.unitId };
  return { id: { in: [] } };
}

/** 申诉 (decision 0019, "Appeals"). */
export function createAppealService(deps: Pick<AppDeps, 'db' | 'settings' | 'summaryRuns'>) {
  const db: Db = deps.db;

  async function dtos(tx: Db | Tx, rows: AppealRow[]): Promise<Appeal[]> {
    const [units, accounts, versions] = await Promise.all([
      tx.unit.findMany({ where: { id: { in: rows.map((r) => r.unitId) } }, select: { id: true, name: true } }),
      tx.account.findMany({ where: { id: { in: rows.flatMap((r) => [r.filedById, r.decidedById ?? r.filedById]) } }, select: { id: true, displayName: true } }),
      tx.bulletin.findMany({
        where: { id: { in: rows.flatMap((r) => (r.resolvedBulletinId ? [r.resolvedBulletinId] : [])) } },
        select: { id: true, versionNo: true },
      }),
    ]);
    const names = {
      units: new Map(units.map((u) => [u.id, u.name])),
      accounts: new Map(accounts.map((a) => [a.id, a.displayName])),
      versions: new Map(versions.map((v) => [v.id, v.versionNo])),
    };
    return rows.map((r) => toAppealDto(r, names));
  }
  const one = async (tx: Db | Tx, id: string) => (await dtos(tx, [await tx.appeal.findUniqueOrThrow({ where: { id }, include: appealInclude })]))[0]!;

  /** An appeal the caller reads (404 otherwise), locked for the decision. */
  async function loadForDecision(tx: Tx, ctx: RequestContext, id: string, version: number) {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Appeal" WHERE id = ${id}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError('appeal');
    const a = await tx.appeal.findUniqueOrThrow({
      where: { id },
      include: { ...appealInclude, bulletin: { select: { ...appealInclude.bulletin.select, periodId: true } } },
    });
    if (a.status !== 'OPEN') throw new InvalidStateError(t('appeals.notOpen'));
    if (a.version !== version) throw new VersionConflictError('appeal');
    return a;
  }

  /** The decision itself: state, decider and reason on the appeal (version + 1), audited, the unit notified. */
  async function decide(tx: Tx, ctx: RequestContext, a: AppealRow, status: 'ACCEPTED' | 'REJECTED', reason: string) {
    const after = await tx.appeal.update({
      where: { id: a.id },
      data: { status, decidedById: ctx.actor.accountId, decidedAt: ctx.now, decisionReason: reason, version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: status === 'ACCEPTED' ? 'appeals.accept' : 'appeals.reject',
      objectType: 'Appeal',
      objectId: a.id,
      before: auditableAppeal(a),
      after: auditableAppeal(after),
      reason,
    });
    await notify(tx, await unitAdminIds(tx, a.unitId), {
      kind: status === 'ACCEPTED' ? 'APPEAL_ACCEPTED' : 'APPEAL_REJECTED',
      title: `${status === 'ACCEPTED' ? '申诉已采纳' : '申诉未予采纳'}：${a.lineLabel}`,
      body: reason,
      link: '/assessment/my-results',
    });
  }

  const officeIds = async (tx: Tx) =>
    (await tx.account.findMany({ where: { status: 'ACTIVE', roles: { has: 'PERF_OFFICE' } }, select: { id: true } })).map((a) => a.id);

  return {
    one: (id: string) => one(db, id),

    async list(actor: Actor, q: ListQuery) {
      const where: Prisma.AppealWhereInput = {
        AND: [
          appealReadWhere(actor),
          q.status ? { status: q.status } : {},
          q.bulletinId ? { bulletinId: q.bulletinId } : {},
          q.periodId ? { resultSet: { periodId: q.periodId } } : {},
        ],
      };
      const [total, rows] = await Promise.all([
        db.appeal.count({ where }),
        db.appeal.findMany({
          where,
          include: appealInclude,
          relationLoadStrategy: 'query',
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          skip: (q.page - 1) * q.pageSize,
          take: q.pageSize,
        }),
      ]);
      return { items: await dtos(db, rows), total };
    },

    async file(ctx: RequestContext, body: FileBody): Promise<Appeal> {
      const unitId = ctx.actor.unitId;
      if (!unitId) throw new ForbiddenError();
      try {
        return await db.$transaction(async (tx) => {
          const bulletin = await tx.bulletin.findUnique({
            where: { id: body.bulletinId },
            select: { id: true, resultSetId: true, publishedAt: true, supersededAt: true, title: true },
          });
          const row =
            bulletin && (await tx.bulletinUnit.findUnique({ where: { bulletinId_unitId: { bulletinId: bulletin.id, unitId } }, select: { receipt: true } }));
          if (!bulletin || !row) throw new NotFoundError('bulletin');
          if (bulletin.supersededAt) {
            const latest = await tx.bulletin.findFirstOrThrow({
              where: { resultSetId: bulletin.resultSetId },
              orderBy: { versionNo: 'desc' },
              select: { versionNo: true },
            });
            throw new InvalidStateError(t('appeals.superseded', { versionNo: latest.versionNo }));
          }
          const deadline = await appealDeadline(tx, deps.settings, bulletin.publishedAt);
          if (ctx.now.getTime() > new Date(deadline).getTime()) throw new InvalidStateError(t('appeals.windowClosed', { deadline: beijingTime(deadline) }));
          const line = receiptLines(row.receipt as unknown as UnitReceipt).find((l) => l.key === body.lineKey);
          if (!line) throw ValidationError.field('lineKey', t('appeals.lineUnknown'));
          const open = await tx.appeal.count({ where: { resultSetId: bulletin.resultSetId, unitId, lineKey: line.key, status: 'OPEN' } });
          if (open) throw new ConflictError(t('appeals.openOnLine'));
          const a = await tx.appeal.create({
            data: {
              resultSetId: bulletin.resultSetId,
              bulletinId: bulletin.id,
              unitId,
              lineKey: line.key,
              lineLabel: line.label,
              reason: body.reason,
              filedById: ctx.actor.accountId,
            },
          });
          await recordAudit(tx, ctx, { action: 'appeals.file', objectType: 'Appeal', objectId: a.id, after: auditableAppeal(a) });
          await notify(tx, await officeIds(tx), { kind: 'APPEAL_FILED', title: `收到申诉：${line.label}`, body: body.reason, link: '/assessment/appeals' });
          return one(tx, a.id);
        });
      } catch (e) {
        // Two appeals on one line at the same moment: the partial unique index lets one through.
        if (isUniqueViolation(e)) throw new ConflictError(t('appeals.openOnLine'));
        throw e;
      }
    },

    /** Evidence may be added while the appeal is open, by the appellant unit. */
    async assertEvidenceAllowed(ctx: RequestContext, id: string) {
      const a = await db.appeal.findFirst({ where: { id, ...appealReadWhere(ctx.actor) }, select: { status: true, unitId: true } });
      if (!a) throw new NotFoundError('appeal');
      if (a.unitId !== ctx.actor.unitId) throw new ForbiddenError();
      if (a.status !== 'OPEN') throw new InvalidStateError(t('appeals.notOpen'));
    },

    async accept(ctx: RequestContext, id: string, body: { version: number; reason: string; correctedScore?: number }): Promise<Appeal> {
      const dto = await db.$transaction(async (tx) => {
        const a = await loadForDecision(tx, ctx, id, body.version);
        if (body.correctedScore !== undefined) {
          if (!a.lineKey.startsWith('target:')) throw ValidationError.field('correctedScore', t('appeals.correctionNotTarget'));
          const unit = await tx.bulletinUnit.findUniqueOrThrow({
            where: { bulletinId_unitId: { bulletinId: a.bulletinId, unitId: a.unitId } },
            select: { receipt: true },
          });
          const line = receiptLines(unit.receipt as unknown as UnitReceipt).find((l) => l.key === a.lineKey);
          if (!line?.recordId) throw ValidationError.field('correctedScore', t('appeals.recordMissing'));
          await correctRecordByAppeal(tx, ctx, { recordId: line.recordId, score: body.correctedScore, reason: body.reason, appealId: a.id });
        }
        const unit = await tx.bulletinUnit.findUniqueOrThrow({
          where: { bulletinId_unitId: { bulletinId: a.bulletinId, unitId: a.unitId } },
          select: { categoryId: true },
        });
        await enqueueSummaryRun(tx, { periodId: a.bulletin.periodId, categoryIds: [unit.categoryId], requestedById: ctx.actor.accountId });
        await decide(tx, ctx, a, 'ACCEPTED', body.reason);
        return one(tx, id);
      });
      deps.summaryRuns.kick();
      return dto;
    },

    async reject(ctx: RequestContext, id: string, body: { version: number; reason: string }): Promise<Appeal> {
      return db.$transaction(async (tx) => {
        const a = await loadForDecision(tx, ctx, id, body.version);
        await decide(tx, ctx, a, 'REJECTED', body.reason);
        return one(tx, id);
      });
    },
  };
}
