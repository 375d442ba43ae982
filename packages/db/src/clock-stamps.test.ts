import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOCK_STAMPS } from './clock-stamps.ts';

/** Per model, the fields prisma/schema.prisma fills with the database's `now()` and with `@updatedAt`. */
function stampsInSchema() {
  const schema = readFileSync(new URL('../../../prisma/schema.prisma', import.meta.url), 'utf8');
  const out: Record<string, { created: string[]; updated: string[] }> = {};
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const created: string[] = [];
    const updated: string[] = [];
    for (const line of m[2]!.split('\n')) {
      const field = /^\s+(\w+)\s+DateTime/.exec(line)?.[1];
      if (!field) continue;
      if (line.includes('@default(now())')) created.push(field);
      if (line.includes('@updatedAt')) updated.push(field);
    }
    if (created.length || updated.length) out[m[1]!] = { created, updated };
  }
  return out;
}

describe('clock stamps', () => {
  it('lists exactly the time columns the schema fills by itself, so none of them takes the real clock', () => {
    const expected = stampsInSchema();
    const listed = Object.fromEntries(Object.entries(CLOCK_STAMPS).map(([k, v]) => [k, { created: [...v.created].sort(), updated: [...v.updated].sort() }]));
    for (const v of Object.values(expected)) {
      v.created.sort();
      v.updated.sort();
    }
    expect(listed).toEqual(expected);
  });
});
