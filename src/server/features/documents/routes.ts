import fs from 'node:fs/promises';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { TINOS } from '#documents/fonts.ts';
import type { PartyDocument } from '#documents/party-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { contentDisposition } from '../../http/download.ts';
import {
  errorResponses,
  IdParams,
  IdSchema,
  jsonBody,
  jsonResponse,
  QuarterSchema,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { xlsxContent, xlsxResponse } from '../../xlsx/sheet.ts';
import { reviewDocumentFor } from '../follow-up/index.ts';
import { conclusionDocumentFor } from '../inspections/index.ts';
import { PreparationSchema } from '../preparation/index.ts';
import { YEAR_REVIEW_PARTS, yearReviewDocumentFor } from '../year-review/index.ts';
import { meetingReportFor, minutesDocumentFor, noticeDocumentFor } from './meeting-documents.ts';
import { unitPeriodReportFor } from './period-report.ts';
import { guidanceDocumentFor, planDocumentFor } from './plan-documents.ts';
import { receivedReportRoutes } from './received-routes.ts';
import { type DocumentFormat, type RenderedDocument, render } from './render.ts';
import { issuedDocumentFor, issuedReports, issueMeetingReport, issuePeriodReport } from './reports.ts';
import { scorecardData, scorecardFor } from './scorecard.ts';
import { scorecardWorkbook } from './scorecard-workbook.ts';
import {
  dispositionDocumentFor,
  issueResolution,
  resolutionStateFor,
  topicDocumentFor,
} from './topic-documents.ts';

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

/** Sends a rendered document: the print view opens in the browser, Word and PDF download. */
async function send(doc: PartyDocument, format: DocumentFormat) {
  return fileBody(await render(doc, format), format === 'html');
}

const documentRoute = <Q extends z.ZodObject>(path: string, summary: string, query: Q) =>
  createRoute({
    method: 'get',
    path,
    tags,
    summary,
    request: { params: IdParams, query },
    responses: { ...fileResponse, ...errorResponses },
  });

type Build = (db: Kysely<DB>, actor: Actor, id: string) => Promise<PartyDocument>;

// Documents of one record, in the format asked for; those with more to choose are declared below.
const BY_ID: [path: string, summary: string, build: Build][] = [
  ['/plans/{id}/document', 'The annual plan as Word, PDF or a print view, in party format', planDocumentFor],
  [
    '/guidance/{id}/document',
    'The committee’s guidance letter as Word, PDF or a print view',
    guidanceDocumentFor,
  ],
  [
    '/topics/{id}/dispositions/document',
    'The table of comments on draft 1 and how each was taken in or answered',
    dispositionDocumentFor,
  ],
  [
    '/meetings/{id}/report/document',
    'The report of an ended meeting to the committee (preparation, conduct, results)',
    meetingReportFor,
  ],
  [
    '/meetings/{id}/notice/document',
    'The notice of a meeting (Thông báo): content, time and place',
    noticeDocumentFor,
  ],
  [
    '/meetings/{id}/minutes/document',
    'A meeting’s minutes (Biên bản) as Word, PDF or a print view, addenda after the signed text',
    minutesDocumentFor,
  ],
  [
    '/issued-reports/{id}/document',
    'A report as the cell issued it (numbered, frozen when signed)',
    issuedDocumentFor,
  ],
  [
    '/reviews/{id}/document',
    'The interim or final review of a resolution (Báo cáo sơ kết / tổng kết): the draft or the issued report',
    reviewDocumentFor,
  ],
  [
    '/inspections/{id}/conclusion/document',
    'The conclusion of an inspection (Thông báo kết luận): as issued, frozen; before, the committee’s draft',
    conclusionDocumentFor,
  ],
];

export const documentRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
// The committee's side of the reports: its list of those received, and the receipt (received-routes.ts).
documentRoutes.route('/', receivedReportRoutes);

for (const [path, summary, build] of BY_ID) {
  documentRoutes.openapi(documentRoute(path, summary, FormatQuery), async (c) =>
    send(
      await build(c.get('database').db, requireActor(c.get('actor')), c.req.valid('param').id),
      c.req.valid('query').format,
    ),
  );
}

documentRoutes
  .openapi(
    documentRoute(
      '/topics/{id}/document',
      'A topic’s text (a draft or the finished topic) as Word, PDF or a print view',
      FormatQuery.extend({ version: IdSchema.optional() }),
    ),
    async (c) => {
      const { format, version } = c.req.valid('query');
      const db = c.get('database').db;
      return send(
        await topicDocumentFor(db, requireActor(c.get('actor')), c.req.valid('param').id, version),
        format,
      );
    },
  )
  .openapi(
    documentRoute(
      '/orgs/{id}/report/document',
      'A cell’s quarterly progress report or its annual report of thematic meetings; for a committee, its report on its subtree (the draft, or as issued)',
      FormatQuery.extend({ year: YearSchema, quarter: z.coerce.number().int().min(1).max(4).optional() }),
    ),
    async (c) => {
      const { format, year, quarter } = c.req.valid('query');
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      return send(
        await unitPeriodReportFor(db, actor, c.req.valid('param').id, year, quarter ?? null),
        format,
      );
    },
  )
  .openapi(
    documentRoute(
      '/members/{id}/scorecard/document',
      'A member’s participation in the year’s thematic meetings, for the year-end review',
      FormatQuery.extend({ year: YearSchema }),
    ),
    async (c) => {
      const { format, year } = c.req.valid('query');
      const db = c.get('database').db;
      return send(
        await scorecardFor(db, requireActor(c.get('actor')), c.req.valid('param').id, year),
        format,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/members/{id}/scorecard/export',
      tags,
      summary: 'A member’s scorecard of the year as an Excel workbook (.xlsx): the facts the scorecard shows',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: { 200: xlsxContent, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const data = await scorecardData(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        year,
      );
      return xlsxResponse(await scorecardWorkbook(data), `kết-quả-tham-gia-${year}.xlsx`);
    },
  )
  .openapi(
    documentRoute(
      '/orgs/{id}/year-review/document',
      'A cell’s year-end review: the members’ participation table or the cell’s self-assessment (frozen once final)',
      FormatQuery.extend({ year: YearSchema, part: z.enum(YEAR_REVIEW_PARTS) }),
    ),
    async (c) => {
      const { format, year, part } = c.req.valid('query');
      const db = c.get('database').db;
      return send(
        await yearReviewDocumentFor(db, requireActor(c.get('actor')), c.req.valid('param').id, year, part),
        format,
      );
    },
  );

const IssuedReportSchema = z
  .object({
    id: z.string(),
    /** What it reports on: "meeting_report:…", "period_report:2026-Q3", "period_report:2026", "review:…". */
    subject: z.string(),
    number: z.number().int(),
    title: z.string(),
    issuedOn: z.string(),
    issuedBy: z.string().nullable(),
  })
  .openapi('IssuedReport');
const issuedResponse = { 201: jsonResponse(IssuedReportSchema, 'Issued'), ...errorResponses };
const present = (r: Awaited<ReturnType<typeof issueMeetingReport>>) => ({
  id: r.id,
  subject: r.subject,
  number: r.number,
  title: r.title,
  issuedOn: r.issued_on,
  issuedBy: null,
});

documentRoutes
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/report/issue',
      tags,
      summary: 'Issue the report of an ended meeting to the committee above: numbered BC, frozen as issued',
      request: { params: IdParams, ...jsonBody(z.object({}).openapi('IssueMeetingReportRequest')) },
      responses: issuedResponse,
    }),
    async (c) => {
      const db = c.get('database').db;
      const row = await issueMeetingReport(db, requireActor(c.get('actor')), c.req.valid('param').id);
      return c.json(present(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/report/issue',
      tags,
      summary:
        'Issue the cell’s quarterly or annual report (from the period’s last month); for a committee, its report on its subtree, by its officer, once its assessment is written',
      request: {
        params: IdParams,
        ...jsonBody(
          z
            .object({ year: YearSchema, quarter: QuarterSchema.nullish() })
            .openapi('IssuePeriodReportRequest'),
        ),
      },
      responses: issuedResponse,
    }),
    async (c) => {
      const { year, quarter } = c.req.valid('json');
      const db = c.get('database').db;
      const row = await issuePeriodReport(
        db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        year,
        quarter ?? null,
      );
      return c.json(present(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/issued-reports',
      tags,
      summary: 'The reports a cell issued in a year (meetings, quarters, the year, resolution reviews)',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: {
        200: jsonResponse(
          z
            .object({
              reports: z.array(
                IssuedReportSchema.extend({
                  /** Received by the committee directly above (who, when) and its remark; null: not yet. */
                  receipt: z
                    .object({
                      receivedAt: z.string(),
                      receivedBy: z.string().nullable(),
                      remark: z.string().nullable(),
                      remarkedAt: z.string().nullable(),
                    })
                    .nullable(),
                  /** A period report's due day (the guidance's deadline, else the default); null otherwise. */
                  dueOn: z.string().nullable(),
                  late: z.boolean(),
                }).openapi('CellIssuedReport'),
              ),
              /** The year's period reports that can be issued by now: due day, issued or not, late, missing. */
              periods: z.array(
                z
                  .object({
                    year: z.number().int(),
                    quarter: z.number().int().nullable(),
                    dueOn: z.string(),
                    issuedOn: z.string().nullable(),
                    late: z.boolean(),
                    missing: z.boolean(),
                  })
                  .openapi('PeriodReportDue'),
              ),
              /** The signed-in user may issue the cell's reports (its secretary or deputy). */
              mayIssue: z.boolean(),
            })
            .openapi('IssuedReports'),
          'Issued',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      return c.json(await issuedReports(db, actor, c.req.valid('param').id, c.req.valid('query').year), 200);
    },
  );

documentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/topics/{id}/issue',
    tags,
    summary:
      'The secretary issues a resolution topic as the cell’s Nghị quyết (NQ number), after the cell’s passed vote and the committee’s final approval',
    request: { params: IdParams, ...jsonBody(z.object({}).openapi('IssueResolutionRequest')) },
    responses: { 200: jsonResponse(PreparationSchema, 'The topic, issued'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('database').db;
    return c.json(await issueResolution(db, requireActor(c.get('actor')), c.req.valid('param').id), 200);
  },
);

const VoteFigures = z.object({ heldOn: z.string(), for: z.number().int(), base: z.number().int() });
const ResolutionStateSchema = z
  .object({
    /** The passed vote at an ended meeting of the topic that adopted it (seed 003); null: none yet. */
    vote: VoteFigures.nullable(),
    /** Seed 001: "Cấp ủy duyệt lần cuối trước khi ban hành Nghị quyết". */
    finalApproval: z.object({
      approved: z.boolean(),
      at: z.string().nullable(),
      byName: z.string().nullable(),
    }),
    decisions: z.array(
      z.object({
        id: z.string(),
        number: z.number().int(),
        text: z.string(),
        ownerName: z.string().nullable(),
        dueOn: z.string().nullable(),
        adopted: z.boolean(),
        /** Its vote: the one that adopted it, else the latest that failed; null: not voted on. */
        vote: VoteFigures.extend({
          against: z.number().int(),
          abstain: z.number().int(),
          passed: z.boolean(),
        }).nullable(),
      }),
    ),
    /** What still stops the secretary from issuing it; null: ready. */
    missing: z
      .enum(['VOTE_MISSING', 'DECISIONS_MISSING', 'FINAL_APPROVAL_MISSING', 'ALREADY_ISSUED'])
      .nullable(),
    issued: z.object({ number: z.number().int().nullable(), at: z.string().nullable() }).nullable(),
  })
  .openapi('ResolutionState');

documentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/topics/{id}/resolution',
    tags,
    summary:
      'Where a resolution topic stands before it is issued: the adopting vote, the final approval, each decision adopted or not, and what is missing',
    request: { params: IdParams },
    responses: { 200: jsonResponse(ResolutionStateSchema, 'The resolution’s state'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('database').db;
    return c.json(await resolutionStateFor(db, requireActor(c.get('actor')), c.req.valid('param').id), 200);
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
