import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { TEXT_SIZES } from '#domain/accounts/text-size.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { requireActor } from '../authz/authorize.ts';
import { AppError } from '../http/app-error.ts';
import { jsonTextAnswer } from '../http/compression.ts';
import type { AppEnv } from '../http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../http/schemas.ts';
import { validationHook } from '../http/validation.ts';
import { loadActor } from './actor.ts';
import { changeOwnPassword, login, logout } from './auth-service.ts';
import { clientIp } from './client-ip.ts';
import { MeSchema, meText, presentMe } from './me.ts';
import { endStreamsOfSession } from './session-streams.ts';
import { SESSION_COOKIE, sessionIdFromToken } from './session-token.ts';
import { findLiveSession, setAccountLocale, setAccountTextSize } from './store.ts';

const tags = ['auth'];
const LoginRequest = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) })
  .openapi('LoginRequest');
const LocaleRequest = z.object({ locale: z.enum(['vi', 'en']) }).openapi('LocaleRequest');
const TextSizeRequest = z.object({ textSize: z.enum(TEXT_SIZES) }).openapi('TextSizeRequest');
const ChangePasswordRequest = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(1).max(200),
  })
  .openapi('ChangePasswordRequest');
const tooMany = {
  429: {
    description: 'Too many failed attempts; the Retry-After header gives the seconds to wait',
    headers: z.object({ 'Retry-After': z.string() }),
  },
};

export const authRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags,
      summary: 'Sign in; starts a new session',
      request: jsonBody(LoginRequest),
      responses: { 200: jsonResponse(MeSchema, 'Signed in'), ...errorResponses, ...tooMany },
    }),
    async (c) => {
      const { db } = c.get('database');
      const config = c.get('config');
      const body = c.req.valid('json');
      const { token } = await login(
        db,
        { ...body, ip: clientIp(c), previousToken: getCookie(c, SESSION_COOKIE) },
        config.sessionDays,
      );
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: config.secureCookies,
        path: '/',
        maxAge: config.sessionDays * 86_400,
      });
      const session = await findLiveSession(db, sessionIdFromToken(token), new Date().toISOString());
      if (!session) throw new AppError('INTERNAL');
      const actor = await loadActor(db, session);
      await recordAudit(db, actor, {
        action: 'auth.login',
        entityType: 'user_account',
        entityId: actor.userId,
        unitId: null,
      });
      return c.json(await presentMe(db, actor, session.csrfToken), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags,
      summary: 'Sign out; the session ends on the server',
      responses: { 204: { description: 'Signed out' }, ...errorResponses },
    }),
    async (c) => {
      const session = c.get('session');
      if (session) {
        await logout(c.get('database').db, session.id);
        endStreamsOfSession(session.id);
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags,
      summary: 'The signed-in user, their units and roles',
      responses: { 200: jsonResponse(MeSchema, 'Current user'), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const session = c.get('session');
      if (!session) throw new AppError('UNAUTHENTICATED');
      return jsonTextAnswer(c, await meText(c.get('database').db, actor, session), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/auth/locale',
      tags,
      summary: 'Choose the interface language',
      request: jsonBody(LocaleRequest),
      responses: { 204: { description: 'Saved' }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const { locale } = c.req.valid('json');
      await setAccountLocale(c.get('database').db, actor.userId, locale);
      setCookie(c, 'cd_lang', locale, { path: '/', sameSite: 'Lax', maxAge: 365 * 86_400 });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/auth/text-size',
      tags,
      summary: 'Choose one’s own reading size (normal, large, extra large); kept on the account',
      request: jsonBody(TextSizeRequest),
      responses: { 204: { description: 'Saved' }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      // Only the signed-in account's own setting: the request names no account.
      await setAccountTextSize(c.get('database').db, actor.userId, c.req.valid('json').textSize);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/auth/password',
      tags,
      summary: 'Change one’s own password; every other session of the person ends',
      request: jsonBody(ChangePasswordRequest),
      responses: { 204: { description: 'Changed' }, ...errorResponses, ...tooMany },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const session = c.get('session');
      if (!session) throw new AppError('UNAUTHENTICATED');
      await changeOwnPassword(c.get('database').db, actor, session.id, {
        ...c.req.valid('json'),
        ip: clientIp(c),
      });
      return c.body(null, 204);
    },
  );
