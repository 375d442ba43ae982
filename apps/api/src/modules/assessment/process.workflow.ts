import type { AssessmentProcess, ProcessAction, ProcessStatus, UnsubmittedRecord } from '@jx/contract';
import { PROCESS_TRANSITIONS } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ConflictError, NotFoundError, t } from '../../lib/errors.ts';
import { hasRole } from '../../lib/context.ts';
import { runTransition } from '../../lib/workflow/run-transition.ts';
import { except, notify } from '../notifications/notify.ts';
import { assessorPairs } from './assessors.ts';
import { auditableProcess, processInclude, type ProcessRow } from './period.mapper.ts';

type ProcessWithPeriod = ProcessRow & { period: { name: string; yearId: string } };
const include = { ...processInclude, period: { select: { name: true, yearId: true } } } as const satisfies Prisma.AssessmentProcessInclude;

/** The active FUNC_DEPT accounts of the departments that assess the process's target type in its year. */
async function assessorAccountIds(tx: Tx, p: ProcessWithPeriod): Promise<string[]> {
  const units = await tx.$queryRaw<{ unitId: string }[]>`
    WITH a AS (${assessorPairs(p.period.yearId)}) SELECT DISTINCT "unitId" FROM a WHERE a."targetTypeId" = ${p.targetTypeId}::uuid`;
  const owner = await tx.targetType.findUniqueOrThrow({ where: { id: p.targetTypeId }, select: { ownerUnitId: true } });
  const unitIds = [...new Set([owner.ownerUnitId, ...units.map((u) => u.unitId)])];
  const rows = await tx.account.findMany({ where: { status: 'ACTIVE', roles: { has: 'FUNC_DEPT' }, unitId: { in: unitIds } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The records of a process not yet submitted (drafts and records returned for changes). */
export async function unsubmittedRecords(db: Db | Tx, processId: string): Promise<UnsubmittedRecord[]> {
  const rows = await db.assessmentRecord.findMany({
    where: { processId, status: { in: ['DRAFT', 'RETURNED'] } },
    select: {
      id: true,
      status: true,
      targetId: true,
      target: { select: { title: true, unit: { select: { name: true } } } },
      assessorUnit: { select: { name: true } },
    },
    orderBy: [{ assessorUnit: { name: 'asc' } }, { target: { title: 'asc' } }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    recordId: r.id,
    targetId: r.targetId,
    targetTitle: r.target.title,
    unitName: r.target.unit.name,
    assessorUnitName: r.assessorUnit.name,
    status: r.status,
  }));
}

const NOTICE: Record<ProcessAction, { kind: 'PROCESS_OPENED' | 'PROCESS_CLOSED' | 'PROCESS_RESET'; title: string }> = {
  open: { kind: 'PROCESS_OPENED', title: '考核流程已开启，请录入考核记录' },
  close: { kind: 'PROCESS_CLOSED', title: '考核流程已关闭' },
  reset: { kind: 'PROCESS_RESET', title: '考核流程已重置，可以重新录入考核记录' },
};

/** 开启 / 关闭 / 重置 a process (PROCESS_TRANSITIONS), audited and told to the departments that assess its type. */
export function createProcessWorkflow(db: Db, toDto: (processId: string) => Promise<AssessmentProcess>) {
  async function run(ctx: RequestContext, id: string, version: number, name: ProcessAction, opts: { reason?: string; confirmUnsubmitted?: boolean } = {}) {
    const to = PROCESS_TRANSITIONS[name].to!;
    await runTransition<ProcessWithPeriod, ProcessStatus>(db, ctx, version, {
      entity: 'assessmentProcess',
      objectType: 'AssessmentProcess',
      action: `assessmentProcesses.${name}`,
      transition: PROCESS_TRANSITIONS[name],
      async load(tx) {
        const p = await tx.assessmentProcess.findUnique({ where: { id }, include });
        if (!p) throw new NotFoundError('assessmentProcess');
        return p;
      },
      status: (p) => p.status,
      allowed: () => hasRole(ctx.actor, 'PERF_OFFICE'),
      denied: t('common.forbidden'),
      wrongState: (p) => t('assessment.processNotAllowedInStatus', { processStatus: p.status, processAction: name }),
      async check(tx) {
        if (name !== 'close' || opts.confirmUnsubmitted) return;
        const open = await unsubmittedRecords(tx, id);
        if (open.length) throw new ConflictError(t('assessment.unsubmittedRecords', { count: open.length }), { records: open });
      },
      update: (tx, p, guard) =>
        tx.assessmentProcess.updateMany({
          where: { id, ...guard },
          data: {
            status: to,
            ...(name === 'open' ? { openedAt: ctx.now } : {}),
            ...(name === 'close' ? { closedAt: ctx.now } : {}),
            ...(name === 'reset' ? { closedAt: null, resetCount: p.resetCount + 1, lastResetReason: opts.reason ?? null } : {}),
            version: { increment: 1 },
          },
        }),
      reload: async (tx) => (await tx.assessmentProcess.findUnique({ where: { id }, include }))!,
      auditable: auditableProcess,
      reason: opts.reason ?? null,
      async notify(tx, _before, after) {
        const n = NOTICE[name];
        await notify(tx, except(await assessorAccountIds(tx, after), ctx.actor.accountId), {
          kind: n.kind,
          title: `${n.title}：${after.period.name}·${after.targetType.name}`,
          body: opts.reason,
          link: '/assessment/processes',
        });
      },
    });
    return toDto(id);
  }

  return {
    open: (ctx: RequestContext, id: string, version: number) => run(ctx, id, version, 'open'),
    close: (ctx: RequestContext, id: string, version: number, confirmUnsubmitted: boolean) => run(ctx, id, version, 'close', { confirmUnsubmitted }),
    reset: (ctx: RequestContext, id: string, version: number, reason: string) => run(ctx, id, version, 'reset', { reason }),
  };
}
