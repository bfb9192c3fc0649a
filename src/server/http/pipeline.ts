import type { MiddlewareHandler } from 'hono';
import type { Database } from '#db/connection.ts';
import { sessionActor } from '../auth/actor.ts';
import { SESSION_COOKIE, sessionIdFromToken } from '../auth/session-token.ts';
import { AppError } from './app-error.ts';
import type { AppConfig, AppEnv } from './context.ts';
import type { Locale } from './messages.ts';

/**
 * The request pipeline every route runs behind, in one middleware (*practice*, issue 20 "Per-request cost": each
 * layer is a promise per request): context → locale → session → CSRF. The security headers are set on the way
 * out by the outermost middleware (`securityHeaders`, http/compression.ts), with the answer's other headers.
 */
export function pipeline(database: Database, config: AppConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('database', database);
    c.set('config', config);
    const cookies = c.req.header('cookie');
    const langCookie = cookieValue(cookies, 'cd_lang');
    c.set('locale', localeFromRequest(c.req.header('accept-language'), langCookie));
    c.set('actor', null);
    c.set('session', null);
    const token = cookieValue(cookies, SESSION_COOKIE);
    if (token) {
      // One statement, or none while the session's actor is cached (auth/actor-cache.ts).
      const found = await sessionActor(database.db, sessionIdFromToken(token));
      if (found) {
        c.set('session', found.session);
        c.set('actor', found.actor);
        if (!langCookie) c.set('locale', found.locale);
        // Cookie-authenticated writes must echo the session's CSRF token in a header, which a page on
        // another site cannot read or set. Login itself carries no session yet.
        const method = c.req.method;
        if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && c.req.path !== '/api/auth/login')
          if (c.req.header('x-csrf-token') !== found.session.csrfToken) throw new AppError('CSRF_FAILED');
      }
    }
    await next();
  };
}

/**
 * The security headers, built once (*practice*, issue 20: trim response headers). Kept: the content security
 * policy (its `frame-ancestors 'none'` is what stops framing; X-Frame-Options only repeated it), nosniff, the
 * referrer policy, same-origin resource and opener policies, and HSTS when the app is served over HTTPS
 * (secure cookies). Dropped: headers for browsers the app does not support (X-XSS-Protection,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies) and ones that change nothing here
 * (X-DNS-Prefetch-Control, Origin-Agent-Cluster).
 */
export function securityHeaders(config: AppConfig): [string, string][] {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine sets inline style attributes; no inline scripts are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  const headers: [string, string][] = [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  if (config.secureCookies)
    headers.push(['Strict-Transport-Security', 'max-age=15552000; includeSubDomains']);
  return headers;
}

export function localeFromRequest(acceptLanguage: string | undefined, cookie: string | undefined): Locale {
  if (cookie === 'vi' || cookie === 'en') return cookie;
  // Vietnamese is the default; English only when the browser prefers it over Vietnamese.
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

/**
 * One cookie's value from a Cookie header (RFC 6265: `name=value` pairs joined by `; `, a value possibly quoted),
 * without parsing the others (*practice*, issue 20 "Per-request cost": a full parse of every cookie on every
 * request cost more than the session's lookup). Percent-escapes are decoded as Hono's reader does.
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let at = 0;
  while (at < header.length) {
    let end = header.indexOf(';', at);
    if (end === -1) end = header.length;
    const eq = header.indexOf('=', at);
    if (eq !== -1 && eq < end && header.slice(at, eq).trim() === name) {
      let value = header.slice(eq + 1, end).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (!value.includes('%')) return value;
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
    at = end + 1;
  }
  return undefined;
}
