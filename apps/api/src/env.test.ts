import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

describe('loadEnv', () => {
  it('defaults to demo mode on port 3000 with an embedded database', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ APP_MODE: 'demo', PORT: 3000, DATA_DIR: '.data' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUDIT_ANCHOR_FILE, 'server.ts then uses <DATA_DIR>/audit-anchors.jsonl').toBeUndefined();
  });
  it('refuses production mode without a JWT secret', () => {
    expect(() => loadEnv({ APP_MODE: 'production' })).toThrow(/JWT_SECRET/);
  });
  it('names the variable that is wrong', () => {
    expect(() => loadEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadEnv({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadEnv({ AUDIT_ANCHOR_FILE: '  ' })).toThrow(/AUDIT_ANCHOR_FILE/);
  });
});
