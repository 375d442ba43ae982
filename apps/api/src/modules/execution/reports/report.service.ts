import type { z } from 'zod';
import { formatPeriodKey, type FieldIssue, type listReports, type submitReport, type TargetSnapshot, type updateReport } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../../lib/db.ts';
import type { Actor, RequestContext } from '../../../lib/context.ts';
import { hasRole } from '../../../lib/context.ts';
import { ConflictError, ForbiddenError, InvalidStateError, issue, t as msg, ValidationError, VersionConflictError } from '../../../lib/errors.ts';
import { assertUpdated } from '../../../lib/versioned.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import { findReadableTarget, targetReadWhere, throughTarget } from '../../targets/target.policy.ts';
import { columnScope } from '../state/state-scope.ts';
import { reportPageSql } from './report-page-sql.ts';
import { tallyRows } from '../state/tally-rows.ts';
import { findReadable } from '../../../lib/policy/find-readable.ts';
import type { SettingsStore } from '../../settings/settings.store.ts';
import { beijingDay, isReportLate, periodKeys, periodStart, reportEditableUntil } from '@jx/contract';
import { auditableReport, reportInclude, toReportDto, type ReportRow } from './report.mapper.ts';
import { departmentIds, except, notify } from '../../notifications/notify.ts';

type ListQuery = z.output<NonNullable<typeof listReports.query>>;
type SubmitBody = z.output<NonNullable<typeof submitReport.body>>;
type UpdateBody = z.output<NonNullable<typeof updateReport.body>>;

const reportTargetInclude = {
  year: { select: { year: true, status: true } },
  targetType: { select: { reportingRhythm: true, ownerUnitId: true } },
  responsibles: { select: { personId: true } },
  milestones: { select: { period: true, plannedPercent: true } },
  revisions: { select: { revisionNo: true, snapshot: true } },
} as const satisfies Prisma.TargetInclude;
type ReportTarget = Prisma.TargetGetPayload<{ include: typeof reportTargetInclude }>;

/** The plan in force (decision 0007): the working copy while PUBLISHED, else the snapshot of the published revision. */
interface PlanInForce {
  title: string;
  responsibles: string[];
  quantitative: boolean;
  milestones: { period: string; plannedPercent: number }[];
}

function planInForce(t: ReportTarget): PlanInForce | null {
  if (t.publishedRevisionNo === null) return null;
  if (t.status === 'PUBLISHED')
    return { title: t.title, responsibles: t.responsibles.map((r) => r.personId), quantitative: t.metricTarget !== null, milestones: t.milestones };
  const snap = t.revisions.find((r) => r.revisionNo === t.publishedRevisionNo)?.snapshot as TargetSnapshot | undefined;
  if (!snap) return null;
  return { title: snap.title, responsibles: snap.responsibles.map((r) => r.personId), quantitative: snap.metricTarget !== null, milestones: snap.milestones };
}

/**
 * 站内消息 on a new report, kept low-noise (docs/decisions/0009-execution.md): only a report that needs attention — filed
 * late, or behind its period's plan by at least the yellow threshold — is announced, to the active FUNC_DEPT accounts of
 * the department that owns the target's type (it follows those targets, DESIGN §1); on-time, on-plan reports are not.
 */
async function noticeReport(
  tx: Tx,
  t: ReportTarget,
  plan: PlanInForce,
  report: { id: string; periodKey: string; actualPercent: number; late: boolean },
  actorId: string,
  yellowLagPoints: number,
) {
  const planned = plan.milestones.find((m) => m.period === report.periodKey)?.plannedPercent ?? 0;
  const lag = planned - report.actualPercent;
  const behind = lag >= yellowLagPoints;
  if (!behind && !report.late) return;
  const what = behind && report.late ? '逾期报送且落后计划' : behind ? '落后计划' : '逾期报送';
  const body = [behind ? `计划累计 ${planned}%，实际 ${report.actualPercent}%，落后 ${lag} 个百分点` : null, report.late ? '本期进展报告逾期报送' : null]
    .filter(Boolean)
    .join('；');
  await notify(tx, except(await departmentIds(tx, t.targetType.ownerUnitId), actorId), {
    kind: 'REPORT_SUBMITTED',
    title: `进展报告${what}：${plan.title}（${formatPeriodKey(report.periodKey)}）`,
    body,
    link: `/targets/${t.id}`,
    dedupeKey: `report:${report.id}`,
  });
}

