import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { chooseEncoding, type Encoding } from './compression.ts';
import type { AppEnv } from './context.ts';

/**
 * Serves the built client (issue 20, "Bytes"). The build writes brotli and gzip copies beside every text
 * file (`.br`, `.gz`, see web/build/precompress.ts); the one the browser accepts is sent with
 * `Vary: Accept-Encoding`. Every file has an ETag (answered 304 when unchanged); hashed files under
 * /assets/ are cached for a year, everything else (index.html, the favicon, a service worker) is
 * revalidated on every use (`no-cache`). Any non-file path gets index.html so the client router takes over.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const VARIANT_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

interface Variant {
  file: string;
  size: number;
  etag: string;
}

interface WebFile {
  type: string;
  cacheControl: string;
  identity: Variant;
  encoded: Partial<Record<Encoding, Variant>>;
}

function variant(file: string, tag = ''): Variant | undefined {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    return undefined;
  }
  if (!stats.isFile()) return undefined;
  // Size and modification time name the content well enough for a build's files; the encoding tag keeps
  // the compressed copies apart from the plain file.
  const etag = `"${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}${tag}"`;
  return { file, size: stats.size, etag };
}

/** Every file of the build, by URL path, with its compressed copies: read once at start-up. */
function indexFiles(webDir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  for (const entry of fs.readdirSync(webDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const parts = path.relative(webDir, file).split(path.sep);
    // Build bookkeeping (.vite/manifest.json) is not part of the site.
    if (parts.some((part) => part.startsWith('.'))) continue;
    const urlPath = `/${parts.join('/')}`;
    const identity = variant(file);
    if (!identity) continue;
    const encoded: WebFile['encoded'] = {};
    for (const encoding of ['br', 'gzip'] as const) {
      const copy = variant(file + VARIANT_SUFFIX[encoding], `-${encoding}`);
      if (copy) encoded[encoding] = copy;
    }
    files.set(urlPath, {
      type: getMimeType(file) ?? 'application/octet-stream',
      cacheControl: urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      identity,
      encoded,
    });
  }
  return files;
}

/** True when an If-None-Match header names this ETag (weak comparison, as for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

export function serveWeb(webDir: string) {
  const files = indexFiles(webDir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${webDir} holds no index.html`);

  return new Hono<AppEnv>().on(['GET', 'HEAD'], '*', (c) => {
    // Any path that is not a file of the build is one of the client's routes: its page is index.html.
    // A missing hashed asset is a 404, though: a page would be parsed as a script and fail obscurely.
    const found = files.get(c.req.path);
    if (!found && c.req.path.startsWith('/assets/')) return c.notFound();
    const web = found ?? index;
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    const chosen = (encoding && web.encoded[encoding]) || web.identity;
    const headers: Record<string, string> = {
      'content-type': web.type,
      'cache-control': web.cacheControl,
      etag: chosen.etag,
    };
    if (Object.keys(web.encoded).length > 0) headers.vary = 'Accept-Encoding';
    if (chosen !== web.identity && encoding) headers['content-encoding'] = encoding;
    if (etagMatches(c.req.header('if-none-match'), chosen.etag)) return c.body(null, 304, headers);
    headers['content-length'] = String(chosen.size);
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    // The build's folder is read once at start-up: a file deleted since (a rebuild under a running server)
    // is a 404 here, not a broken stream.
    if (!fs.existsSync(chosen.file)) return c.notFound();
    const stream = Readable.toWeb(fs.createReadStream(chosen.file)) as ReadableStream<Uint8Array>;
    return c.body(stream, 200, headers);
  });
}
