import type { AuditEvent } from '@jx/db';
import type { Db } from '../lib/db.ts';
import { chainHash, GENESIS_HASH, type ChainedContent } from './canonical.ts';
import type { ChainHead } from './anchor-chain.ts';
import { verifyAnchors, type AnchorVerification } from './verify-anchors.ts';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: string | null;
  problem: string | null;
  anchors: AnchorVerification;
  /** The last row verified, when the whole chain verified (what a successful verify anchors). */
  verifiedHead: ChainHead | null;
}

/** What a stored row's hash covers, exactly as `recordAudit` hashed it. */
export function chainedContentOf(row: AuditEvent): ChainedContent {
  return {
    seq: row.seq.toString(),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorUsername: row.actorUsername,
    actorRoles: row.actorRoles,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    before: row.before ?? null,
    after: row.after ?? null,
    outcome: row.outcome,
    reason: row.reason,
    ip: row.ip,
    requestId: row.requestId,
  };
}

type RowsVerification = Omit<ChainVerification, 'anchors'>;

const BATCH = 2000;

/**
 * Recomputes every row's hash from its content and its predecessor (finds edits, deletions and insertions),
 * then checks the chain heads anchored in `anchorFile` (finds a deleted tail or a rehashed chain).
 */
export async function verifyAuditChain(db: Db, anchorFile?: string): Promise<ChainVerification> {
  const [rows, anchors] = await Promise.all([verifyRows(db), verifyAnchors(db, anchorFile)]);
  return { ...rows, ok: rows.ok && !anchors.problem, anchors };
}

async function verifyRows(db: Db): Promise<RowsVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { seq: { gte: expectedSeq } }, orderBy: { seq: 'asc' }, take: BATCH });
    if (rows.length === 0) break;
    for (const row of rows) {
      const broken = (problem: string) => ({ ok: false, checked, firstBrokenSeq: row.seq.toString(), problem, verifiedHead: null });
      if (row.seq !== expectedSeq) return { ...broken(`第 ${expectedSeq} 条记录缺失`), firstBrokenSeq: expectedSeq.toString() };
      if (row.prevHash !== prevHash) return broken('前序哈希不匹配（记录被删除或插入）');
      const hash = chainHash(prevHash, chainedContentOf(row));
      if (hash !== row.hash) return broken('记录内容与哈希不符（记录被篡改）');
      prevHash = row.hash;
      expectedSeq = row.seq + 1n;
      checked++;
    }
  }
  const verifiedHead = checked ? { seq: expectedSeq - 1n, hash: prevHash } : null;
  return { ok: true, checked, firstBrokenSeq: null, problem: null, verifiedHead };
}
