import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  COMMENDATION_FORMS,
  COMMENDATION_KINDS,
  COMMENDATION_SUBJECTS,
} from '#domain/commendations/commendations.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { requireActor } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalId,
  OptionalText,
  RequiredText,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { xlsxContent, xlsxResponse } from '../../xlsx/sheet.ts';
import * as service from './service.ts';
import * as store from './store.ts';
import { commendationsWorkbook, subjectText } from './workbook.ts';

const tags = ['commendations'];

const CommendationRequest = z
  .object({
    subjectKind: z.enum(COMMENDATION_SUBJECTS),
    unitId: OptionalId,
    personId: OptionalId,
    topicId: OptionalId,
    kind: z.enum(COMMENDATION_KINDS),
    form: z.enum(COMMENDATION_FORMS),
    formOther: OptionalText(200),
    reason: RequiredText(2000),
    decisionNumber: RequiredText(50),
    decisionDate: LocalDateSchema,
    year: YearSchema,
  })
  .openapi('CommendationRequest');

export const CommendationSchema = z
  .object({
    id: z.string(),
    committeeId: z.string(),
    committeeName: z.string(),
    subjectKind: z.enum(COMMENDATION_SUBJECTS),
    unitId: z.string(),
    unitName: z.string(),
    personId: z.string().nullable(),
    personName: z.string().nullable(),
    topicId: z.string().nullable(),
    topicTitle: z.string().nullable(),
    /** The subject in words: "Chi bộ …", "Đồng chí … (Chi bộ …)", "Chuyên đề “…” (Chi bộ …)". */
    subject: z.string(),
    kind: z.enum(COMMENDATION_KINDS),
    form: z.enum(COMMENDATION_FORMS),
    formOther: z.string().nullable(),
    reason: z.string(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    year: z.number().int(),
  })
  .openapi('Commendation');

const Named = z.object({ id: z.string(), name: z.string(), unitName: z.string().nullable() });

export const CommendationListSchema = z
  .object({
    unitKind: z.enum(['cell', 'committee', 'group']),
    commendations: z.array(CommendationSchema),
    /** What the committee may commend (only to those who may write): units, members, the year's topics. */
    subjects: z.object({ units: z.array(Named), people: z.array(Named), topics: z.array(Named) }),
    permissions: z.object({ write: z.boolean() }),
  })
  .openapi('CommendationList');

const ListQuery = z.object({ year: YearSchema.optional(), personId: OptionalId });
const ExportQuery = z.object({ year: YearSchema });

function present(r: store.CommendationRow): z.infer<typeof CommendationSchema> {
  return {
    id: r.id,
    committeeId: r.committee_id,
    committeeName: r.committee_name,
    subjectKind: r.subject_kind,
    unitId: r.unit_id,
    unitName: r.unit_name,
    personId: r.person_id,
    personName: r.person_name,
    topicId: r.topic_id,
    topicTitle: r.topic_title,
    subject: subjectText(r),
    kind: r.kind,
    form: r.form,
    formOther: r.form_other,
    reason: r.reason,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    year: r.year,
  };
}

const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

async function presentOne(c: Context<AppEnv>, id: string) {
  const row = await store.findCommendation(db(c), id);
  if (!row) throw new AppError('NOT_FOUND');
  return present(row);
}

export const commendationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/commendations',
      tags,
      summary:
        'Commendations (biểu dương, khen thưởng) of a year: a committee’s for its subtree, a cell’s its own; or one member’s',
      request: { params: IdParams, query: ListQuery },
      responses: { 200: jsonResponse(CommendationListSchema, 'The commendations'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { year, personId } = c.req.valid('query');
      const data = await service.listCommendations(db(c), actor(c), id, {
        ...(year !== undefined ? { year } : {}),
        ...(personId ? { personId } : {}),
      });
      const subjects = data.canWrite
        ? await store.listSubjects(db(c), id, year ?? Number(todayInVietnam().slice(0, 4)))
        : { units: [], people: [], topics: [] };
      return c.json(
        {
          unitKind: data.unit.kind,
          commendations: data.rows.map(present),
          subjects: {
            units: subjects.units.map((u) => ({ id: u.id, name: u.name, unitName: null })),
            people: subjects.people.map((p) => ({ id: p.id, name: p.name, unitName: p.unit_name })),
            topics: subjects.topics.map((t) => ({ id: t.id, name: t.name, unitName: t.unit_name })),
          },
          permissions: { write: data.canWrite },
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/commendations/export',
      tags,
      summary: 'The year’s commendations as an Excel workbook (.xlsx), Vietnamese headers',
      request: { params: IdParams, query: ExportQuery },
      responses: { 200: xlsxContent, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const { unit, rows } = await service.listCommendations(db(c), actor(c), c.req.valid('param').id, {
        year,
      });
      const title = `Biểu dương, khen thưởng năm ${year} — ${unit.name}`;
      return xlsxResponse(await commendationsWorkbook(title, rows), `biểu-dương-khen-thưởng-${year}.xlsx`);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/commendations',
      tags,
      summary:
        'Record a commendation of a unit, member or topic under the committee (its officers, or those above)',
      request: { params: IdParams, ...jsonBody(CommendationRequest) },
      responses: { 201: jsonResponse(CommendationSchema, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const id = await service.recordCommendation(
        db(c),
        actor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(await presentOne(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/commendations/{id}',
      tags,
      summary: 'Correct a commendation (the committee’s officers), audited',
      request: { params: IdParams, ...jsonBody(CommendationRequest) },
      responses: { 200: jsonResponse(CommendationSchema, 'Changed'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.changeCommendation(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await presentOne(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/commendations/{id}',
      tags,
      summary: 'Withdraw a commendation recorded in error (the committee’s officers), audited',
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      await service.deleteCommendation(db(c), actor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
