import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { type Context, Hono } from 'hono';
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

/**
 * The member home's own API answers (issue 20, "Bytes": LCP): the inbox ("Việc cần làm", whose first item is the
 * home's largest text) and the bell's list. Exactly the URLs the client asks for (`inboxQuery`,
 * `notificationsQuery()` in web/src/api/endpoints/).
 */
export const HOME_API = ['/api/me/inbox', '/api/notifications?limit=20'];

/** The request is one whose API reads will answer 200: a live session that need not change its password first. */
function signedInReader(c: Context<AppEnv>): boolean {
  return Boolean(c.get('actor')) && !c.get('session')?.mustChangePassword;
}

export interface WebOptions {
  /** Whether the home's API answers may be preloaded for this request (default: a live session, see above). */
  signedIn?: (c: Context<AppEnv>) => boolean;
}

/** index.html with `<link rel="preload" as="fetch">` of the home's API answers, right after the one of /api/auth/me. */
export function withHomePreloads(html: string): string {
  const links = HOME_API.map(
    (href) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}">`,
  ).join('');
  const me = /<link rel="preload" as="fetch"[^>]*href="\/api\/auth\/me"[^>]*>/.exec(html);
  if (me) return html.slice(0, me.index + me[0].length) + links + html.slice(me.index + me[0].length);
  return html.replace('</head>', `${links}</head>`);
}

interface InMemory {
  body: Buffer;
  etag: string;
}

/**
 * The home's page for a signed-in request, made once at start-up in every encoding. Only for `/` and only when
 * signed in: a preloaded answer is handed to the first matching request of the page whenever it comes, so one
 * made on the sign-in page (or with a stale cookie) would hand its 401 to the home after signing in.
 */
function homeVariants(index: WebFile): Record<Encoding | 'identity', InMemory> {
  const html = Buffer.from(withHomePreloads(fs.readFileSync(index.identity.file, 'utf8')));
  const tag = (suffix: string) => `${index.identity.etag.slice(0, -1)}-home${suffix}"`;
  return {
    identity: { body: html, etag: tag('') },
    br: {
      body: zlib.brotliCompressSync(html, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_MODE]: 1 },
      }),
      etag: tag('-br'),
    },
    gzip: { body: zlib.gzipSync(html, { level: 9 }), etag: tag('-gzip') },
  };
}

export function serveWeb(webDir: string, options: WebOptions = {}) {
  const files = indexFiles(webDir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${webDir} holds no index.html`);
  const home = homeVariants(index);
  const signedIn = options.signedIn ?? signedInReader;

  return new Hono<AppEnv>().on(['GET', 'HEAD'], '*', (c) => {
    // Any path that is not a file of the build is one of the client's routes: its page is index.html.
    // A missing hashed asset is a 404, though: a page would be parsed as a script and fail obscurely.
    const found = files.get(c.req.path);
    if (!found && c.req.path.startsWith('/assets/')) return c.notFound();
    const web = found ?? index;
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (c.req.path === '/' && signedIn(c)) {
      const chosen = home[encoding ?? 'identity'];
      const headers: Record<string, string> = {
        'content-type': index.type,
        'cache-control': index.cacheControl,
        etag: chosen.etag,
        // The page differs with the session cookie (signed in or not) as well as with the encoding.
        vary: 'Accept-Encoding, Cookie',
      };
      if (encoding) headers['content-encoding'] = encoding;
      if (etagMatches(c.req.header('if-none-match'), chosen.etag)) return c.body(null, 304, headers);
      headers['content-length'] = String(chosen.body.length);
      if (c.req.method === 'HEAD') return c.body(null, 200, headers);
      return c.body(new Uint8Array(chosen.body), 200, headers);
    }
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
