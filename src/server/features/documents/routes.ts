import fs from 'node:fs/promises';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { TINOS } from '#documents/fonts.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, IdSchema } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { YearSchema } from '../guidance/routes.ts';
import {
  dispositionDocumentFor,
  guidanceDocumentFor,
  meetingReportFor,
  minutesDocumentFor,
  noticeDocumentFor,
  periodReportFor,
  planDocumentFor,
  type RenderedDocument,
  render,
  scorecardFor,
  topicDocumentFor,
} from './service.ts';

const tags = ['documents'];
const FormatQuery = z.object({ format: z.enum(['docx', 'pdf', 'html']) });
const fileResponse = {
  200: {
    description: 'The document file',
    content: {
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
        schema: z.string().openapi({ format: 'binary' }),
      },
      'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      'text/html': { schema: z.string().openapi({ description: 'Print view (A4)' }) },
    },
  },
};

/** RFC 5987: an ASCII fallback name plus the exact Vietnamese name in UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function fileBody(file: RenderedDocument, inline: boolean) {
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      // The print view opens in the browser; Word and PDF download under their Vietnamese names.
      'content-disposition': inline ? 'inline' : contentDisposition(file.fileName),
      'cache-control': 'private, no-store',
    },
  });
}

const FONT_FILES: Record<string, string> = TINOS;

export const documentRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/document',
      tags,
      summary: 'The annual plan as Word, PDF or a print view, in party format',
      request: { params: IdParams, query: FormatQuery },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const doc = await planDocumentFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      const { format } = c.req.valid('query');
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/guidance/{id}/document',
      tags,
      summary: 'The committee’s guidance letter as Word, PDF or a print view',
      request: { params: IdParams, query: FormatQuery },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const doc = await guidanceDocumentFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      const { format } = c.req.valid('query');
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}/document',
      tags,
      summary: 'A topic’s text (a draft or the finished topic) as Word, PDF or a print view',
      request: {
        params: IdParams,
        query: FormatQuery.extend({ version: IdSchema.optional() }),
      },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const { format, version } = c.req.valid('query');
      const doc = await topicDocumentFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        version,
      );
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}/dispositions/document',
      tags,
      summary: 'The table of comments on draft 1 and how each was taken in or answered',
      request: { params: IdParams, query: FormatQuery },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const doc = await dispositionDocumentFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      const { format } = c.req.valid('query');
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/report/document',
      tags,
      summary: 'The report of an ended meeting to the committee (preparation, conduct, results)',
      request: { params: IdParams, query: FormatQuery },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const doc = await meetingReportFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      const { format } = c.req.valid('query');
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/report/document',
      tags,
      summary: 'A cell’s quarterly progress report or its annual report of thematic meetings',
      request: {
        params: IdParams,
        query: FormatQuery.extend({
          year: YearSchema,
          quarter: z.coerce.number().int().min(1).max(4).optional(),
        }),
      },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const { format, year, quarter } = c.req.valid('query');
      const doc = await periodReportFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        year,
        quarter ?? null,
      );
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/members/{id}/scorecard/document',
      tags,
      summary: 'A member’s participation in the year’s thematic meetings, for the year-end review',
      request: { params: IdParams, query: FormatQuery.extend({ year: YearSchema }) },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const { format, year } = c.req.valid('query');
      const doc = await scorecardFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        year,
      );
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/notice/document',
      tags,
      summary: 'The notice of a meeting (Thông báo): content, time and place',
      request: { params: IdParams, query: FormatQuery },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const doc = await noticeDocumentFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      const { format } = c.req.valid('query');
      return fileBody(await render(doc, format), format === 'html');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/minutes/document',
      tags,
      summary: 'A meeting’s minutes (Biên bản) as Word, PDF or a print view, addenda after the signed text',
      request: { params: IdParams, query: FormatQuery },
      responses: { ...fileResponse, ...errorResponses },
    }),
    async (c) => {
      const doc = await minutesDocumentFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      const { format } = c.req.valid('query');
      return fileBody(await render(doc, format), format === 'html');
    },
  );

/** The document font for print views (not an API operation: a static asset behind the session). */
export const documentFonts = new Hono<AppEnv>().get('/document-fonts/:file', async (c) => {
  const file = FONT_FILES[c.req.param('file').replace(/\.ttf$/, '')];
  if (!file) return c.notFound();
  return c.body(await fs.readFile(file), 200, {
    'content-type': 'font/ttf',
    'cache-control': 'private, max-age=86400',
  });
});
