import {
  canStartFrom,
  checkSiblingWeights,
  TARGET_TRANSITIONS,
  type BulkResult,
  type TargetAction,
  type TargetSnapshot,
  type TargetStatus,
} from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { AppError, ConflictError, ForbiddenError, InvalidStateError, t as msg, VersionConflictError, type ErrorText } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { auditableTarget, snapshotOf, toTargetDetailDto, type TargetDetailRow } from './target.mapper.ts';
import { assertAllowed, canAssign, canDraft, canPublish, canReview } from './target.policy.ts';
import { loadTarget, readableTarget } from './target.service.ts';
import { runTransition } from '../../lib/workflow/run-transition.ts';
import { contentData, replaceChildren } from './target.write.ts';
import { except, notify, reviewerIds, unitAdminIds } from '../notifications/notify.ts';

type TransitionName = Exclude<TargetAction, 'edit' | 'delete'>;

interface Transition {
  action: string;
  /** The row of the contract's table (TARGET_TRANSITIONS); it also names the action in a refusal (`targetAction.<name>`). */
  name: TransitionName;
  allowed: (actor: Actor, t: TargetDetailRow) => boolean;
  denied: ErrorText;
  reason?: string;
  /** Extra checks (after scope and state, before the version) and writes in the same transaction. */
  check?: (tx: Tx, t: TargetDetailRow) => Promise<void>;
  write?: (tx: Tx, t: TargetDetailRow, ctx: RequestContext) => Promise<Partial<Prisma.TargetUpdateManyMutationInput>>;
  /**
   * 站内消息 (never to the actor), in the same transaction: by default to the unit's admins and the target's creator;
   * `to: 'reviewers'` tells those who review the target (its type's owning department and the performance office).
   */
  notice?: { kind: 'TARGET_RETURNED' | 'TARGET_APPROVED' | 'TARGET_PUBLISHED' | 'TARGET_SUBMITTED'; title: string; to?: 'reviewers' };
}

/** The year's indicator tree must be whole (every sibling set 100 %) before its targets are published (decision 0005). */
async function assertTreeValid(tx: Tx, yearId: string) {
  const rows = await tx.indicator.findMany({ where: { yearId }, select: { parentId: true, weightBp: true } });
  const sets = new Map<string | null, number[]>();
  for (const r of rows) sets.set(r.parentId, [...(sets.get(r.parentId) ?? []), r.weightBp]);
  if ([...sets.values()].some((w) => !checkSiblingWeights(w).valid)) {
    throw new InvalidStateError(msg('targets.treeWeightsInvalid'));
  }
}

