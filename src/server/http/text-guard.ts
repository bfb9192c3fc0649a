import type { Context } from 'hono';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';

/**
 * Text no database keeps as sent is refused here, once for every route, in any text of a request (path, query,
 * JSON or url-encoded body): U+0000 (PostgreSQL cannot store it and fails the whole statement; SQLite would
 * store it and cut the text short in some readers) and text that is not Unicode at all — a lone surrogate, or a
 * path whose bytes are not UTF-8 (the drivers would silently replace it, so what is stored is not what was
 * sent). The answer is the usual 400 with the field that holds it.
 */
export async function refuseUnstorableText(c: Context<AppEnv>): Promise<void> {
  // Most addresses are printable ASCII without a percent-escape: nothing in them can decode to a NUL or to
  // text that is not Unicode, so they are not parsed again (*practice*, issue 20 "Per-request cost").
  if (!PLAIN_URL.test(c.req.url)) checkAddress(c.req.url);
  if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
    const type = c.req.header('content-type') ?? '';
    // Read from a copy: the route's own reader (its size limit, its validator) still gets the stream.
    // Bad JSON is the validator's to refuse. Multipart uploads are not read here: their routes' size
    // limits must see the stream first (their text fields are not covered by this guard).
    let body: unknown;
    if (type.includes('application/json'))
      body = await c.req.raw
        .clone()
        .json()
        .catch(() => undefined);
    else if (type.includes('application/x-www-form-urlencoded'))
      body = Object.fromEntries(new URLSearchParams(await c.req.raw.clone().text()));
    const found = badTextPath(body, []);
    if (found) throw badTextIn(found.field || '_', found.problem);
  }
}

type Problem = 'TEXT_HAS_NUL' | 'TEXT_NOT_UNICODE';

/** Printable ASCII but `%`: an address whose path and query are exactly what they say. */
const PLAIN_URL = /^[\x21-\x24\x26-\x7e]*$/;

/** The path and the query's names and values: a 400 naming the first one a database cannot keep. */
function checkAddress(address: string): void {
  const url = new URL(address);
  const path = safeDecode(url.pathname);
  if (path === null) throw badTextIn('_path', 'TEXT_NOT_UNICODE');
  const pathProblem = problemOf(path);
  if (pathProblem) throw badTextIn('_path', pathProblem);
  for (const [name, value] of url.searchParams) {
    const problem = problemOf(name) ?? problemOf(value);
    if (problem) throw badTextIn(problemOf(name) ? '_query' : name, problem);
  }
}

/** Half of a UTF-16 surrogate pair without its other half: no Unicode character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): Problem | undefined {
  if (text.includes('\u0000')) return 'TEXT_HAS_NUL';
  if (LONE_SURROGATE.test(text)) return 'TEXT_NOT_UNICODE';
  return undefined;
}

/** The decoded path, or null when its percent-escapes are not UTF-8. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function badTextIn(field: string, problem: Problem) {
  return new AppError('VALIDATION_FAILED', { [field]: problem });
}

/** The dotted path ("" for the root) of the first string or key that cannot be stored, and why. */
function badTextPath(value: unknown, at: string[]): { field: string; problem: Problem } | null {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { field: at.join('.'), problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = badTextPath(item, [...at, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      const problem = problemOf(key);
      if (problem) return { field: [...at, key].join('.'), problem };
      const found = badTextPath(item, [...at, key]);
      if (found) return found;
    }
  }
  return null;
}
