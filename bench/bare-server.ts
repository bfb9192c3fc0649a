// The bare floor of the benchmark (bench/server.ts bundles it to dist/bench/bare-server.mjs and runs it with
// plain node): a Hono app answering each recorded path with the body the real server gave (a JSON value
// serialised again on every request, as a route does) and, with WEB_DIR, the built web client through the real
// static handler. No database, no session, no router of 250 routes. With BARE_COMPRESS=true it compresses as the
// real server does (the page floor of the LCP: the same page behind compression); without, it is the bare route
// of the throughput floor (the real compression middleware alone costs ~10× a bare route's CPU on small JSON).
// Environment: PORT, HOST, BARE_BODIES (a JSON file: [{ path, status, contentType, body }]), WEB_DIR,
// BARE_COMPRESS.
import fs from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compressResponses } from '../src/server/http/compression.ts';
import { serveWeb } from '../src/server/http/web.ts';

export interface RecordedBody {
  /** Path and query, e.g. `/api/plans/…` or `/api/orgs/…/plans?year=2026`. */
  path: string;
  status: number;
  contentType: string;
  body: string;
}

const recorded: RecordedBody[] = process.env.BARE_BODIES
  ? JSON.parse(fs.readFileSync(process.env.BARE_BODIES, 'utf8'))
  : [];
const byPath = new Map(
  recorded.map((r) => [r.path, { ...r, value: r.contentType.includes('json') ? JSON.parse(r.body) : null }]),
);

const app = new Hono();
if (process.env.BARE_COMPRESS === 'true') app.use('*', compressResponses());
app.get('/api/health', (c) => c.json({ ok: true }));
app.all('/api/*', (c) => {
  const url = new URL(c.req.url);
  const hit = byPath.get(url.pathname + url.search) ?? byPath.get(url.pathname);
  if (!hit) return c.json({ error: 'not recorded' }, 404);
  if (hit.value !== null) return c.json(hit.value, hit.status as 200);
  return c.body(hit.body, hit.status as 200, { 'content-type': hit.contentType });
});
// The same page as the real server's: the home's API answers preloaded when the request carries a cookie (the
// floor has no sessions; the benchmark's member is signed in).
if (process.env.WEB_DIR)
  app.route('/', serveWeb(process.env.WEB_DIR, { signedIn: (c) => Boolean(c.req.header('cookie')) }));

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: process.env.HOST ?? '127.0.0.1' });
process.on('SIGTERM', () => process.exit(0));
