import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Db } from '../lib/db.ts';

/**
 * Chain-head anchors: `{seq, hash, at}` of the newest audit row, appended as JSON lines to a file outside
 * the database (decision 0003). The file is only ever appended to, never rewritten.
 */
const AnchorSchema = z.object({
  seq: z.string().regex(/^[1-9]\d*$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
});
export type ChainAnchor = z.infer<typeof AnchorSchema>;

export interface ChainHead {
  seq: bigint;
  hash: string;
}

/** One non-blank line of the anchor file, in file order: an anchor, or why it could not be read. */
export type AnchorLine = { line: number; anchor: ChainAnchor } | { line: number; malformed: string };

/** Parses the anchor file's text; a damaged line becomes a `malformed` entry instead of an error. */
export function parseAnchors(text: string): AnchorLine[] {
  const out: AnchorLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const line = i + 1;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      out.push({ line, malformed: '不是有效的 JSON' });
      return;
    }
    const parsed = AnchorSchema.safeParse(json);
    if (parsed.success) out.push({ line, anchor: parsed.data });
    else out.push({ line, malformed: `字段 ${parsed.error.issues.map((e) => e.path.join('.') || '(整行)').join('、')} 格式不符` });
  });
  return out;
}

/** The anchors in `file`; none when it does not exist yet. */
export async function readAnchors(file: string): Promise<AnchorLine[]> {
  try {
    return parseAnchors(await readFile(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

export async function appendAnchor(file: string, anchor: ChainAnchor): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(anchor)}\n`, { flag: 'a' });
}

export async function readChainHead(db: Db): Promise<ChainHead | null> {
  return db.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
}

/** Appends an anchor for `head` unless the file's last anchor already is that head. Returns what it wrote. */
export async function anchorHead(file: string, head: ChainHead, now: Date): Promise<ChainAnchor | null> {
  const last = (await readAnchors(file)).findLast((l) => 'anchor' in l);
  const seq = head.seq.toString();
  if (last && 'anchor' in last && last.anchor.seq === seq && last.anchor.hash === head.hash) return null;
  const anchor = { seq, hash: head.hash, at: now.toISOString() };
  await appendAnchor(file, anchor);
  return anchor;
}

/** The periodic job: anchors the current chain head if it moved since the last anchor. */
export async function anchorCurrentHead(db: Db, file: string, now: Date): Promise<ChainAnchor | null> {
  const head = await readChainHead(db);
  return head ? anchorHead(file, head, now) : null;
}
