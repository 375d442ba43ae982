import type { EntityName, Transition } from '@jx/contract';
import type { Db, Tx } from '../db.ts';
import type { RequestContext } from '../context.ts';
import { ForbiddenError, InvalidStateError, VersionConflictError, type ErrorText } from '../errors.ts';
import { assertUpdated } from '../versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';

/** One state change of one record, as its service describes it; `runTransition` does the rest the same way for all. */
export interface TransitionRun<Row extends { id: string; version: number }, S extends string> {
  /** The record's entity (404 and stale-version messages) and its audit object type. */
  entity: EntityName;
  objectType: string;
  /** The audit action, e.g. `targets.submit`. */
  action: string;
  /** The transition's row of the contract's table: the states it starts from and the one it leads to. */
  transition: Transition<S>;
  /** Loads the record within the actor's read scope: 404 when it does not exist, 403 when it is out of scope (`findReadable`). */
  load: (tx: Tx) => Promise<Row>;
  status: (row: Row) => S;
  /** The policy's yes/no for this actor on this record, and what a refusal says. */
  allowed: (row: Row) => boolean;
  denied: ErrorText;
  /** What a wrong state says (the record's state and the action, as labels). */
  wrongState: (row: Row) => ErrorText;
  /** Further checks after scope and state, before the version (e.g. the indicator tree is whole). */
  check?: (tx: Tx, row: Row) => Promise<void>;
  /** The write, guarded by id, version and state, so a concurrent writer that got there first makes it change nothing. */
  update: (tx: Tx, row: Row, guard: { version: number; status: S }) => Promise<{ count: number }>;
  /** Writes that follow the update in the same transaction (a revision in progress, …). */
  afterUpdate?: (tx: Tx, before: Row) => Promise<void>;
  reload: (tx: Tx) => Promise<Row>;
  /** The record as the audit log keeps it, before and after. */
  auditable: (row: Row) => Record<string, unknown>;
  reason?: string | null;
  /** 站内消息 and other consequences, in the same transaction. */
  notify?: (tx: Tx, before: Row, after: Row) => Promise<void>;
}

/**
 * One state change, always in this order: 404 → 403 (scope, then the policy) → 409 INVALID_STATE → 409
 * VERSION_CONFLICT, all before anything is written; then the guarded update, what follows it, the audit event and the
 * notifications, all in one transaction (DESIGN §4).
 */
export function runTransition<Row extends { id: string; version: number }, S extends string>(
  db: Db,
  ctx: RequestContext,
  version: number,
  run: TransitionRun<Row, S>,
): Promise<Row> {
  return db.$transaction(async (tx) => {
    const before = await run.load(tx);
    if (!run.allowed(before)) throw new ForbiddenError(run.denied);
    const status = run.status(before);
    if (!run.transition.from.includes(status)) throw new InvalidStateError(run.wrongState(before));
    await run.check?.(tx, before);
    if (before.version !== version) throw new VersionConflictError(run.entity);
    assertUpdated(await run.update(tx, before, { version, status }), run.entity);
    await run.afterUpdate?.(tx, before);
    const after = await run.reload(tx);
    await recordAudit(tx, ctx, {
      action: run.action,
      objectType: run.objectType,
      objectId: before.id,
      before: run.auditable(before),
      after: run.auditable(after),
      reason: run.reason ?? null,
    });
    await run.notify?.(tx, before, after);
    return after;
  });
}
