import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';

// Analysis answers kept in memory go out compressed to clients that ask for it (every browser does): a leader's heat
// map of the whole province is many kB of JSON, compressed once and sent as that copy.
describe('kept answers sent compressed', async () => {
  const t = await createTestApp();
  const seeded = await loadSeeded(t.db);
  const heatmap = (headers: Record<string, string> = {}) =>
    t.as('leader')({ method: 'GET', url: '/api/statistics/heatmap', query: { yearId: seeded.yearId }, headers });

  it('sends brotli to a browser, gzip to a client that takes only gzip, and the plain JSON otherwise, all the same figures', async () => {
    const plain = await heatmap();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    const json = plain.json();
    expect(json.units.length).toBeGreaterThan(10);

    const browser = await heatmap({ 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(browser.headers['content-encoding']).toBe('br');
    expect(browser.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(browser.headers['content-length'])).toBe(browser.rawPayload.length);
    expect(browser.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(browser.rawPayload).toString())).toEqual(json);

    const gzip = await heatmap({ 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(json);

    const refused = await heatmap({ 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.json()).toEqual(json);
  });

  it('gives each encoding its own ETag, and answers a repeat of either with 304', async () => {
    const br = await heatmap({ 'accept-encoding': 'br' });
    const gzip = await heatmap({ 'accept-encoding': 'gzip' });
    const plain = await heatmap();
    const tags = [br, gzip, plain].map((r) => r.headers.etag as string);
    expect(new Set(tags).size).toBe(3);
    const again = await heatmap({ 'accept-encoding': 'br', 'if-none-match': tags[0]! });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // The plain answer's tag does not stand for the compressed bytes.
    expect((await heatmap({ 'accept-encoding': 'br', 'if-none-match': tags[2]! })).statusCode).toBe(200);
  });

  it('keeps a page of 本期待报送 as bytes: the same compressed copy on every request', async () => {
    const page = (encoding: string) =>
      t.as('unit.chengdu')({
        method: 'GET',
        url: '/api/reports/pending',
        query: { yearId: seeded.yearId, pageSize: '20' },
        headers: { 'accept-encoding': encoding },
      });
    const plain = await page('identity');
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const [first, second] = [await page('gzip, br'), await page('gzip, br')];
    expect(first.headers['content-encoding']).toBe('br');
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(second.headers.etag ?? null).toBe(first.headers.etag ?? null);
    expect(JSON.parse(brotliDecompressSync(second.rawPayload).toString())).toEqual(plain.json());
  });

  it('sends a short kept answer as it is', async () => {
    const unit = await t.db.unit.create({ data: { code: 'CITY-BR', name: '压缩测试市交通运输局', kind: 'CITY_BUREAU' } });
    const res = await t.as('leader')({ method: 'GET', url: `/api/statistics/units/${unit.id}/results`, headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.json().items).toEqual([]);
  });
});