/** A target the actor may read, with what the report rules need; a target outside the scope is 403, not 404. */
const readableReportTarget = (db: Db | Tx, actor: Actor, id: string): Promise<ReportTarget> =>
  findReadableTarget(db, actor, id, { include: reportTargetInclude });

async function personOf(db: Db | Tx, actor: Actor): Promise<string | null> {
  return (await db.account.findUnique({ where: { id: actor.accountId }, select: { personId: true } }))?.personId ?? null;
}

/**
 * Who may report on a target: the UNIT_ADMIN of its unit, and a UNIT_STAFF of that unit who is one of the target's
 * responsible persons in the plan in force.
 */
function canReport(actor: Actor, t: ReportTarget, personId: string | null, responsibles: readonly string[]): boolean {
  if (actor.unitId !== t.unitId) return false;
  if (hasRole(actor, 'UNIT_ADMIN')) return true;
  return hasRole(actor, 'UNIT_STAFF') && !!personId && responsibles.includes(personId);
}

/** Cumulative percent never goes down: not below an earlier period's report, not above a later one's. */
function checkCumulative(
  keys: string[],
  periodKey: string,
  actualPercent: number,
  others: { periodKey: string; actualPercent: number }[],
  issues: FieldIssue[],
) {
  const at = keys.indexOf(periodKey);
  const before = others.filter((o) => keys.indexOf(o.periodKey) < at).reduce((m, o) => Math.max(m, o.actualPercent), -1);
  const after = others.filter((o) => keys.indexOf(o.periodKey) > at).reduce((m, o) => Math.min(m, o.actualPercent), 101);
  if (actualPercent < before) issues.push(issue('actualPercent', msg('reports.cumulativeBelowEarlier', { percent: before })));
  else if (actualPercent > after) issues.push(issue('actualPercent', msg('reports.cumulativeAboveLater', { percent: after })));
}

/** 409 once the report's period is past its editing window (`reportEditableUntil`). */
function assertEditable(year: number, periodKey: string, now: Date, dueDay: number, editableDays: number) {
  const until = reportEditableUntil(year, periodKey, dueDay, editableDays);
  if (now < until) return;
  // The last day it could be changed, as the reporter reads it (Beijing time).
  const lastDay = beijingDay(new Date(until.getTime() - 1));
  throw new InvalidStateError(msg('reports.editWindowClosed', { reportPeriod: periodKey, days: editableDays, until: lastDay }));
}

function checkValue(quantitative: boolean, actualValue: string | null | undefined, issues: FieldIssue[]) {
  if (quantitative && (actualValue === null || actualValue === undefined)) issues.push(issue('actualValue', msg('reports.actualValueRequired')));
  if (!quantitative && actualValue !== null && actualValue !== undefined) issues.push(issue('actualValue', msg('reports.actualValueNotAllowed')));
}

function throwIfAny(issues: FieldIssue[]) {
  if (issues.length) throw new ValidationError(issues);
}

async function reporterNames(db: Db | Tx, rows: ReportRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.reportedById))];
  if (!ids.length) return new Map();
  const accounts = await db.account.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  return new Map(accounts.map((a) => [a.id, a.displayName]));
}

const contentData = (b: SubmitBody | UpdateBody) => ({
  actualPercent: b.actualPercent,
  actualValue: b.actualValue ?? null,
  narrative: b.narrative,
  problems: b.problems || null,
  nextSteps: b.nextSteps || null,
});

