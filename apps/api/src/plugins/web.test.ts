import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerWeb } from './web.ts';

const script = `console.log(${JSON.stringify('目标绩效'.repeat(400))});`;

async function appOn(dist: string) {
  const app = Fastify({ logger: false });
  await registerWeb(app, dist);
  await app.ready();
  return app;
}

describe('serving the built web app', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'jx-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets/app-3f9a.js'), script);
  writeFileSync(join(dist, 'assets/app-3f9a.js.br'), brotliCompressSync(script));
  const app = await appOn(dist);
  afterAll(() => app.close());

  it('sends the brotli file to a browser that accepts it, cached for good (hashed name)', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-3f9a.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-3f9a.js', headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it('answers client-side routes with index.html, revalidated on every visit', async () => {
    const res = await app.inject({ method: 'GET', url: '/targets/abc#supervision' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a chunk of an older build with 404, not with index.html', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/old-1a2b.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('serves a file built after start-up with the same headers', async () => {
    writeFileSync(join(dist, 'assets/late-77aa.js'), script);
    const res = await app.inject({ method: 'GET', url: '/assets/late-77aa.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