export function createTargetWorkflow(db: Db) {
  /** One state change of a target (runTransition), then the revision in progress follows the working copy's status. */
  async function run(ctx: RequestContext, id: string, version: number, spec: Transition) {
    const to = TARGET_TRANSITIONS[spec.name].to!;
    const after = await runTransition<TargetDetailRow, TargetStatus>(db, ctx, version, {
      entity: 'target',
      objectType: 'Target',
      action: spec.action,
      transition: TARGET_TRANSITIONS[spec.name],
      load: (tx) => readableTarget(tx, ctx.actor, id),
      status: (t) => t.status,
      allowed: (t) => spec.allowed(ctx.actor, t),
      denied: spec.denied,
      wrongState: (t) => msg('targets.notAllowedInStatus', { targetStatus: t.status, targetAction: spec.name }),
      async check(tx, t) {
        await spec.check?.(tx, t);
      },
      async update(tx, t, guard) {
        const extra = (await spec.write?.(tx, t, ctx)) ?? {};
        return tx.target.updateMany({
          where: { id, ...guard },
          data: { status: to, returnReason: to === 'RETURNED' ? spec.reason! : null, ...extra, version: { increment: 1 } },
        });
      },
      async afterUpdate(tx, before) {
        if (to !== 'PUBLISHED' && before.publishedRevisionNo !== null && before.status !== 'PUBLISHED') {
          await tx.targetRevision.updateMany({ where: { targetId: id, revisionNo: before.publishedRevisionNo + 1 }, data: { status: to } });
        }
      },
      reload: async (tx) => (await loadTarget(tx, id))!,
      auditable: auditableTarget,
      reason: spec.reason ?? null,
      async notify(tx, _before, after) {
        if (spec.notice?.to === 'reviewers') {
          const to = except(await reviewerIds(tx, after.targetType.ownerUnitId), ctx.actor.accountId);
          await notify(tx, to, {
            kind: spec.notice.kind,
            title: `${spec.notice.title}：${after.title}`,
            body: `${after.unit.name}提交，请审核`,
            link: `/targets/${id}`,
          });
        } else if (spec.notice) {
          const to = except([...(await unitAdminIds(tx, after.unitId)), ...(after.createdById ? [after.createdById] : [])], ctx.actor.accountId);
          await notify(tx, to, { kind: spec.notice.kind, title: `${spec.notice.title}：${after.title}`, body: spec.reason, link: `/targets/${id}` });
        }
      },
    });
    return toTargetDetailDto(after);
  }

  const submit = (ctx: RequestContext, id: string, version: number) =>
    run(ctx, id, version, {
      action: 'targets.submit',
      name: 'submit',
      allowed: canDraft,
      denied: msg('targets.submitForbidden'),
      notice: { kind: 'TARGET_SUBMITTED', title: '目标待审核', to: 'reviewers' },
    });

  const approve = (ctx: RequestContext, id: string, version: number) =>
    run(ctx, id, version, {
      action: 'targets.approve',
      name: 'approve',
      allowed: canReview,
      denied: msg('targets.approveForbidden'),
      notice: { kind: 'TARGET_APPROVED', title: '目标已审核通过' },
    });

  const ret = (ctx: RequestContext, id: string, version: number, reason: string) =>
    run(ctx, id, version, {
      action: 'targets.return',
      name: 'return',
      allowed: canReview,
      denied: msg('targets.returnForbidden'),
      reason,
      notice: { kind: 'TARGET_RETURNED', title: '目标被退回' },
    });

  const publish = (ctx: RequestContext, id: string, version: number) =>
    run(ctx, id, version, {
      action: 'targets.publish',
      name: 'publish',
      allowed: (actor) => canPublish(actor),
      denied: msg('targets.publishForbidden'),
      notice: { kind: 'TARGET_PUBLISHED', title: '目标已发布' },
      check: (tx, t) => assertTreeValid(tx, t.yearId),
      // Every publish keeps a revision: the first one creates revision 1, a revision in progress becomes the one in force.
      async write(tx, t, c) {
        const revisionNo = (t.publishedRevisionNo ?? 0) + 1;
        const snapshot = snapshotOf(t) as unknown as Prisma.InputJsonValue;
        if (t.publishedRevisionNo === null) {
          await tx.targetRevision.create({
            data: { targetId: t.id, revisionNo, snapshot, status: 'PUBLISHED', reason: '首次发布', createdById: c.actor.accountId, publishedAt: c.now },
          });
        } else {
          await tx.targetRevision.update({
            where: { targetId_revisionNo: { targetId: t.id, revisionNo } },
            data: { snapshot, status: 'PUBLISHED', publishedAt: c.now },
          });
        }
        return { publishedRevisionNo: revisionNo };
      },
    });

  /** 修订: the working copy goes back to DRAFT and through review again; the published revision stays in force. */
  const revise = (ctx: RequestContext, id: string, version: number, reason: string) =>
    run(ctx, id, version, {
      action: 'targets.revise',
      name: 'revise',
      allowed: canDraft,
      denied: msg('targets.reviseForbidden'),
      reason,
      async check(tx, t) {
        const year = await tx.year.findUniqueOrThrow({ where: { id: t.yearId } });
        if (year.status === 'CLOSED') throw new InvalidStateError(msg('targets.yearClosedRevise', { yearName: year.name }));
      },
      async write(tx, t, c) {
        await tx.targetRevision.create({
          data: {
            targetId: t.id,
            revisionNo: t.publishedRevisionNo! + 1,
            snapshot: snapshotOf(t) as unknown as Prisma.InputJsonValue,
            status: 'DRAFT',
            reason,
            createdById: c.actor.accountId,
          },
        });
        return {};
      },
    });

  /**
   * 撤销修订: drops the revision in progress (DRAFT, RETURNED or SUBMITTED; an APPROVED one is the reviewers' to return
   * first) and puts the working copy back to the published revision in force — content, plan and responsible persons
   * from its snapshot — with status PUBLISHED. The dropped revision's row goes (its number is reused by the next
   * revision); the audit event keeps what the working copy held.
   */
  const cancelRevision = (ctx: RequestContext, id: string, version: number) =>
    run(ctx, id, version, {
      action: 'targets.cancelRevision',
      name: 'cancelRevision',
      allowed: canDraft,
      denied: msg('targets.cancelRevisionForbidden'),
      async check(_tx, t) {
        if (t.publishedRevisionNo === null) throw new InvalidStateError(msg('targets.noRevisionToCancel'));
        if (!t.revisions.some((r) => r.revisionNo === t.publishedRevisionNo)) throw new InvalidStateError(msg('targets.revisionInForceMissing'));
      },
      async write(tx, t) {
        const inForce = t.revisions.find((r) => r.revisionNo === t.publishedRevisionNo)!.snapshot as unknown as TargetSnapshot;
        await replaceChildren(tx, t.id, inForce);
        await tx.targetRevision.deleteMany({ where: { targetId: t.id, revisionNo: { gt: t.publishedRevisionNo! } } });
        return contentData(inForce);
      },
    });

  /**
   * Deletes a target that was never published (DRAFT or RETURNED, no revision in force), by whoever may edit it; a
   * target handed down (下达 / 专项工作) only by the department that owns its type or the office, not by the unit.
   * 404 → 403 → 409 state → 409 version → 409 when documents or comments hang on it. Audited with the before image.
   */
  function remove(ctx: RequestContext, id: string, version: number) {
    return db.$transaction(async (tx) => {
      const before = await readableTarget(tx, ctx.actor, id);
      assertAllowed(canDraft(ctx.actor, before), msg('targets.deleteForbidden'));
      if (before.origin !== 'DECLARED' && !canAssign(ctx.actor, before.targetType.ownerUnitId)) {
        throw new ForbiddenError(msg('targets.deleteAssignedForbidden'));
      }
      if (before.publishedRevisionNo !== null) throw new InvalidStateError(msg('targets.deletePublished'));
      if (!canStartFrom(TARGET_TRANSITIONS, 'delete', before.status)) {
        throw new InvalidStateError(msg('targets.deleteNotInStatus', { targetStatus: before.status }));
      }
      if (before.version !== version) throw new VersionConflictError('target');
      const documents = await tx.document.count({ where: { targetId: id } });
      const comments = await tx.comment.count({ where: { targetId: id } });
      if (documents) throw new ConflictError(msg('targets.deleteHasDocuments', { count: documents }));
      if (comments) throw new ConflictError(msg('targets.deleteHasComments', { count: comments }));
      assertUpdated(await tx.target.deleteMany({ where: { id, version, status: before.status, publishedRevisionNo: null } }), 'target');
      await recordAudit(tx, ctx, { action: 'targets.delete', objectType: 'Target', objectId: id, before: auditableTarget(before), after: null });
      return { ok: true as const };
    });
  }

  /** Each item in its own transaction: one stale or refused item does not block the others. */
  async function bulk(
    ctx: RequestContext,
    items: { id: string; version: number }[],
    action: string,
    one: (id: string, version: number) => Promise<{ status: TargetStatus; version: number }>,
  ): Promise<BulkResult> {
    const results: BulkResult['results'] = [];
    for (const item of items) {
      try {
        const t = await one(item.id, item.version);
        results.push({ id: item.id, ok: true, status: t.status, version: t.version, error: null });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        if (e.status === 403) {
          await db.$transaction((tx) => recordAudit(tx, ctx, { action, objectType: 'Target', objectId: item.id, outcome: 'DENIED', reason: e.message }));
        }
        results.push({
          id: item.id,
          ok: false,
          status: null,
          version: null,
          error: { code: e.code, message: e.message, ...(e.key ? { key: e.key, ...(e.params ? { params: e.params } : {}) } : {}) },
        });
      }
    }
    const succeeded = results.filter((r) => r.ok).length;
    return { results, succeeded, failed: results.length - succeeded };
  }

  return {
    submit,
    approve,
    return: ret,
    publish,
    revise,
    cancelRevision,
    remove,
    bulkPublish: (ctx: RequestContext, items: { id: string; version: number }[]) => bulk(ctx, items, 'targets.bulkPublish', (id, v) => publish(ctx, id, v)),
    bulkApprove: (ctx: RequestContext, items: { id: string; version: number }[]) => bulk(ctx, items, 'targets.bulkApprove', (id, v) => approve(ctx, id, v)),
    bulkReturn: (ctx: RequestContext, items: { id: string; version: number }[], reason: string) =>
      bulk(ctx, items, 'targets.bulkReturn', (id, v) => ret(ctx, id, v, reason)),
  };
}
