import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorHead, parseAnchors, readAnchors } from './anchor-chain.ts';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const line = (seq: string, hash: string, at = '2026-03-02T01:00:00.000Z') => JSON.stringify({ seq, hash, at });

describe('parseAnchors', () => {
  it('reads one anchor per line, numbering lines from 1 and skipping blank ones', () => {
    expect(parseAnchors(`${line('3', H1)}\n\n${line('7', H2)}\n`)).toEqual([
      { line: 1, anchor: { seq: '3', hash: H1, at: '2026-03-02T01:00:00.000Z' } },
      { line: 3, anchor: { seq: '7', hash: H2, at: '2026-03-02T01:00:00.000Z' } },
    ]);
    expect(parseAnchors('')).toEqual([]);
  });

  it('reports a damaged line, with its number, and still reads the lines after it', () => {
    const parsed = parseAnchors(`${line('3', H1)}\n{"seq":"4","ha\n${line('7', H2)}`);
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual({ line: 2, malformed: '不是有效的 JSON' });
    expect(parsed[2]).toMatchObject({ line: 3, anchor: { seq: '7' } });
  });

  it('refuses a line whose fields are not a seq, a sha256 hex hash and a time', () => {
    for (const bad of [line('0', H1), line('x', H1), line('3', 'abc'), line('3', H1, 'yesterday'), '[]', '42']) {
      const [only] = parseAnchors(bad);
      expect(only, bad).toMatchObject({ line: 1, malformed: expect.stringContaining('格式不符') });
    }
    expect(parseAnchors(line('3', 'A'.repeat(64)))[0]).toMatchObject({ malformed: expect.stringContaining('hash') });
  });
});

describe('anchorHead', () => {
  const now = new Date('2026-03-02T02:00:00.000Z');

  it('creates the file (and its folder), then appends only when the head moved', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jx-anchors-')), 'sub', 'audit-anchors.jsonl');
    expect(await readAnchors(file)).toEqual([]);

    expect(await anchorHead(file, { seq: 5n, hash: H1 }, now)).toEqual({ seq: '5', hash: H1, at: now.toISOString() });
    expect(await anchorHead(file, { seq: 5n, hash: H1 }, now)).toBeNull();
    expect(await anchorHead(file, { seq: 6n, hash: H2 }, now)).not.toBeNull();
    // Same seq with another hash (the head was rewritten): a new anchor, the old one stays.
    expect(await anchorHead(file, { seq: 6n, hash: H1 }, now)).not.toBeNull();

    expect(
      readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).seq),
    ).toEqual(['5', '6', '6']);
  });
});
