import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH } from './canonical.ts';
import { changedFields } from './changes.ts';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe('chainHash', () => {
  const content = {
    seq: '1',
    at: '2026-03-02T01:00:00.000Z',
    actorId: null,
    actorUsername: 'admin',
    actorRoles: ['SYS_ADMIN'],
    action: 'units.create',
    objectType: 'Unit',
    objectId: 'u1',
    before: null,
    after: { name: '公路局' },
    outcome: 'SUCCESS',
    reason: null,
    ip: '127.0.0.1',
    requestId: 'r1',
  };
  it('changes when any field or the predecessor changes', () => {
    const h = chainHash(GENESIS_HASH, content);
    expect(chainHash(GENESIS_HASH, { ...content, after: { name: '公路局 ' } })).not.toBe(h);
    expect(chainHash('1'.repeat(64), content)).not.toBe(h);
    expect(chainHash(GENESIS_HASH, { ...content })).toBe(h);
  });
});

describe('changedFields', () => {
  it('keeps only the fields that differ and never the password hash', () => {
    const d = changedFields(
      { name: 'a', code: 'x', passwordHash: 'h1', updatedAt: new Date(1) },
      { name: 'b', code: 'x', passwordHash: 'h2', updatedAt: new Date(2) },
    );
    expect(d).toEqual({ before: { name: 'a' }, after: { name: 'b' } });
  });
  it('records a creation as after-only and a deletion as before-only', () => {
    expect(changedFields(null, { name: 'a' })).toEqual({ before: null, after: { name: 'a' } });
    expect(changedFields({ name: 'a' }, null)).toEqual({ before: { name: 'a' }, after: null });
  });
});
