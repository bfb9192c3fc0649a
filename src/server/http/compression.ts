import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Responses compressed on the fly (issue 20, "Bytes"): brotli when the client accepts it, else gzip, for
 * text answers (JSON, HTML, CSS, JS, SVG, plain text, CSV, calendars) above a size threshold. Event streams
 * are never touched (a compressor would hold back the events until its buffer fills), nor are answers that
 * are already encoded (the web client's precompressed files), binary files (PDF, Word, Excel) or answers
 * that say `no-transform`. *practice*
 */
export const COMPRESS_THRESHOLD_BYTES = 1024;

const COMPRESSIBLE =
  /^(?:application\/(?:json|javascript|xml|problem\+json|manifest\+json)|text\/(?:html|css|javascript|plain|csv|calendar|xml)|image\/svg\+xml)\b/i;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export type Encoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli preferred, then gzip; q=0 refuses. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

export function isCompressible(contentType: string | null | undefined): boolean {
  return !!contentType && COMPRESSIBLE.test(contentType) && !/event-stream/i.test(contentType);
}

/** Adds `Accept-Encoding` to a response's Vary header (once). */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`);
}

/**
 * Below this size an answer is compressed on the request's own thread: the hop to the thread pool costs more
 * than the work (a 2.6 kB answer: ~250 µs of CPU through the pool, ~47 µs in line, measured 2026-12-07).
 */
const IN_LINE_BYTES = 64 * 1024;

async function compress(body: Buffer, encoding: Encoding): Promise<Buffer<ArrayBuffer>> {
  if (encoding === 'gzip')
    return body.length <= IN_LINE_BYTES ? zlib.gzipSync(body, { level: 6 }) : gzip(body, { level: 6 });
  const params = {
    // Quality 5: most of brotli's gain at gzip's speed (a 2.5 MB overview in tens of ms).
    [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
  };
  if (body.length > IN_LINE_BYTES) return brotli(body, { params });
  // A window no larger than the answer: less memory to set up for each small one.
  const window = Math.max(zlib.constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(body.length)));
  return zlib.brotliCompressSync(body, {
    params: { ...params, [zlib.constants.BROTLI_PARAM_LGWIN]: window },
  });
}

/**
 * The JSON text of answers made by `c.json`, kept beside the response (*practice*, issue 20 "Per-request cost"):
 * reading a response's body back means building a stream over it, which cost a small JSON answer more than its
 * route did. With the text at hand the middleware knows the size and compresses the text itself.
 */
const jsonTexts = new WeakMap<Response, string>();

type JsonMethod = (object: unknown, arg?: unknown, headers?: Record<string, string | string[]>) => Response;

/** `c.json` as Hono writes it (same text, same Content-Type default), remembering the text of the answer. */
function rememberJson(c: Context): void {
  const json: JsonMethod = (object, arg, headers) =>
    jsonTextAnswerOf(c, JSON.stringify(object), arg, headers);
  (c as unknown as { json: JsonMethod }).json = json;
}

/** `JSON.stringify` of a `T`, typed as such (a kept answer's text). */
export type JsonText<T> = string & { readonly jsonOf?: T };

/** An answer whose JSON text is made already (a kept one): sent as `c.json` sends a value of that text. */
export function jsonTextAnswer<T, S extends ContentfulStatusCode>(
  c: Context,
  text: JsonText<T>,
  status: S,
): TypedResponse<T, S, 'json'> {
  const res = jsonTextAnswerOf(c, text, status);
  keptAnswers.add(res);
  return res as unknown as TypedResponse<T, S, 'json'>;
}

/**
 * The compressed bytes of kept answers (*practice*, issue 20 "Per-request cost"): a kept text is the same string
 * request after request (plans/page-cache.ts), so its brotli or gzip bytes are kept beside it rather than made
 * again — compressing a 7 kB plan page cost twice what serving it from the cache did. The most recent
 * `PACKED_CAPACITY` texts; a text is its own key (its hash is computed once per string).
 */
const keptAnswers = new WeakSet<Response>();
const PACKED_CAPACITY = 256;
const packedTexts = new Map<string, Partial<Record<Encoding, Buffer<ArrayBuffer>>>>();

async function packedText(text: string, encoding: Encoding): Promise<Buffer<ArrayBuffer>> {
  let packed = packedTexts.get(text);
  const seen = packed?.[encoding];
  if (seen) return seen;
  const made = await compress(Buffer.from(text), encoding);
  packed = packedTexts.get(text) ?? {};
  packed[encoding] = made;
  packedTexts.delete(text);
  packedTexts.set(text, packed);
  if (packedTexts.size > PACKED_CAPACITY) {
    const oldest = packedTexts.keys().next().value;
    if (oldest !== undefined) packedTexts.delete(oldest);
  }
  return made;
}

function jsonTextAnswerOf(
  c: Context,
  text: string,
  arg?: unknown,
  headers?: Record<string, string | string[]>,
) {
  const res = (c.body as (data: string, arg?: unknown, headers?: unknown) => Response)(text, arg, {
    'Content-Type': 'application/json',
    ...headers,
  });
  jsonTexts.set(res, text);
  return res;
}

export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    rememberJson(c);
    await next();
    const res = c.res;
    const text = jsonTexts.get(res);
    if (text !== undefined) return compressJson(c, res, text);
    const type = res.headers.get('content-type');
    if (!res.body || c.req.method === 'HEAD' || !isCompressible(type)) return;
    if (res.headers.has('content-encoding')) return;
    if (/no-transform/i.test(res.headers.get('cache-control') ?? '')) return;
    if (res.status === 204 || res.status === 304 || res.status === 206) return;
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared < COMPRESS_THRESHOLD_BYTES) return;
    // The text answers are whole in memory already (JSON, a page): read them and compress in the thread pool.
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    varyOnEncoding(headers);
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    // Setting c.res merges the old response's headers into the new one: drop the old one first.
    c.res = undefined;
    if (!encoding || body.length < COMPRESS_THRESHOLD_BYTES) {
      c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
      return;
    }
    const packed = await compress(body, encoding);
    headers.set('content-encoding', encoding);
    headers.set('content-length', String(packed.length));
    // A strong validator names one representation: the compressed one is another.
    const etag = headers.get('etag');
    if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
    c.res = new Response(packed, { status: res.status, statusText: res.statusText, headers });
  };
}

/** A `c.json` answer: its text is known, so its body is never read back (same outcome as the general path). */
async function compressJson(c: Context, res: Response, text: string): Promise<void> {
  if (c.req.method === 'HEAD' || res.status === 204 || res.status === 304 || res.status === 206) return;
  if (res.headers.has('content-encoding')) return;
  if (/no-transform/i.test(res.headers.get('cache-control') ?? '')) return;
  if (!isCompressible(res.headers.get('content-type'))) return;
  varyOnEncoding(res.headers);
  // A UTF-16 unit is at most 3 bytes of UTF-8: a text that short needs no encoding to know it is under the bar.
  if (text.length * 3 < COMPRESS_THRESHOLD_BYTES || Buffer.byteLength(text) < COMPRESS_THRESHOLD_BYTES)
    return;
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  if (!encoding) return;
  const packed = keptAnswers.has(res)
    ? await packedText(text, encoding)
    : await compress(Buffer.from(text), encoding);
  const headers = new Headers(res.headers);
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(packed.length));
  const etag = headers.get('etag');
  if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
  c.res = undefined;
  // No status text: a `c.json` answer has none (no route gives one), and asking the server adapter's light
  // response for it would build the full web Response of the uncompressed text, stream and all, only to drop it.
  c.res = new Response(packed, { status: res.status, headers });
}
