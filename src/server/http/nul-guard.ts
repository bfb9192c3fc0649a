import type { MiddlewareHandler } from 'hono';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';

/**
 * U+0000 in any text of a request (path, query, JSON or url-encoded body) is refused here, once for every route:
 * PostgreSQL cannot store it in text and fails the whole statement, SQLite would store it and cut the text
 * short in some readers. The answer is the usual 400 with the field that holds it.
 */
export function refuseNulCharacters(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (hasNul(safeDecode(url.pathname))) throw nulIn('_path');
    for (const [name, value] of url.searchParams) {
      if (hasNul(name) || hasNul(value)) throw nulIn(hasNul(name) ? '_query' : name);
    }
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
      const field = nulPath(body, []);
      if (field !== null) throw nulIn(field || '_');
    }
    await next();
  };
}

const hasNul = (text: string) => text.includes('\u0000');

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function nulIn(field: string) {
  return new AppError('VALIDATION_FAILED', { [field]: 'TEXT_HAS_NUL' });
}

/** The dotted path of the first string (or key) holding U+0000, "" for the root; null when there is none. */
function nulPath(value: unknown, at: string[]): string | null {
  if (typeof value === 'string') return hasNul(value) ? at.join('.') : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, [...at, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      if (hasNul(key)) return [...at, key].join('.');
      const found = nulPath(item, [...at, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
