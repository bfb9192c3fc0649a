import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './context.ts';

/**
 * What must never be served stale (issue 18): the service worker and what decides which version runs — the
 * page, the manifest, the worker's push handlers. The browser asks again each time (the worker's precache
 * then holds the versioned assets).
 */
const ALWAYS_REVALIDATE = new Set(['/', '/index.html', '/sw.js', '/push-sw.js', '/manifest.webmanifest']);

/** Serves the built client; any non-file path gets index.html so the client router takes over. */
export function serveWeb(webDir: string) {
  const root = path.relative(process.cwd(), webDir) || '.';
  const index = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  return new Hono<AppEnv>()
    .use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
      }),
    )
    .use('*', async (c, next) => {
      await next();
      if (!ALWAYS_REVALIDATE.has(c.req.path)) return;
      c.header('cache-control', 'no-cache');
      if (c.req.path === '/manifest.webmanifest') c.header('content-type', 'application/manifest+json');
    })
    .use('*', serveStatic({ root }))
    .get('*', (c) => c.html(index, 200, { 'cache-control': 'no-cache' }));
}
