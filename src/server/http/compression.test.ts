import zlib from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD_BYTES, compressResponses, jsonTextAnswer } from './compression.ts';

// `c.json` answers take the path that never reads the body back: same outcome as the general path.
const app = new Hono();
app.use('*', compressResponses());
const big = { items: Array.from({ length: 200 }, (_, i) => ({ i, name: `Chi bộ thôn ${i}` })) };
// Under the threshold in characters, over it in bytes (Vietnamese letters are 2–3 bytes of UTF-8).
const wide = { name: 'Ữ'.repeat(400) };
app.get('/big', (c) => c.json(big));
app.get('/wide', (c) => c.json(wide));
app.get('/small', (c) => c.json({ ok: true }));
app.get('/created', (c) => c.json(big, 201, { 'Cache-Control': 'no-store', ETag: '"v1"' }));
app.get('/raw', (c) => c.text(JSON.stringify(big), 200, { 'Content-Type': 'application/json' }));
app.on('HEAD', '/big', (c) => c.json(big));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('compressResponses, JSON answers', () => {
  it('compresses a large c.json answer with brotli, else gzip, with its length and Vary', async () => {
    const text = JSON.stringify(big);
    const br = await get('/big', 'gzip, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/^application\/json/);
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const packed = await bytes(br);
    expect(Number(br.headers.get('content-length'))).toBe(packed.length);
    expect(zlib.brotliDecompressSync(packed).toString()).toBe(text);
    const gz = await get('/big', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(await bytes(gz)).toString()).toBe(text);
  });

  it('sends the JSON as it is, still varying on Accept-Encoding, to a client that accepts no encoding', async () => {
    const res = await get('/big');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe(JSON.stringify(big));
  });

  it('judges the threshold in bytes: short Vietnamese text over it is compressed, a tiny answer is not', async () => {
    const text = JSON.stringify(wide);
    expect(text.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(COMPRESS_THRESHOLD_BYTES);
    const res = await get('/wide', 'br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(await bytes(res)).toString()).toBe(text);
    const small = await get('/small', 'br');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
  });

  it('keeps the status and headers given to c.json, weakens a strong ETag, and leaves no-transform alone', async () => {
    const res = await get('/created', 'br');
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBe('W/"v1"');
    expect(zlib.brotliDecompressSync(await bytes(res)).toString()).toBe(JSON.stringify(big));
    const kept = new Hono();
    kept.use('*', compressResponses());
    kept.get('/', (c) => c.json(big, 200, { 'Cache-Control': 'no-transform' }));
    const untouched = await kept.request('/', { headers: { 'accept-encoding': 'br' } });
    expect(untouched.headers.get('content-encoding')).toBeNull();
    expect(await untouched.text()).toBe(JSON.stringify(big));
  });

  it('a JSON body made otherwise (read back) comes out the same as a c.json one', async () => {
    const viaJson = await get('/big', 'br');
    const viaText = await get('/raw', 'br');
    expect(viaText.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(await bytes(viaText)).toString()).toBe(
      zlib.brotliDecompressSync(await bytes(viaJson)).toString(),
    );
  });
});

describe('compressResponses, kept answers and the headers of every answer', () => {
  const always: [string, string][] = [
    ['Content-Security-Policy', "default-src 'self'"],
    ['X-Content-Type-Options', 'nosniff'],
  ];
  const app = new Hono();
  app.use('*', compressResponses({ headers: always }));
  const keptText = JSON.stringify(big);
  app.get('/kept', (c) => jsonTextAnswer(c, keptText, 200));
  app.get('/kept-small', (c) => jsonTextAnswer(c, '{"ok":true}', 201));
  app.on('HEAD', '/kept', (c) => jsonTextAnswer(c, keptText, 200));
  app.get('/json', (c) => c.json({ ok: true }));
  app.get('/text', (c) => c.text('hello'));

  const expectAlways = (res: Response) => {
    for (const [name, value] of always) expect(res.headers.get(name)).toBe(value);
  };

  it('sends a kept answer compressed, with its length, Vary and the headers of every answer', async () => {
    const first = await app.request('/kept', { headers: { 'accept-encoding': 'br' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    expectAlways(first);
    const packed = await bytes(first);
    expect(Number(first.headers.get('content-length'))).toBe(packed.length);
    expect(zlib.brotliDecompressSync(packed).toString()).toBe(keptText);
    const again = await app.request('/kept', { headers: { 'accept-encoding': 'gzip' } });
    expect(zlib.gunzipSync(await bytes(again)).toString()).toBe(keptText);
  });

  it('sends a small kept answer as it is, with its status and length; a HEAD without Vary', async () => {
    const small = await app.request('/kept-small', { headers: { 'accept-encoding': 'br' } });
    expect(small.status).toBe(201);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('vary')).toBe('Accept-Encoding');
    expect(small.headers.get('content-length')).toBe('11');
    expectAlways(small);
    expect(await small.json()).toEqual({ ok: true });
    const head = await app.request('/kept', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.headers.get('content-encoding')).toBeNull();
    expect(head.headers.get('vary')).toBeNull();
    expectAlways(head);
  });

  it('sets the headers of every answer on the others too: c.json, text, a 404', async () => {
    for (const path of ['/json', '/text', '/nowhere']) expectAlways(await app.request(path));
  });
});
