import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './context.ts';

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
    .use('*', serveStatic({ root }))
    .get('*', (c) => c.html(index));
}
