import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import type { Database } from '#db/connection.ts';
import { sessionActor } from '../auth/actor.ts';
import { SESSION_COOKIE, sessionIdFromToken } from '../auth/session-token.ts';
import { AppError } from './app-error.ts';
import type { AppConfig, AppEnv } from './context.ts';
import type { Locale } from './messages.ts';

/** The request pipeline every route runs behind: headers → context → locale → session → CSRF. */
export function pipeline(database: Database, config: AppConfig): MiddlewareHandler<AppEnv>[] {
  return [
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
    async (c, next) => {
      c.set('database', database);
      c.set('config', config);
      c.set('locale', localeFromRequest(c.req.header('accept-language'), getCookie(c, 'cd_lang')));
      c.set('actor', null);
      c.set('session', null);
      await next();
    },
    async (c, next) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) {
        // One statement, or none while the session's actor is cached (auth/actor-cache.ts).
        const found = await sessionActor(database.db, sessionIdFromToken(token));
        if (found) {
          c.set('session', found.session);
          c.set('actor', found.actor);
          if (!getCookie(c, 'cd_lang')) c.set('locale', found.locale);
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

export function localeFromRequest(acceptLanguage: string | undefined, cookie: string | undefined): Locale {
  if (cookie === 'vi' || cookie === 'en') return cookie;
  // Vietnamese is the default; English only when the browser prefers it over Vietnamese.
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
