import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '#db/connection.ts';
import { authRoutes } from './auth/routes.ts';
import { requireActor } from './authz/authorize.ts';
import { accountRoutes } from './features/accounts/routes.ts';
import { auditRoutes } from './features/audit/routes.ts';
import { calendarRoutes } from './features/calendar/routes.ts';
import { commendationRoutes } from './features/commendations/routes.ts';
import { committeeReportRoutes } from './features/committee-reports/routes.ts';
import { documentFonts, documentRoutes } from './features/documents/routes.ts';
import { followUpRoutes } from './features/follow-up/routes.ts';
import { guidanceRoutes } from './features/guidance/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { inboxRoutes } from './features/inbox/routes.ts';
import { inspectionRoutes } from './features/inspections/routes.ts';
import { meetingRoutes } from './features/meetings/routes.ts';
import { memberRoutes } from './features/members/routes.ts';
import { numberingRoutes } from './features/numbering/routes.ts';
import { orgRoutes } from './features/orgs/routes.ts';
import { oversightRoutes } from './features/oversight/routes.ts';
import { planRoutes } from './features/plans/routes.ts';
import { preparationRoutes } from './features/preparation/routes.ts';
import { qualityRoutes } from './features/quality/routes.ts';
import { roleRoutes } from './features/roles/routes.ts';
import { rosterImportRoutes } from './features/roster-import/routes.ts';
import { searchRoutes } from './features/search/routes.ts';
import { supportRoutes } from './features/support/routes.ts';
import { topicRoutes } from './features/topics/routes.ts';
import { yearReviewRoutes } from './features/year-review/routes.ts';
import { apiDocs } from './http/api-docs.ts';
import { AppError } from './http/app-error.ts';
import { compressResponses } from './http/compression.ts';
import type { AppConfig, AppEnv } from './http/context.ts';
import { handleError, handleNotFound } from './http/errors.ts';
import { pipeline, securityHeaders } from './http/pipeline.ts';
import { refuseUnstorableText } from './http/text-guard.ts';
import { serveWeb } from './http/web.ts';
import { notificationRoutes } from './notifications/routes.ts';

/** Operations anyone may call without a session. Everything else under /api needs one. */
const PUBLIC_API = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/openapi.json',
]);

/** What a person who must change their password may still call: the change itself, who they are, leaving. */
const PASSWORD_CHANGE_OPEN = new Set([
  'GET /api/auth/me',
  'PUT /api/auth/password',
  'PUT /api/auth/locale',
  'POST /api/auth/logout',
  'POST /api/auth/login',
]);

/** Builds the whole application from feature routers; it holds no logic of its own. */
export function createApp(database: Database, config: AppConfig) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  // Outermost: it compresses whatever the rest answers, errors included (never event streams), and sets the
  // security headers on every answer.
  app.use('*', compressResponses({ headers: securityHeaders(config) }));
  app.use('*', pipeline(database, config));
  app.use('/api/*', async (c, next) => {
    const key = `${c.req.method} ${c.req.path}`;
    // A calendar feed is opened by calendar programs without a session: its private token is the key.
    const open =
      c.req.path.startsWith('/api/docs') ||
      (c.req.method === 'GET' && c.req.path.startsWith('/api/calendar/'));
    // A path no operation answers is a 404 for everyone: asking for sign-in first would say nothing more.
    if (!knownApiPath(c.req.path)) return handleNotFound(c);
    if (!PUBLIC_API.has(key) && !open) requireActor(c.get('actor'));
    if (c.get('session')?.mustChangePassword && !PASSWORD_CHANGE_OPEN.has(key))
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    // Signed in (or a public operation): no text a database cannot keep as sent reaches a route, on either engine.
    await refuseUnstorableText(c);
    await next();
  });

  const api = new OpenAPIHono<AppEnv>();
  api.route('/', healthRoutes);
  api.route('/', authRoutes);
  api.route('/', orgRoutes);
  api.route('/', memberRoutes);
  api.route('/', roleRoutes);
  api.route('/', auditRoutes);
  api.route('/', guidanceRoutes);
  api.route('/', planRoutes);
  api.route('/', topicRoutes);
  api.route('/', preparationRoutes);
  api.route('/', meetingRoutes);
  api.route('/', followUpRoutes);
  api.route('/', documentRoutes);
  api.route('/', notificationRoutes);
  api.route('/', calendarRoutes);
  api.route('/', inboxRoutes);
  api.route('/', oversightRoutes);
  api.route('/', committeeReportRoutes);
  api.route('/', supportRoutes);
  api.route('/', commendationRoutes);
  api.route('/', numberingRoutes);
  api.route('/', inspectionRoutes);
  api.route('/', qualityRoutes);
  api.route('/', yearReviewRoutes);
  api.route('/', accountRoutes);
  api.route('/', searchRoutes);
  api.route('/', rosterImportRoutes);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Chuyên Đề API', version: '1.0.0', description: 'Thematic party-cell meetings' },
    servers: [{ url: '/api' }],
  });
  api.route('/', apiDocs);
  api.route('/', documentFonts);
  api.notFound(handleNotFound);
  app.route('/api', api);
  const knownApiPath = apiPathMatcher(
    api.routes.filter((r) => r.path !== '/*').map((r) => `/api${r.path === '/' ? '' : r.path}`),
  );
  // Nothing under /api falls through to the web client's page: an unknown operation is a JSON 404.
  app.all('/api/*', handleNotFound);

  if (config.webDir) app.route('/', serveWeb(config.webDir));
  app.notFound(handleNotFound);
  return app;
}

/**
 * Whether a request path is one some operation answers. The route patterns are grouped by the segment after
 * `/api` (`/api/plans/…` is tried against the plans' patterns only), not all ~250 tried in turn on every request
 * (*practice*, issue 20 "Per-request cost"); a route whose first segment is a parameter or `*` is tried always.
 * A group's expressions are made on its first request, not before the server listens (issue 20, start-up).
 */
export function apiPathMatcher(routePaths: readonly string[]): (path: string) => boolean {
  const bySegment = new Map<string, string[]>();
  const alwaysPaths: string[] = [];
  for (const routePath of routePaths) {
    const segment = routePath.split('/')[2] ?? '';
    if (segment.startsWith(':') || segment.includes('*')) alwaysPaths.push(routePath);
    else bySegment.set(segment, [...(bySegment.get(segment) ?? []), routePath]);
  }
  const compiled = new Map<string, RegExp[]>();
  let always: RegExp[] | undefined;
  return (path) => {
    const segment = path.split('/', 3)[2] ?? '';
    let patterns = compiled.get(segment);
    if (!patterns) {
      const paths = bySegment.get(segment);
      patterns = paths ? paths.map(pathPattern) : [];
      // Only the operations' own segments are kept: any other path would grow the map without bound.
      if (paths) compiled.set(segment, patterns);
    }
    always ??= alwaysPaths.map(pathPattern);
    return patterns.some((p) => p.test(path)) || always.some((p) => p.test(path));
  };
}

/** A route's path ("/api/members/:id", "/api/docs/*") as a regular expression over request paths. */
function pathPattern(routePath: string): RegExp {
  const source = routePath
    .split('/')
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}/?$`);
}

export type App = ReturnType<typeof createApp>;
