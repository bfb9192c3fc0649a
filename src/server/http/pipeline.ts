import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '#db/connection.ts';
import { sessionActor } from '../auth/actor.ts';
import { SESSION_COOKIE, sessionIdFromToken } from '../auth/session-token.ts';
import { AppError } from './app-error.ts';
import type { AppConfig, AppEnv } from './context.ts';
import type { Locale } from './messages.ts';

/** The request pipeline every route runs behind: headers → context → locale → session → CSRF. */
export function pipeline(database: Database, config: AppConfig): MiddlewareHandler<AppEnv>[] {
  return [
    securityHeaders(config),
    async (c, next) => {
      c.set('database', database);
      c.set('config', config);
      // The cookie header parsed once for the language and the session.
      const cookies = getCookie(c);
      const langCookie = cookies.cd_lang;
      c.set('locale', localeFromRequest(c.req.header('accept-language'), langCookie));
      c.set('actor', null);
      c.set('session', null);
      const token = cookies[SESSION_COOKIE];
      if (token) {
        // One statement, or none while the session's actor is cached (auth/actor-cache.ts).
        const found = await sessionActor(database.db, sessionIdFromToken(token));
        if (found) {
          c.set('session', found.session);
          c.set('actor', found.actor);
          if (!langCookie) c.set('locale', found.locale);
        }
      }
      await next();
    },
    async (c, next) => {
      // Cookie-authenticated writes must echo the session's CSRF token in a header, which a page on
      // another site cannot read or set. Login itself carries no session yet.
      const session = c.get('session');
      const isLogin = c.req.path === '/api/auth/login';
      if (session && !isLogin && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
        if (c.req.header('x-csrf-token') !== session.csrfToken) throw new AppError('CSRF_FAILED');
      }
      await next();
    },
  ];
}

/**
 * The security headers, built once (*practice*, issue 20: trim response headers). Kept: the content security
 * policy (its `frame-ancestors 'none'` is what stops framing; X-Frame-Options only repeated it), nosniff, the
 * referrer policy, same-origin resource and opener policies, and HSTS when the app is served over HTTPS
 * (secure cookies). Dropped: headers for browsers the app does not support (X-XSS-Protection,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies) and ones that change nothing here
 * (X-DNS-Prefetch-Control, Origin-Agent-Cluster).
 */
function securityHeaders(config: AppConfig): MiddlewareHandler<AppEnv> {
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
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  };
}

export function localeFromRequest(acceptLanguage: string | undefined, cookie: string | undefined): Locale {
  if (cookie === 'vi' || cookie === 'en') return cookie;
  // Vietnamese is the default; English only when the browser prefers it over Vietnamese.
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
