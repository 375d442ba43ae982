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
  it('takes APP_DATABASE_URL only beside DATABASE_URL, with a user other than the owner', () => {
    const owner = 'postgresql://owner:pw@db:5432/mubiao';
    expect(loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgresql://jx_app:pw@db:5432/mubiao' }).APP_DATABASE_URL).toContain('jx_app');
    expect(() => loadEnv({ APP_DATABASE_URL: 'postgresql://jx_app:pw@db:5432/mubiao' })).toThrow(/APP_DATABASE_URL: 需要同时设置 DATABASE_URL/);
    expect(() => loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgresql://db:5432/mubiao' })).toThrow(/APP_DATABASE_URL: 必须包含用户名/);
    expect(() => loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgresql://owner:pw@db:5432/mubiao' })).toThrow(/APP_DATABASE_URL: 用户名不能与/);
    expect(() => loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'mysql://x' })).toThrow(/APP_DATABASE_URL/);
  });
  it('takes CLOCK_START as an instant with its offset, and never in production mode', () => {
    expect(loadEnv({ CLOCK_START: '2026-09-15T10:00:00+08:00' }).CLOCK_START?.toISOString()).toBe('2026-09-15T02:00:00.000Z');
    expect(() => loadEnv({ CLOCK_START: '2026-09-15' })).toThrow(/CLOCK_START/);
    expect(() => loadEnv({ APP_MODE: 'production', JWT_SECRET: 'x'.repeat(32), CLOCK_START: '2026-09-15T10:00:00+08:00' })).toThrow(/CLOCK_START: 仅用于测试/);
  });
});
