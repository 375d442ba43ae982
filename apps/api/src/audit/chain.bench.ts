import { bench, describe } from 'vitest';
import { chainHash, GENESIS_HASH } from './canonical.ts';
import { changedFields } from './changes.ts';

// The verifier recomputes one hash per audit row: this is its CPU cost per 10,000 rows.
const rows = Array.from({ length: 10_000 }, (_, i) => ({
  seq: String(i + 1),
  at: new Date(1_790_000_000_000 + i * 1000).toISOString(),
  actorId: '0ebd9b8d-92d3-5226-ae0c-c6dc100e8637',
  actorUsername: 'admin',
  actorRoles: ['SYS_ADMIN'],
  action: 'persons.transfer',
  objectType: 'Person',
  objectId: `p-${i}`,
  before: { unitId: 'a', position: '科员', status: 'ACTIVE' },
  after: { unitId: 'b', position: '副科长', status: 'ACTIVE' },
  outcome: 'SUCCESS',
  reason: null,
  ip: '10.0.0.1',
  requestId: `r-${i}`,
}));

describe('audit chain', () => {
  bench('hash 10,000 audit rows (verifier CPU cost)', () => {
    let prev = GENESIS_HASH;
    for (const row of rows) prev = chainHash(prev, row);
  });
  bench('diff a 12-field record 10,000 times', () => {
    for (let i = 0; i < 10_000; i++) {
      changedFields(
        { name: '公路局', code: 'DU-GLJ', sortOrder: i, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, active: true },
        { name: '公路局', code: 'DU-GLJ', sortOrder: i + 1, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, active: false },
      );
    }
  });
});
