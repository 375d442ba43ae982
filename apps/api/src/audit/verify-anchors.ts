import type { AnchorProblem } from '@jx/contract';
import type { Db } from '../lib/db.ts';
import { readAnchors, readChainHead, type AnchorLine } from './anchor-chain.ts';

export interface AnchorVerification {
  checked: number;
  lastAnchoredSeq: string | null;
  problem: AnchorProblem | null;
}

const BATCH = 1000;

/** The stored hash of every anchored seq that still exists. */
async function hashesOf(db: Db, seqs: bigint[]): Promise<Map<bigint, string>> {
  const found = new Map<bigint, string>();
  for (let i = 0; i < seqs.length; i += BATCH) {
    const rows = await db.auditEvent.findMany({ where: { seq: { in: seqs.slice(i, i + BATCH) } }, select: { seq: true, hash: true } });
    for (const r of rows) found.set(r.seq, r.hash);
  }
  return found;
}

/**
 * Every anchor must still name an existing row with the same hash. A deleted tail shows as an anchor beyond
 * the head; a row rewritten with all later hashes recomputed shows as a hash that no longer matches.
 */
export async function checkAnchors(db: Db, lines: AnchorLine[]): Promise<AnchorVerification> {
  const anchors = lines.flatMap((l) => ('anchor' in l ? [l.anchor] : []));
  const seqs = [...new Set(anchors.map((a) => BigInt(a.seq)))];
  const [hashes, head] = await Promise.all([hashesOf(db, seqs), readChainHead(db)]);
  const headSeq = head?.seq ?? 0n;
  const lastAnchoredSeq = seqs.length ? seqs.reduce((a, b) => (b > a ? b : a)).toString() : null;

  let checked = 0;
  for (const l of lines) {
    const problem = (kind: AnchorProblem['kind'], seq: string | null, message: string) => ({
      checked,
      lastAnchoredSeq,
      problem: { line: l.line, seq, kind, message },
    });
    if ('malformed' in l) return problem('MALFORMED', null, `锚点文件第 ${l.line} 行无法读取：${l.malformed}`);
    const { seq, hash, at } = l.anchor;
    const stored = hashes.get(BigInt(seq));
    if (stored === undefined) {
      return BigInt(seq) > headSeq
        ? problem('MISSING', seq, `锚点记录了第 ${seq} 条，但数据库最新只到第 ${headSeq} 条：末尾的审计记录被删除`)
        : problem('MISSING', seq, `锚点记录了第 ${seq} 条，但数据库中已没有这一条：审计记录被删除`);
    }
    if (stored !== hash) {
      return problem('HASH_MISMATCH', seq, `第 ${seq} 条的哈希与 ${at} 写下的锚点不符：这一条或之前的记录被改写`);
    }
    checked++;
  }
  return { checked, lastAnchoredSeq, problem: null };
}

export async function verifyAnchors(db: Db, file: string | undefined): Promise<AnchorVerification> {
  return checkAnchors(db, file ? await readAnchors(file) : []);
}
