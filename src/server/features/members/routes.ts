import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { MEMBER_STATUSES } from '#domain/members/member-status.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalText,
  RequiredText,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { xlsxContent, xlsxResponse } from '../../xlsx/sheet.ts';
import { presentRole } from '../roles/index.ts';
import { MemberSchema, MemberSummarySchema, presentMemberSummary } from './presenter.ts';
import * as service from './service.ts';
import { rosterWorkbook } from './workbook.ts';

const tags = ['members'];

const ProfileFields = {
  fullName: RequiredText(120),
  gender: z.enum(['male', 'female']).nullish(),
  birthDate: LocalDateSchema.nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+ .()-]{0,20}$/)
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  email: z.union([z.literal('').transform(() => null), z.email().max(200)]).nullish(),
  joinedOn: LocalDateSchema.nullish(),
  officialOn: LocalDateSchema.nullish(),
  cardNumber: OptionalText(30),
  groupId: z.string().nullish(),
};
const CreateMemberRequest = z
  .object({
    ...ProfileFields,
    unitId: z.string().min(1),
    status: z.enum(['official', 'probationary', 'exempt', 'staff']),
    statusSince: LocalDateSchema,
  })
  .openapi('CreateMemberRequest');
const UpdateMemberRequest = z
  .object({ ...ProfileFields, fullName: ProfileFields.fullName.optional() })
  .openapi('UpdateMemberRequest');
const StatusRequest = z
  .object({ status: z.enum(MEMBER_STATUSES), on: LocalDateSchema, note: OptionalText(500) })
  .openapi('ChangeStatusRequest');
const TransferRequest = z
  .object({ toUnitId: z.string().min(1), on: LocalDateSchema, note: OptionalText(500) })
  .openapi('TransferRequest');
const AccountRequest = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,50}$/),
    password: z.string().min(10).max(200),
  })
  .openapi('CreateAccountRequest');
const MembersQuery = z.object({
  status: z.enum(MEMBER_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  scope: z.enum(['unit', 'subtree']).optional(),
});

async function presentMember(c: Context<AppEnv>, id: string): Promise<z.infer<typeof MemberSchema>> {
  const d = await service.getMemberDetail(c.get('database').db, requireActor(c.get('actor')), id);
  return {
    ...presentMemberSummary(d.person),
    email: d.person.email,
    periods: d.periods.map((p) => ({
      id: p.id,
      unitId: p.unit_id,
      unitName: p.unit_name,
      status: p.status,
      startedOn: p.started_on,
      endedOn: p.ended_on,
      note: p.note,
    })),
    roleHistory: d.roleHistory.map(presentRole),
    account: d.account,
    permissions: d.permissions,
    nextStatuses: d.nextStatuses,
  };
}

export const memberRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/members',
      tags,
      summary: 'The roster of a unit',
      request: { params: IdParams, query: MembersQuery },
      responses: {
        200: jsonResponse(z.object({ members: z.array(MemberSummarySchema) }), 'Roster'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const rows = await service.listMembers(
        c.get('database').db,
        actor,
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return c.json({ members: rows.map(presentMemberSummary) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/members/export',
      tags,
      summary:
        'The roster as an Excel workbook (.xlsx), Vietnamese headers; personal fields as the roster shows them',
      request: { params: IdParams, query: MembersQuery },
      responses: { 200: xlsxContent, ...errorResponses },
    }),
    async (c) => {
      const { unit, members } = await service.rosterOf(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return xlsxResponse(
        await rosterWorkbook(unit.name, members.map(presentMemberSummary)),
        `danh-sách-đảng-viên-${todayInVietnam()}.xlsx`,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/members',
      tags,
      summary: 'Add a party member or a non-member staff person to a unit',
      request: jsonBody(CreateMemberRequest),
      responses: { 201: jsonResponse(MemberSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const id = await service.createMember(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('json'),
      );
      return c.json(await presentMember(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/members/{id}',
      tags,
      summary: 'A person with their membership and role history',
      request: { params: IdParams },
      responses: { 200: jsonResponse(MemberSchema, 'The person'), ...errorResponses },
    }),
    async (c) => c.json(await presentMember(c, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/members/{id}',
      tags,
      summary: 'Edit a person’s profile',
      request: { params: IdParams, ...jsonBody(UpdateMemberRequest) },
      responses: { 200: jsonResponse(MemberSchema, 'Updated'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.updateMember(c.get('database').db, requireActor(c.get('actor')), id, c.req.valid('json'));
      return c.json(await presentMember(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/members/{id}/status',
      tags,
      summary: 'Change a member’s status from a date',
      request: { params: IdParams, ...jsonBody(StatusRequest) },
      responses: { 200: jsonResponse(MemberSchema, 'Changed'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.changeStatus(c.get('database').db, requireActor(c.get('actor')), id, c.req.valid('json'));
      return c.json(await presentMember(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/members/{id}/transfer',
      tags,
      summary: 'Move a person to another unit from a date',
      request: { params: IdParams, ...jsonBody(TransferRequest) },
      responses: { 200: jsonResponse(MemberSchema, 'Transferred'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.transferMember(
        c.get('database').db,
        requireActor(c.get('actor')),
        id,
        c.req.valid('json'),
      );
      return c.json(await presentMember(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/members/{id}/account',
      tags,
      summary: 'Give a person a login',
      request: { params: IdParams, ...jsonBody(AccountRequest) },
      responses: {
        201: jsonResponse(z.object({ username: z.string() }), 'Account created'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const result = await service.createAccount(
        c.get('database').db,
        requireActor(c.get('actor')),
        id,
        c.req.valid('json'),
      );
      return c.json(result, 201);
    },
  );
