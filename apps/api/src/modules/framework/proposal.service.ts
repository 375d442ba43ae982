import type { z } from 'zod';
import {
  childLevel,
  formatWeightBp,
  weightBpOf,
  type CreateFrameworkProposalBody,
  type FrameworkProposal as ProposalDto,
  type FrameworkProposalStatus,
  type ProposedIndicator,
} from '@jx/contract';
import type { FrameworkProposal, Indicator, Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import { hasRole, type Actor, type RequestContext } from '../../lib/context.ts';
import { ForbiddenError, InvalidStateError, NotFoundError, t, ValidationError, VersionConflictError } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { departmentIds, except, notify } from '../notifications/notify.ts';
import { assertFrameworkEditable, createIndicatorIn, removeIndicatorIn, updateIndicatorIn } from './indicator.service.ts';

type CreateBody = z.output<typeof CreateFrameworkProposalBody>;
type ProposedFields = { code: string; name: string; description?: string | null; weight: string; sortOrder: number };

const include = {
  targetType: { select: { name: true, ownerUnitId: true } },
  proposedBy: { select: { displayName: true } },
  decidedBy: { select: { displayName: true } },
} as const;
type ProposalRow = FrameworkProposal & {
  targetType: { name: string; ownerUnitId: string };
  proposedBy: { displayName: string };
  decidedBy: { displayName: string } | null;
};

const STATUS_WORDS: Record<FrameworkProposalStatus, string> = { PENDING: '待处理', ACCEPTED: '采纳', REJECTED: '退回', WITHDRAWN: '撤回' };
const KIND_WORDS = { CREATE: '新增', UPDATE: '修改', DELETE: '删除' } as const;

const snapshot = (i: Indicator): ProposedIndicator => ({
  code: i.code,
  name: i.name,
  description: i.description,
  weightPercent: formatWeightBp(i.weightBp),
  sortOrder: i.sortOrder,
});
const proposed = (f: ProposedFields): ProposedIndicator => ({
  code: f.code,
  name: f.name,
  description: f.description ?? null,
  weightPercent: formatWeightBp(weightBpOf(f.weight)),
  sortOrder: f.sortOrder,
});

function toDto(p: ProposalRow, parentNames: Map<string, string>): ProposalDto {
  return {
    id: p.id,
    yearId: p.yearId,
    targetTypeId: p.targetTypeId,
    targetTypeName: p.targetType.name,
    kind: p.kind,
    indicatorId: p.indicatorId,
    indicatorVersion: p.indicatorVersion,
    parentId: p.parentId,
    parentName: p.parentId ? (parentNames.get(p.parentId) ?? null) : null,
    before: (p.before as ProposedIndicator | null) ?? null,
    after: (p.after as ProposedIndicator | null) ?? null,
    note: p.note,
    status: p.status,
    decisionReason: p.decisionReason,
    proposedByName: p.proposedBy.displayName,
    decidedByName: p.decidedBy?.displayName ?? null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}

async function parentNamesOf(client: Db | Tx, rows: ProposalRow[]) {
  const ids = [...new Set(rows.map((r) => r.parentId).filter((id): id is string => !!id))];
  if (!ids.length) return new Map<string, string>();
  const parents = await client.indicator.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(parents.map((p) => [p.id, p.name]));
}

/** The first-level indicator an indicator hangs under (at most two steps up): its type is the subtree's type. */
async function rootOf(tx: Tx, indicator: Indicator): Promise<Indicator> {
  let node = indicator;
  while (node.parentId) node = await tx.indicator.findUniqueOrThrow({ where: { id: node.parentId } });
  return node;
}

/** A department proposes only under the types its unit owns (TargetType.ownerUnitId). */
async function assertOwnsType(tx: Tx, actor: Actor, targetTypeId: string | null) {
  const type = targetTypeId ? await tx.targetType.findUnique({ where: { id: targetTypeId }, select: { ownerUnitId: true } }) : null;
  if (!type || !actor.unitId || type.ownerUnitId !== actor.unitId) throw new ForbiddenError(t('framework.proposalNotOwnType'));
}

export function createProposalService(db: Db) {
  const load = async (tx: Tx, id: string) => {
    const row = await tx.frameworkProposal.findUnique({ where: { id }, include });
    if (!row) throw new NotFoundError('frameworkProposal');
    return row;
  };
  const dtoOf = async (tx: Tx, id: string) => {
    const row = await tx.frameworkProposal.findUniqueOrThrow({ where: { id }, include });
    return toDto(row, await parentNamesOf(tx, [row]));
  };
  const assertPending = (p: FrameworkProposal, version: number) => {
    if (p.status !== 'PENDING') throw new InvalidStateError(t('framework.proposalNotPending', { status: STATUS_WORDS[p.status] }));
    if (p.version !== version) throw new VersionConflictError('frameworkProposal');
  };
  /** Marks a pending proposal decided, at the version the caller saw (two offices deciding at once: one gets 409). */
  const decide = async (tx: Tx, ctx: RequestContext, p: FrameworkProposal, status: FrameworkProposalStatus, reason: string | null) =>
    assertUpdated(
      await tx.frameworkProposal.updateMany({
        where: { id: p.id, version: p.version, status: 'PENDING' },
        data: { status, decisionReason: reason, decidedById: ctx.actor.accountId, decidedAt: ctx.now, version: { increment: 1 } },
      }),
      'frameworkProposal',
    );
  const label = (p: { kind: keyof typeof KIND_WORDS; before: unknown; after: unknown }) =>
    `${KIND_WORDS[p.kind]}指标“${((p.after ?? p.before) as ProposedIndicator).name}”`;

  /** The department hears of the decision (its active FUNC_DEPT accounts and the proposer). */
  async function tellDepartment(tx: Tx, ctx: RequestContext, p: ProposalRow, verdict: string, reason: string | null) {
    const to = except([...(await departmentIds(tx, p.targetType.ownerUnitId)), p.proposedById], ctx.actor.accountId);
    await notify(tx, to, { kind: 'FRAMEWORK_PROPOSAL_DECIDED', title: `指标修改提议已${verdict}：${label(p)}`, body: reason ?? undefined, link: '/framework' });
  }

  return {
    async list(actor: Actor, query: { yearId: string; status?: FrameworkProposalStatus }): Promise<ProposalDto[]> {
      const where: Prisma.FrameworkProposalWhereInput = { yearId: query.yearId, status: query.status };
      // The office reads every proposal; a department those of the types its unit owns.
      if (!hasRole(actor, 'PERF_OFFICE')) where.targetType = { ownerUnitId: actor.unitId ?? '00000000-0000-0000-0000-000000000000' };
      const rows = await db.frameworkProposal.findMany({ where, include, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 500 });
      const names = await parentNamesOf(db, rows);
      return rows.map((r) => toDto(r, names));
    },

    create(ctx: RequestContext, body: CreateBody) {
      return db.$transaction(async (tx) => {
        let data: Omit<Prisma.FrameworkProposalUncheckedCreateInput, 'proposedById'>;
        if (body.kind === 'CREATE') {
          await assertFrameworkEditable(tx, body.yearId, 'yearId');
          let targetTypeId: string | null;
          if (body.parentId) {
            const parent = await tx.indicator.findUnique({ where: { id: body.parentId } });
            if (!parent || parent.yearId !== body.yearId) throw ValidationError.field('parentId', t('framework.parentNotInYear'));
            const next = childLevel(parent.level);
            if (!next.ok) throw ValidationError.field('parentId', next.text);
            targetTypeId = (await rootOf(tx, parent)).targetTypeId;
          } else {
            if (!body.targetTypeId) throw ValidationError.field('targetTypeId', t('framework.proposalTypeRequired'));
            targetTypeId = body.targetTypeId;
          }
          await assertOwnsType(tx, ctx.actor, targetTypeId);
          data = { yearId: body.yearId, targetTypeId: targetTypeId!, kind: 'CREATE', parentId: body.parentId ?? null, after: proposed(body) };
        } else {
          const indicator = await tx.indicator.findUnique({ where: { id: body.indicatorId } });
          if (!indicator) throw ValidationError.field('indicatorId', t('common.notFound', { entity: 'indicator' }));
          await assertFrameworkEditable(tx, indicator.yearId, null);
          const { targetTypeId } = await rootOf(tx, indicator);
          await assertOwnsType(tx, ctx.actor, targetTypeId);
          if (indicator.version !== body.indicatorVersion) throw new VersionConflictError('indicator');
          data = {
            yearId: indicator.yearId,
            targetTypeId: targetTypeId!,
            kind: body.kind,
            indicatorId: indicator.id,
            indicatorVersion: indicator.version,
            before: snapshot(indicator),
            after: body.kind === 'UPDATE' ? proposed(body) : undefined,
          };
        }
        const created = await tx.frameworkProposal.create({ data: { ...data, note: body.note ?? null, proposedById: ctx.actor.accountId }, include });
        await recordAudit(tx, ctx, {
          action: 'frameworkProposals.create',
          objectType: 'FrameworkProposal',
          objectId: created.id,
          before: null,
          after: { kind: created.kind, targetTypeId: created.targetTypeId, indicatorId: created.indicatorId, parentId: created.parentId, after: created.after },
        });
        const office = await tx.account.findMany({ where: { status: 'ACTIVE', roles: { has: 'PERF_OFFICE' } }, select: { id: true } });
        await notify(
          tx,
          except(
            office.map((a) => a.id),
            ctx.actor.accountId,
          ),
          { kind: 'FRAMEWORK_PROPOSED', title: `指标修改提议：${label(created)}`, body: `${created.targetType.name}，请采纳或退回`, link: '/framework' },
        );
        return toDto(created, await parentNamesOf(tx, [created]));
      });
    },

    /** Applies the change through the same rules as a direct edit; a proposal that no longer applies changes nothing. */
    accept(ctx: RequestContext, id: string, version: number) {
      return db.$transaction(async (tx) => {
        const p = await load(tx, id);
        assertPending(p, version);
        await decide(tx, ctx, p, 'ACCEPTED', null);
        const after = p.after as ProposedIndicator | null;
        const fields = after && { code: after.code, name: after.name, description: after.description, weight: after.weightPercent, sortOrder: after.sortOrder };
        if (p.kind === 'CREATE') {
          if (p.parentId && !(await tx.indicator.findUnique({ where: { id: p.parentId } }))) throw new InvalidStateError(t('framework.proposalParentGone'));
          await createIndicatorIn(tx, ctx, { yearId: p.yearId, parentId: p.parentId, targetTypeId: p.parentId ? null : p.targetTypeId, ...fields! });
        } else {
          const indicator = p.indicatorId ? await tx.indicator.findUnique({ where: { id: p.indicatorId } }) : null;
          if (!indicator) throw new InvalidStateError(t('framework.proposalIndicatorGone'));
          if (indicator.version !== p.indicatorVersion) throw new InvalidStateError(t('framework.proposalIndicatorChanged', { name: indicator.name }));
          if (p.kind === 'UPDATE')
            await updateIndicatorIn(tx, ctx, indicator.id, { ...fields!, targetTypeId: indicator.targetTypeId, version: indicator.version });
          else await removeIndicatorIn(tx, ctx, indicator.id, indicator.version);
        }
        await recordAudit(tx, ctx, {
          action: 'frameworkProposals.accept',
          objectType: 'FrameworkProposal',
          objectId: id,
          before: { status: 'PENDING' },
          after: { status: 'ACCEPTED' },
        });
        await tellDepartment(tx, ctx, p, '采纳', null);
        return dtoOf(tx, id);
      });
    },

    reject(ctx: RequestContext, id: string, body: { version: number; reason: string }) {
      return db.$transaction(async (tx) => {
        const p = await load(tx, id);
        assertPending(p, body.version);
        await decide(tx, ctx, p, 'REJECTED', body.reason);
        await recordAudit(tx, ctx, {
          action: 'frameworkProposals.reject',
          objectType: 'FrameworkProposal',
          objectId: id,
          before: { status: 'PENDING' },
          after: { status: 'REJECTED', reason: body.reason },
        });
        await tellDepartment(tx, ctx, p, '退回', body.reason);
        return dtoOf(tx, id);
      });
    },

    /** The department takes back its own pending proposal. */
    withdraw(ctx: RequestContext, id: string, version: number) {
      return db.$transaction(async (tx) => {
        const p = await load(tx, id);
        if (p.targetType.ownerUnitId !== ctx.actor.unitId) throw new ForbiddenError(t('framework.proposalNotOwnType'));
        assertPending(p, version);
        await decide(tx, ctx, p, 'WITHDRAWN', null);
        await recordAudit(tx, ctx, {
          action: 'frameworkProposals.withdraw',
          objectType: 'FrameworkProposal',
          objectId: id,
          before: { status: 'PENDING' },
          after: { status: 'WITHDRAWN' },
        });
        return dtoOf(tx, id);
      });
    },
  };
}