export function createReportService(db: Db, settings: SettingsStore) {
  async function dto(tx: Db | Tx, row: ReportRow) {
    return toReportDto(row, await reporterNames(tx, [row]));
  }

  /** A report the actor may read (through its target's scope); outside the scope 403, not 404. */
  const readableReport = (tx: Db | Tx, actor: Actor, id: string): Promise<ReportRow> =>
    findReadable('report', tx.progressReport.findFirst({ where: { id, target: targetReadWhere(actor) }, include: reportInclude }), () =>
      tx.progressReport.count({ where: { id } }),
    );

  /**
   * The list's total: from the maintained tallies (decision 0022) when it is a year's reports, perhaps of one unit or by
   * lateness, in a scope of units and types; otherwise counted.
   */
  async function reportTotal(actor: Actor, q: ListQuery, where: Prisma.ProgressReportWhereInput, now: Date): Promise<number> {
    if (!q.yearId || q.targetId || q.periodKey || !columnScope(actor)) return db.progressReport.count({ where });
    const rows = await tallyRows(db, actor, { yearId: q.yearId, unitId: q.unitId }, now);
    const all = rows.reduce((n, r) => n + r.reportCount, 0);
    const late = rows.reduce((n, r) => n + r.lateReportCount, 0);
    return q.late === 'true' ? late : q.late === 'false' ? all - late : all;
  }

  function whereOf(scope: ReturnType<typeof throughTarget>, q: ListQuery): Prisma.ProgressReportWhereInput {
    // The year on the report row when the list spans every unit (one index in submission order); with a unit in
    // scope or in the filter, on the target, so PostgreSQL starts from that unit's few targets instead.
    const narrowed = !!scope.target || !!q.unitId;
    return {
      AND: [
        scope,
        q.yearId ? (narrowed ? { target: { yearId: q.yearId } } : { yearId: q.yearId }) : {},
        q.unitId ? { target: { unitId: q.unitId } } : {},
        q.targetId ? { targetId: q.targetId } : {},
        q.periodKey ? { periodKey: q.periodKey } : {},
        q.late ? { late: q.late === 'true' } : {},
      ],
    };
  }

  return {
    async listForTarget(actor: Actor, targetId: string) {
      await readableReportTarget(db, actor, targetId);
      const rows = await db.progressReport.findMany({ where: { targetId }, include: reportInclude, orderBy: { periodKey: 'asc' } });
      const names = await reporterNames(db, rows);
      return rows.map((r) => toReportDto(r, names));
    },

    async list(actor: Actor, q: ListQuery, now: Date) {
      const where = whereOf(throughTarget(actor), q);
      // A page in one statement when the scope is a matter of units and types; a 责任人's through the target policy.
      const [page, pageTotal] = await Promise.all([reportPageSql(db, actor, q), columnScope(actor) ? reportTotal(actor, q, where, now) : null]);
      if (page && pageTotal !== null) return { items: page, total: pageTotal };
      const [rows, total] = await Promise.all([
        db.progressReport.findMany({
          where,
          include: reportInclude,
          relationLoadStrategy: 'query',
          orderBy: [{ submittedAt: q.order }, { id: 'asc' }],
          skip: (q.page - 1) * q.pageSize,
          take: q.pageSize,
        }),
        reportTotal(actor, q, where, now),
      ]);
      const names = await reporterNames(db, rows);
      return { items: rows.map((r) => toReportDto(r, names)), total };
    },

    async get(actor: Actor, id: string) {
      return dto(db, await readableReport(db, actor, id));
    },

    /** 404 → 403 (scope, then who may report) → 409 (no plan in force, closed year, period already reported) → 400. */
    async submit(ctx: RequestContext, targetId: string, body: SubmitBody) {
      const all = await settings.all();
      const dueDay = all['report.dueDay'];
      return db.$transaction(async (tx) => {
        const t = await readableReportTarget(tx, ctx.actor, targetId);
        const plan = planInForce(t);
        if (!canReport(ctx.actor, t, await personOf(tx, ctx.actor), plan?.responsibles ?? [])) {
          throw new ForbiddenError(msg('reports.submitForbidden'));
        }
        if (!plan) throw new InvalidStateError(msg('reports.targetNotPublished'));
        if (t.year.status === 'CLOSED') throw new InvalidStateError(msg('reports.yearClosedSubmit'));
        if (await tx.progressReport.count({ where: { targetId, periodKey: body.periodKey } })) {
          throw new ConflictError(msg('reports.periodAlreadyReported', { reportPeriod: body.periodKey }), {
            issues: [issue('periodKey', msg('reports.periodTaken'))],
          });
        }
        const issues: FieldIssue[] = [];
        const keys = periodKeys(t.targetType.reportingRhythm);
        if (!keys.includes(body.periodKey)) {
          issues.push(issue('periodKey', msg(t.targetType.reportingRhythm === 'MONTHLY' ? 'reports.periodNotMonthly' : 'reports.periodNotQuarterly')));
        } else if (periodStart(t.year.year, body.periodKey) > ctx.now) {
          issues.push(issue('periodKey', msg('reports.periodNotStarted', { reportPeriod: body.periodKey })));
        } else {
          const others = await tx.progressReport.findMany({ where: { targetId }, select: { periodKey: true, actualPercent: true } });
          checkCumulative(keys, body.periodKey, body.actualPercent, others, issues);
        }
        checkValue(plan.quantitative, body.actualValue, issues);
        throwIfAny(issues);

        const created = await tx.progressReport.create({
          data: {
            targetId,
            periodKey: body.periodKey,
            ...contentData(body),
            reportedById: ctx.actor.accountId,
            submittedAt: ctx.now,
            late: isReportLate(t.year.year, body.periodKey, ctx.now, dueDay),
          },
          include: reportInclude,
        });
        await recordAudit(tx, ctx, {
          action: 'reports.submit',
          objectType: 'ProgressReport',
          objectId: created.id,
          before: null,
          after: auditableReport(created),
        });
        await noticeReport(tx, t, plan, created, ctx.actor.accountId, all['warning.yellowLagPoints']);
        return dto(tx, created);
      });
    },

    /**
     * The reporter or the unit admin corrects a report, until `report.editableDays` after its due day (decision 0027);
     * `late` stays as first submitted.
     */
    async update(ctx: RequestContext, id: string, body: UpdateBody) {
      const all = await settings.all();
      return db.$transaction(async (tx) => {
        const before = await readableReport(tx, ctx.actor, id);
        const t = await readableReportTarget(tx, ctx.actor, before.targetId);
        const a = ctx.actor;
        const allowed = a.unitId === t.unitId && (hasRole(a, 'UNIT_ADMIN') || (hasRole(a, 'UNIT_STAFF') && before.reportedById === a.accountId));
        if (!allowed) throw new ForbiddenError(msg('reports.editForbidden'));
        if (t.year.status === 'CLOSED') throw new InvalidStateError(msg('reports.yearClosedEdit'));
        assertEditable(t.year.year, before.periodKey, ctx.now, all['report.dueDay'], all['report.editableDays']);
        if (before.version !== body.version) throw new VersionConflictError('report');
        const plan = planInForce(t);
        const issues: FieldIssue[] = [];
        const others = await tx.progressReport.findMany({ where: { targetId: t.id, id: { not: id } }, select: { periodKey: true, actualPercent: true } });
        checkCumulative(periodKeys(t.targetType.reportingRhythm), before.periodKey, body.actualPercent, others, issues);
        checkValue(plan?.quantitative ?? false, body.actualValue, issues);
        throwIfAny(issues);
        assertUpdated(
          await tx.progressReport.updateMany({ where: { id, version: body.version }, data: { ...contentData(body), version: { increment: 1 } } }),
          'report',
        );
        const after = (await tx.progressReport.findUnique({ where: { id }, include: reportInclude }))!;
        await recordAudit(tx, ctx, {
          action: 'reports.update',
          objectType: 'ProgressReport',
          objectId: id,
          before: auditableReport(before),
          after: auditableReport(after),
        });
        return dto(tx, after);
      });
    },
  };
}
