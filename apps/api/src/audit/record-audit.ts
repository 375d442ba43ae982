import type { Tx } from '../lib/db.ts';
import type { RequestContext } from '../lib/context.ts';
import { chainHash, GENESIS_HASH, toJsonValue } from './canonical.ts';
import { changedFields } from './changes.ts';

/** Any constant: every audit writer takes this transaction-scoped lock, so the chain never forks. */
const AUDIT_CHAIN_LOCK = 7_310_042;

export interface AuditInput {
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  outcome?: 'SUCCESS' | 'DENIED';
  reason?: string | null;
}

type AuditActor = Pick<RequestContext, 'ip' | 'requestId' | 'now'> & {
  actor: { accountId: string; username: string; roles: string[] } | null;
};

/**
 * Appends one hash-chained audit event inside the caller's transaction, so the change and its record
 * commit or roll back together. Before/after keep only the fields that changed.
 */
export async function recordAudit(tx: Tx, ctx: AuditActor, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  const seq = (last?.seq ?? 0n) + 1n;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const diff =
    input.before !== undefined || input.after !== undefined ? changedFields(input.before ?? null, input.after ?? null) : { before: null, after: null };
  const content = {
    seq: seq.toString(),
    at: ctx.now.toISOString(),
    actorId: ctx.actor?.accountId ?? null,
    actorUsername: ctx.actor?.username ?? null,
    actorRoles: ctx.actor?.roles ?? [],
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId ?? null,
    before: toJsonValue(diff.before),
    after: toJsonValue(diff.after),
    outcome: input.outcome ?? 'SUCCESS',
    reason: input.reason ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
  };
  await tx.auditEvent.create({
    data: {
      ...content,
      seq,
      at: ctx.now,
      before: content.before ?? undefined,
      after: content.after ?? undefined,
      outcome: content.outcome,
      prevHash,
      hash: chainHash(prevHash, content),
    },
  });
}
