import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { MEMBER_STATUSES } from '#domain/members/member-status.ts';
import { MAX_ROSTER_BYTES, ROSTER_FIELDS } from '#domain/members/roster-import.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { contentDisposition } from '../../http/download.ts';
import { errorResponses, IdParams, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';
import { RosterFileError, rosterTemplate, XLSX_TYPE } from './workbook.ts';

const tags = ['roster-import'];
const CELL_ROLES = ['secretary', 'deputy', 'committee_member'] as const;
const OUTCOMES = ['new', 'update', 'unchanged', 'error'] as const;

const FileField = z.any().openapi({
  type: 'string',
  format: 'binary',
  description: 'The roster: .xlsx (first sheet read) or .csv in UTF-8, ≤ 2 MB, ≤ 1,000 rows',
});
const PreviewForm = z.object({ file: FileField }).openapi('RosterImportPreviewForm');
const ConfirmForm = z
  .object({ file: FileField, token: z.string().min(1).max(100) })
  .openapi('RosterImportConfirmForm');

const RosterValuesSchema = z.object({
  fullName: z.string(),
  birthDate: z.string().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  cardNumber: z.string().nullable(),
  joinedOn: z.string().nullable(),
  officialOn: z.string().nullable(),
  status: z.enum(['official', 'probationary', 'exempt']).nullable(),
  role: z.enum(CELL_ROLES).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
const RosterPreviewSchema = z
  .object({
    token: z.string(),
    format: z.enum(['xlsx', 'csv']),
    sheetName: z.string().nullable(),
    ignoredSheets: z.array(z.string()),
    ignoredColumns: z.array(z.string()),
    counts: z.object({ new: z.number(), update: z.number(), unchanged: z.number(), error: z.number() }),
    rows: z.array(
      z.object({
        line: z.number(),
        outcome: z.enum(OUTCOMES),
        values: RosterValuesSchema,
        personId: z.string().nullable(),
        changes: z.array(z.string()),
        statusChange: z
          .object({ from: z.enum(MEMBER_STATUSES), to: z.enum(MEMBER_STATUSES), on: z.string() })
          .nullable(),
        assignRole: z.enum(CELL_ROLES).nullable(),
        errors: z.array(
          z.object({
            field: z.enum(ROSTER_FIELDS),
            column: z.string(),
            code: z.string(),
            message: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi('RosterImportPreview');
const RosterSummarySchema = z
  .object({
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    statusChanges: z.number(),
    rolesAssigned: z.number(),
  })
  .openapi('RosterImportSummary');

/** Import a cell's roster from .xlsx or .csv: template, preview (nothing written), confirmation (one transaction). */
export const rosterImportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

rosterImportRoutes.use(
  '/orgs/:id/roster-import/*',
  bodyLimit({
    // The file plus the multipart envelope around it.
    maxSize: MAX_ROSTER_BYTES + 64 * 1024,
    onError: () => {
      throw new RosterFileError('ROSTER_IMPORT_TOO_LARGE', { size: '2 MB' });
    },
  }),
);
rosterImportRoutes.use('/orgs/:id/roster-import', async (c, next) => {
  if (c.req.method !== 'POST') return next();
  return bodyLimit({
    maxSize: MAX_ROSTER_BYTES + 64 * 1024,
    onError: () => {
      throw new RosterFileError('ROSTER_IMPORT_TOO_LARGE', { size: '2 MB' });
    },
  })(c, next);
});

rosterImportRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/roster-import/template',
      tags,
      summary: 'The roster template (.xlsx, Vietnamese headers)',
      request: { params: IdParams },
      responses: {
        200: {
          description: 'The template',
          content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      await service.checkTemplateAccess(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      return new Response(new Uint8Array(await rosterTemplate()), {
        status: 200,
        headers: {
          'content-type': XLSX_TYPE,
          'content-disposition': contentDisposition('Mẫu danh sách đảng viên.xlsx'),
          'cache-control': 'private, no-store',
        },
      });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/roster-import/preview',
      tags,
      summary: 'Read a roster file and say what each row would do; nothing is written',
      request: {
        params: IdParams,
        body: { required: true, content: { 'multipart/form-data': { schema: PreviewForm } } },
      },
      responses: {
        200: jsonResponse(RosterPreviewSchema, 'Every row’s result and the token'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const preview = await service.previewImport(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('form').file,
        c.get('locale') ?? 'vi',
      );
      return c.json(preview, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/roster-import',
      tags,
      summary: 'Import the previewed roster file in one transaction',
      request: {
        params: IdParams,
        body: { required: true, content: { 'multipart/form-data': { schema: ConfirmForm } } },
      },
      responses: { 200: jsonResponse(RosterSummarySchema, 'What was written'), ...errorResponses },
    }),
    async (c) => {
      const form = c.req.valid('form');
      const summary = await service.confirmImport(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        form.file,
        form.token,
      );
      return c.json(summary, 200);
    },
  );
