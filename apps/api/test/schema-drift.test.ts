import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { databaseUrl, pendingSchemaSql } from '@jx/db';
import { TEMPLATE_DB } from './helpers/constants.ts';

describe('migrations', () => {
  it('cover every change in prisma/schema.prisma (run `pnpm db:diff <name>` when this fails)', async () => {
    const sql = await pendingSchemaSql(databaseUrl(inject('pgServerUrl'), TEMPLATE_DB));
    expect(sql).toBe('');
  });
});
