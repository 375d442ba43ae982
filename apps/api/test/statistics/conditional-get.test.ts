import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

describe('决策分析 reads answer an unchanged repeat with 304', async () => {
  const t = await createTestApp({ now: bj('2026-07-15T10:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  await db.account.updateMany({ data: { passwordChangedAt: bj('2026-07-01T09:00:00') } });
  const cd = await db.unit.findUniqueOrThrow({ where: { id: seeded.unitId('CITY-CD') } });
  const unit = await db.unit.create({ data: { code: 'CITY-ETAG', name: '缓存测试市交通运输局', kind: cd.kind, parentId: cd.parentId } });
  const target = await fx.target({ status: 'PUBLISHED', milestones: [{ period: 'M06', plannedPercent: 50 }] });
  await db.target.update({ where: { id: target.id }, data: { unitId: unit.id } });

  const trend = (headers: Record<string, string> = {}) =>
    t.as('leader')({ method: 'GET', url: '/api/statistics/trend', query: { yearId: seeded.yearId, unitId: unit.id }, headers });

  it('gives the figures an ETag, answers the same ETag with 304 and no body, and a changed figure with 200 and a new ETag', async () => {
    const first = await trend();
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    // Sent as the JSON kept in memory (decision 0026): the same type as any answer.
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^"/);

    const again = await trend({ 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    await fx.report(target.id, { periodKey: 'M06', actualPercent: 40 });
    const changed = await trend({ 'if-none-match': tag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect(changed.json().months[5]).toMatchObject({ month: 6, plannedPercent: 50, actualPercent: 40 });
  });

  it('keeps lists outside analysis unstored', async () => {
    const res = await t.as('leader')({ method: 'GET', url: '/api/targets', query: { yearId: seeded.yearId, pageSize: '1' } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });
});
