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
 * What the middleware learns of a request's JSON answer as the route makes it, one object per request
 * (*practice*, issue 20 "Per-request cost"):
 * - `text`: the answer's JSON text. Reading a response's body back means building a stream over it, which cost a
 *   small JSON answer more than its route did; with the text at hand the middleware knows the size and
 *   compresses the text itself.
 * - `kept`: a kept answer (`jsonTextAnswer`): the same string request after request, whose compressed bytes are
 *   kept too (`packedText`), and whose headers are known — the middleware makes its final answer with every
 *   header in one plain record, which the server adapter writes as it is (reading or setting a response's
 *   headers builds a web `Headers`, sorted again when written: on `/auth/me` that cost more than the route).
 * Held by the request's context, not in weak maps (each weak entry is work for every garbage collection).
 */
interface Answer {
  res: Response | undefined;
  text: string;
  kept: boolean;
}

const ANSWER = Symbol('answer');
type WithAnswer = { [ANSWER]?: Answer };

type JsonMethod = (object: unknown, arg?: unknown, headers?: Record<string, string | string[]>) => Response;

/** `c.json` as Hono writes it (same text, same Content-Type default), remembering the text of the answer. */
function rememberJson(c: Context): Answer {
  const answer: Answer = { res: undefined, text: '', kept: false };
  (c as unknown as WithAnswer)[ANSWER] = answer;
  const json: JsonMethod = (object, arg, headers) =>
    jsonTextAnswerOf(c, answer, JSON.stringify(object), arg, headers);
  (c as unknown as { json: JsonMethod }).json = json;
  return answer;
}

/** `JSON.stringify` of a `T`, typed as such (a kept answer's text). */
export type JsonText<T> = string & { readonly jsonOf?: T };

const JSON_TYPE = { 'Content-Type': 'application/json' };

/**
 * An answer whose JSON text is made already (a kept one): exactly this text and status, with the headers every
 * answer carries — like a Response returned by hand, it takes no header set on the context (`c.header`).
 */
export function jsonTextAnswer<T, S extends ContentfulStatusCode>(
  c: Context,
  text: JsonText<T>,
  status: S,
): TypedResponse<T, S, 'json'> {
  const res = new Response(text, { status, headers: JSON_TYPE });
  const answer = (c as unknown as WithAnswer)[ANSWER];
  if (answer) {
    answer.res = res;
    answer.text = text;
    answer.kept = true;
  }
  return res as unknown as TypedResponse<T, S, 'json'>;
}

/**
 * The compressed bytes of kept answers (*practice*, issue 20 "Per-request cost"): a kept text is the same string
 * request after request (plans/page-cache.ts), so its brotli or gzip bytes are kept beside it rather than made
 * again — compressing a 7 kB plan page cost twice what serving it from the cache did. The most recent
 * `PACKED_CAPACITY` texts; a text is its own key (its hash is computed once per string).
 */
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
  answer: Answer,
  text: string,
  arg?: unknown,
  headers?: Record<string, string | string[]>,
) {
  const res = (c.body as (data: string, arg?: unknown, headers?: unknown) => Response)(
    text,
    arg,
    headers ? { ...JSON_TYPE, ...headers } : JSON_TYPE,
  );
  answer.res = res;
  answer.text = text;
  return res;
}

/**
 * The outermost middleware: compresses what the rest answers, errors included (never event streams), and sets
 * `headers` on every answer (the security headers, http/pipeline.ts) in the same pass.
 */
export function compressResponses(
  options: { headers?: readonly (readonly [string, string])[] } = {},
): MiddlewareHandler {
  const always = options.headers ?? [];
  const alwaysRecord = Object.fromEntries(always);
  return async (c, next) => {
    const answer = rememberJson(c);
    await next();
    const res = c.res;
    const json = answer.res === res ? answer : undefined;
    if (json?.kept) return finishKeptJson(c, json, alwaysRecord);
    for (const [name, value] of always) res.headers.set(name, value);
    if (json) return compressJson(c, json);
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

/** Statuses and methods whose answer carries no body to compress. */
const bodiless = (c: Context, status: number) =>
  c.req.method === 'HEAD' || status === 204 || status === 304 || status === 206;

/** A UTF-16 unit is at most 3 bytes of UTF-8: a text that short needs no encoding to know it is under the bar. */
const underThreshold = (text: string) =>
  text.length * 3 < COMPRESS_THRESHOLD_BYTES || Buffer.byteLength(text) < COMPRESS_THRESHOLD_BYTES;

/** The compressed bytes of a JSON text: kept ones from the store of kept answers, others made now. */
const packJson = ({ text, kept }: Answer, encoding: Encoding) =>
  kept ? packedText(text, encoding) : compress(Buffer.from(text), encoding);

/** A kept answer: its final answer made at once, every header in one record (the same outcome as below). */
async function finishKeptJson(c: Context, answer: Answer, always: Record<string, string>) {
  const { text } = answer;
  const status = answer.res?.status ?? 200;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...always };
  let body: string | Buffer<ArrayBuffer> = text;
  if (!bodiless(c, status)) {
    headers.Vary = 'Accept-Encoding';
    const encoding = underThreshold(text) ? null : chooseEncoding(c.req.header('accept-encoding'));
    if (encoding) {
      body = await packJson(answer, encoding);
      headers['Content-Encoding'] = encoding;
    }
  }
  // Its length given: else the server adapter hands it to Node apart, which then writes the answer in two parts.
  headers['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  c.res = undefined;
  c.res = new Response(body, { status, headers });
}

/** A `c.json` answer: its text is known, so its body is never read back (same outcome as the general path). */
async function compressJson(c: Context, answer: Answer): Promise<void> {
  const { text } = answer;
  const res = answer.res as Response;
  if (bodiless(c, res.status)) return;
  if (res.headers.has('content-encoding')) return;
  if (/no-transform/i.test(res.headers.get('cache-control') ?? '')) return;
  if (!isCompressible(res.headers.get('content-type'))) return;
  varyOnEncoding(res.headers);
  if (underThreshold(text)) return;
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  if (!encoding) return;
  const packed = await packJson(answer, encoding);
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
