import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { expectErrorShape } from './error-shape.ts';
import { classifyDbError } from '../../src/lib/db-errors.ts';

/** The probes that once reached PostgreSQL and came back as 500: now each is a 400 naming the field. */
describe('a NUL character or an out-of-range number is a 400 naming the field, never a 500', async () => {
  const t = await createTestApp();
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  const issuePaths = (res: { json(): unknown }) =>
    ((res.json() as { error: { details?: { issues?: { path: string }[] } } }).error.details?.issues ?? []).map((i) => i.path);

  it('in a query string (a search term)', async () => {
    const res = await t.as('perf')({ method: 'GET', url: '/api/targets?q=a%00b' });
    expectErrorShape(res);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(issuePaths(res)).toEqual(['q']);
    expect(res.json().error.message).toContain('空字符');
  });

  it('in a JSON body, and an integer beyond 2^31 − 1 beside it', async () => {
    const res = await t.as('perf')({ method: 'PATCH', url: '/api/auth/me', payload: { displayName: 'a\u0000b', version: 2147483648 } });
    expectErrorShape(res);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(issuePaths(res).sort()).toEqual(['displayName', 'version']);
    const me = await t.db.account.findUniqueOrThrow({ where: { username: 'perf' } });
    expect(me.displayName).not.toContain('\u0000');
  });

  it('in a query number (a document version)', async () => {
    const res = await t.as('perf')({ method: 'GET', url: `/api/documents/${crypto.randomUUID()}?version=2147483648` });
    expectErrorShape(res);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(issuePaths(res)).toEqual(['version']);
  });

  it('deep inside a body (a milestone of a target)', async () => {
    const tg = await fx.target();
    const res = await t.as('unit.chengdu')({
      method: 'PATCH',
      url: `/api/targets/${tg.id}`,
      payload: {
        title: '标题',
        content: '内容',
        measures: '措施',
        deadline: '2026-12-31',
        expectedResult: '效果',
        maxScore: '3',
        milestones: [{ period: 'M12', plannedPercent: 9_007_199_254_740_991 }],
        indicatorId: tg.indicatorId,
        version: 1,
      },
    });
    expectErrorShape(res);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(issuePaths(res)).toContain('milestones.0.plannedPercent');
  });

  it('at login, unauthenticated: a 400, and the attempt is in the login log', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a\u0000b', password: 'x' } });
    expectErrorShape(res);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const logged = await t.db.loginEvent.findFirst({ where: { reason: 'MALFORMED_REQUEST' }, orderBy: { at: 'desc' } });
    expect(logged).toMatchObject({ username: 'ab', outcome: 'FAILURE' });
  });

  it('in an uploaded file name', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const boundary = '----jx';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000b.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      Buffer.from('PK'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.as('unit.chengdu')({
      method: 'POST',
      url: `/api/targets/${tg.id}/documents`,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode).toBe(400);
    expect(await t.db.document.count({ where: { targetId: tg.id } })).toBe(0);
  });
});

describe('classifyDbError: what a database error means for the caller', () => {
  it('a data exception (SQLSTATE class 22) is the caller’s input; an unreachable or restarting server is a 503; the rest is a bug', () => {
    expect(classifyDbError({ code: 'P2020' })).toBe('data');
    expect(classifyDbError({ name: 'DriverAdapterError', cause: { originalCode: '22021', kind: 'postgres' } })).toBe('data');
    expect(classifyDbError({ code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '22P05' } } } })).toBe('data');
    expect(classifyDbError({ code: 'P1001' })).toBe('unavailable');
    expect(classifyDbError({ cause: { originalCode: '57P01' } })).toBe('unavailable');
    expect(classifyDbError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe('unavailable');
    expect(classifyDbError({ code: 'P2002' })).toBeNull();
    expect(classifyDbError(new TypeError('x is undefined'))).toBeNull();
  });
});
