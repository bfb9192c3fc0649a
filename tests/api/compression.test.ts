/**
 * Bytes on the wire (issue 20, "Bytes"), through the real app: the web client's files are sent as the
 * brotli or gzip copies the build wrote beside them, with validators and the right caching; API JSON above
 * a threshold is compressed on the fly; event streams never are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/lib/precompress.ts';
import type { Database } from '../../src/db/connection.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { HOME_API } from '../../src/server/http/web.ts';
import { buildPlan, buildWorld, PASSWORD, type World } from '../fixtures/factories.ts';
import { ApiClient, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

const BROWSER = 'gzip, deflate, br, zstd';

let database: Database;
let app: App;
let world: World;
let webDir: string;
const script = `export const greeting = ${JSON.stringify('Chuyên Đề '.repeat(2000))};\n`;
const page = `<!doctype html><html lang="vi"><head><title>Chuyên Đề</title>${'<meta name="x" content="y">'.repeat(40)}<script type="module" src="/assets/app-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>`;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-web-bytes-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.mkdirSync(path.join(webDir, '.vite'));
  fs.writeFileSync(path.join(webDir, 'index.html'), page);
  fs.writeFileSync(path.join(webDir, 'assets', 'app-Ab12Cd34.js'), script);
  fs.writeFileSync(path.join(webDir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/app.js"}}');
  // What the build does after writing the bundle (vite.config.ts).
  await precompressDir(webDir);
  app = createApp(database, { secureCookies: false, sessionDays: 7, webDir });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the web client’s files', () => {
  it('the build wrote brotli and gzip copies beside the text files, not beside its bookkeeping', () => {
    for (const file of ['index.html', 'assets/app-Ab12Cd34.js']) {
      const raw = fs.readFileSync(path.join(webDir, file));
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(webDir, `${file}.br`)))).toEqual(raw);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(webDir, `${file}.gz`)))).toEqual(raw);
    }
    expect(fs.existsSync(path.join(webDir, '.vite', 'manifest.json.br'))).toBe(false);
  });

  it('a hashed script comes back as brotli when accepted, cached for a year, varying on Accept-Encoding', async () => {
    const res = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': BROWSER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await bytes(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(script);
  });

  it('gzip for a client without brotli, the plain file for one that accepts neither', async () => {
    const gz = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(await bytes(gz)).toString()).toBe(script);
    const refused = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    const plain = await get('/assets/app-Ab12Cd34.js');
    for (const res of [refused, plain]) {
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect((await bytes(res)).toString()).toBe(script);
    }
  });

  it('answers If-None-Match with 304 and no body; each encoding has its own ETag', async () => {
    const br = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': BROWSER });
    const gz = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    const etag = br.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(gz.headers.get('etag')).not.toBe(etag);
    const again = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': BROWSER, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect((await bytes(again)).length).toBe(0);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The brotli copy's ETag does not validate the gzip copy.
    const other = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(other.status).toBe(200);
  });

  it('the page (index.html, and any client route) is no-cache with an ETag, compressed, 304 when unchanged', async () => {
    for (const url of ['/', '/plans/123', '/index.html']) {
      const res = await get(url, { 'accept-encoding': BROWSER });
      expect(res.status, url).toBe(200);
      expect(res.headers.get('cache-control'), url).toBe('no-cache');
      expect(res.headers.get('content-type'), url).toMatch(/^text\/html/);
      expect(res.headers.get('content-encoding'), url).toBe('br');
      expect(zlib.brotliDecompressSync(await bytes(res)).toString(), url).toBe(page);
      const etag = res.headers.get('etag') ?? '';
      const again = await get(url, { 'accept-encoding': BROWSER, 'if-none-match': `W/${etag}` });
      expect(again.status, url).toBe(304);
    }
  });

  it('signed in, the home’s page preloads the home’s API answers (issue 20, LCP); never on another path or signed out', async () => {
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const links = HOME_API.map(
      (href) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}">`,
    );
    const home = await get('/', { 'accept-encoding': BROWSER, cookie: member.cookie });
    expect(home.status).toBe(200);
    expect(home.headers.get('content-encoding')).toBe('br');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('vary')).toBe('Accept-Encoding, Cookie');
    const html = zlib.brotliDecompressSync(await bytes(home)).toString();
    expect(html).toBe(page.replace('</head>', `${links.join('')}</head>`));
    // Each preloaded answer is one the member may read (a 401 or 403 would be handed to the home later).
    for (const href of HOME_API) expect((await member.get(href)).status, href).toBe(200);
    for (const [encoding, decode] of [
      ['gzip', zlib.gunzipSync],
      ['', (b: Buffer) => b],
    ] as const) {
      const res = await get('/', { 'accept-encoding': encoding, cookie: member.cookie });
      expect(decode(await bytes(res)).toString(), encoding).toBe(html);
    }
    // Its own ETag: revalidated, it is 304 only against the signed-in page.
    const etag = home.headers.get('etag') ?? '';
    const plain = await get('/', { 'accept-encoding': BROWSER });
    expect(plain.headers.get('etag')).not.toBe(etag);
    const again = await get('/', {
      'accept-encoding': BROWSER,
      cookie: member.cookie,
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    const signedOut = await get('/', { 'accept-encoding': BROWSER, 'if-none-match': etag });
    expect(signedOut.status).toBe(200);

    // Another client route, no cookie, or a cookie of no live session: the plain page, no preload of the home's answers.
    const stale = 'cd_session=not-a-session';
    for (const [url, cookie] of [
      ['/plans/123', member.cookie],
      ['/login', member.cookie],
      ['/', ''],
      ['/', stale],
    ] as const) {
      const res = await get(url, { 'accept-encoding': BROWSER, ...(cookie ? { cookie } : {}) });
      expect(zlib.brotliDecompressSync(await bytes(res)).toString(), `${url} ${cookie}`).toBe(page);
    }
    // Signed out: the same cookie no longer gets them.
    const cookie = member.cookie;
    expect((await member.post('/api/auth/logout', {})).status).toBe(204);
    const after = await get('/', { 'accept-encoding': BROWSER, cookie });
    expect(zlib.brotliDecompressSync(await bytes(after)).toString()).toBe(page);
  });

  it('a session that must change its password first gets the plain page: its inbox would answer 403', async () => {
    await database.db
      .updateTable('user_account')
      .set({ must_change_password: 1 })
      .where('username', '=', world.users.staff)
      .execute();
    const staff = await loggedIn(app, world.users.staff, PASSWORD);
    expect((await staff.get('/api/me/inbox')).status).toBe(403);
    const res = await get('/', { 'accept-encoding': BROWSER, cookie: staff.cookie });
    expect(res.status).toBe(200);
    expect(zlib.brotliDecompressSync(await bytes(res)).toString()).toBe(page);
  });

  it('a missing hashed file is a 404, not the page; the build’s manifest is not served', async () => {
    expect((await get('/assets/gone-123.js')).status).toBe(404);
    const manifest = await get('/.vite/manifest.json');
    expect(await manifest.text()).not.toContain('assets/app.js');
  });
});

describe('API answers', () => {
  it('a large JSON answer is compressed on the fly (brotli, else gzip); a small one is not', async () => {
    const client = await loggedIn(app, world.users.officer, PASSWORD);
    const plain = await client.request<unknown>('GET', '/api/openapi.json');
    const document = JSON.stringify(plain.body);
    expect(document.length).toBeGreaterThan(10_000);
    const br = await get('/api/openapi.json', { 'accept-encoding': BROWSER });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    const packed = await bytes(br);
    expect(Number(br.headers.get('content-length'))).toBe(packed.length);
    expect(packed.length).toBeLessThan(document.length / 5);
    expect(JSON.parse(zlib.brotliDecompressSync(packed).toString())).toEqual(plain.body);

    const gz = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(await bytes(gz)).toString())).toEqual(plain.body);

    // A signed-in answer too (the organisation list), the same JSON once decoded.
    const orgsPlain = await client.get<unknown>('/api/orgs');
    const orgs = await get('/api/orgs', { cookie: client.cookie, 'accept-encoding': BROWSER });
    expect(orgs.status).toBe(200);
    const orgsBody = await bytes(orgs);
    const decoded =
      orgs.headers.get('content-encoding') === 'br' ? zlib.brotliDecompressSync(orgsBody) : orgsBody;
    expect(orgs.headers.get('content-encoding')).toBe(
      JSON.stringify(orgsPlain.body).length >= 1024 ? 'br' : null,
    );
    expect(JSON.parse(decoded.toString())).toEqual(orgsPlain.body);
    // An answer between the threshold and 64 kB is compressed in line (no thread-pool hop), both encodings: the
    // committee's oversight dashboard.
    const MID = `/api/orgs/${world.sub.id}/oversight?year=2026`;
    const mePlain = JSON.stringify((await client.get<unknown>(MID)).body);
    expect(mePlain.length).toBeGreaterThan(1024);
    expect(mePlain.length).toBeLessThan(64 * 1024);
    const meBr = await get(MID, { cookie: client.cookie, 'accept-encoding': BROWSER });
    expect(meBr.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(await bytes(meBr)).toString()).toBe(mePlain);
    const meGz = await get(MID, { cookie: client.cookie, 'accept-encoding': 'gzip' });
    expect(meGz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(await bytes(meGz)).toString()).toBe(mePlain);

    const small = await get('/api/health', { 'accept-encoding': BROWSER });
    expect(small.status).toBe(200);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toBeTruthy();
  });

  it('a kept plan page is sent with the same compressed bytes again, and new ones once the page changes', async () => {
    const db = database.db;
    const plan = await buildPlan(db, world.cell.id, { status: 'adopted' });
    const client = await loggedIn(app, world.users.officer, PASSWORD);
    const url = `/api/plans/${plan.id}`;
    const packed = async () => {
      const res = await get(url, { cookie: client.cookie, 'accept-encoding': BROWSER });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      return bytes(res);
    };
    const first = await packed();
    const again = await packed();
    expect(again).toEqual(first);
    expect(JSON.parse(zlib.brotliDecompressSync(again).toString())).toEqual((await client.get(url)).body);
    // A write the page shows (the cell renamed): new text, new bytes, the new name inside.
    await client.patch(`/api/orgs/${world.cell.id}`, { name: 'Chi bộ Khoa Nội (mới)' });
    const renamed = zlib.brotliDecompressSync(await packed()).toString();
    expect(renamed).toContain('Chi bộ Khoa Nội (mới)');
    expect(JSON.parse(renamed)).toEqual((await client.get(url)).body);
  });

  it('an error answer keeps its shape for a client that accepts nothing', async () => {
    const anonymous = new ApiClient(app);
    const res = await anonymous.get<{ error: { code: string } }>('/api/orgs');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBeTruthy();
  });

  it('an event stream is never compressed: its first event arrives as plain text at once', async () => {
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const res = await member.stream('/api/notifications/events', { 'accept-encoding': BROWSER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('content-encoding')).toBeNull();
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    try {
      const decoder = new TextDecoder();
      let text = '';
      const deadline = Date.now() + 5000;
      while (!text.includes('event: ready') && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      expect(text).toContain('event: ready');
    } finally {
      await reader.cancel();
    }
  });
});
