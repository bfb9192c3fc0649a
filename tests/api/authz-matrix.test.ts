import { createECDH } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId, nowIso } from '../../src/db/ids.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { defaultAgenda } from '../../src/domain/meetings/agenda.ts';
import { DEFAULT_RUBRIC } from '../../src/domain/quality/rubric.ts';
import type { App } from '../../src/server/app.ts';
import { createCalendarFeed } from '../../src/server/features/calendar/index.ts';
import { issueMeetingReport } from '../../src/server/features/documents/index.ts';
import { recordPaperMeeting } from '../../src/server/features/meetings/index.ts';
import { proposeScore } from '../../src/server/features/quality/index.ts';
import { previewImport } from '../../src/server/features/roster-import/index.ts';
import { ensureVapidKeys } from '../../src/server/notifications/push.ts';
import {
  buildCell,
  buildCommitteeInvitation,
  buildGroup,
  buildGuidance,
  buildInspection,
  buildMeeting,
  buildMeetingTopic,
  buildModel,
  buildPerson,
  buildPlan,
  buildPreparation,
  buildRegistration,
  buildResolution,
  buildReview,
  buildSupport,
  buildUser,
  buildWorld,
  giveRole,
  markFinished,
  nextPlanYear,
  PASSWORD,
  type PreparationStage,
  TINY_PDF,
  type World,
} from '../fixtures/factories.ts';
import { ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

/**
 * The authorisation matrix: every operation of the OpenAPI document × every role × our tenant and a
 * foreign one. A new operation that is not listed here fails the first test.
 */
type RoleName = 'anonymous' | 'admin' | 'officer' | 'inspector' | 'secretary' | 'member' | 'staff';
type Tenant = 'own' | 'foreign';
type Outcomes = Record<Exclude<RoleName, 'anonymous' | 'admin'>, number>;
interface Case {
  /** A FormData body is sent as multipart/form-data (a file upload), anything else as JSON. */
  build: (w: World, tenant: Tenant) => Promise<{ path: string; body?: unknown }>;
  /** Status for each signed-in role on our tenant; on a foreign one every role but admin gets `foreign`. */
  own: Outcomes;
  admin: number;
  foreign?: number;
  anonymous?: number;
  /** The operation ends the session it runs in: use a throwaway one. */
  freshSession?: boolean;
  /**
   * The answer is an endless event stream (SSE): only its status is read, then the body is cancelled,
   * which closes the stream on the server (reading it to the end would never finish).
   */
  stream?: boolean;
}

const READ_ALL = { officer: 200, inspector: 200, secretary: 200, member: 200, staff: 200 };
/** The party's own records (roster, plan): staff are not party members and read only their own record (issue 19). */
const PARTY_READ = { ...READ_ALL, staff: 403 };
const OFFICERS_ONLY = (ok: number) => ({
  officer: ok,
  inspector: 403,
  secretary: 403,
  member: 403,
  staff: 403,
});
/** Committee work seen from below: people of a cell cannot even see the committee above them (404). */
const COMMITTEE_ONLY = (ok: number) => ({
  officer: ok,
  inspector: 403,
  secretary: 404,
  member: 404,
  staff: 404,
});
const SECRETARY_ONLY = (ok: number) => ({
  officer: 403,
  inspector: 403,
  secretary: ok,
  member: 403,
  staff: 403,
});
const committeeOf = (w: World, t: Tenant) => (t === 'own' ? w.sub.id : w.foreignRoot.id);
const guidanceBody = () => ({
  year: 2026,
  referenceNumber: '25-CV/ĐU',
  issuedOn: '2026-01-05',
  title: 'Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm 2026',
  documents: ['Hướng dẫn số 12-HD/BTCTW'],
  topicGroups: ['ho_chi_minh_study'],
  planDeadline: '2026-01-31',
});
let pushEndpoint = 0;
/** Who follows a cell for its committee: the world's officer; in the foreign tree, an officer made there once. */
let foreignFollower: string | null = null;
const followerOf = async (w: World, t: Tenant) => {
  if (t === 'own') return w.people.officerId;
  if (!foreignFollower) {
    foreignFollower = await buildPerson(database.db, { unitId: w.foreignRoot.id, status: 'staff' });
    await giveRole(database.db, w.foreignRoot.id, foreignFollower, 'officer');
  }
  return foreignFollower;
};
let inspectionPlanDay = 0;
let reviewYear = 2060;
const inspectionOf = (w: World, t: Tenant, stage: Parameters<typeof buildInspection>[1]['stage']) =>
  buildInspection(database.db, { committeeId: committeeOf(w, t), cellId: cellOf(w, t), stage });
/** A new person of the cell with a login of their own (the account the operation under test manages). */
async function personWithAccount(w: World, t: Tenant) {
  const personId = await buildPerson(database.db, { unitId: cellOf(w, t) });
  await buildUser(database.db, { personId });
  return personId;
}
const cellOf = (w: World, t: Tenant) => (t === 'own' ? w.cell.id : w.foreignCell.id);
let rosterCard = 60_000_000;
/** A roster file of one new official member with a card number of their own. */
const rosterCsv = () =>
  `Họ và tên,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Trạng thái\r\nĐinh Văn Nhập,${++rosterCard},01/01/2010,01/01/2011,Chính thức\r\n`;
const rosterForm = (csv: string, token?: string) => {
  const form = new FormData();
  form.append('file', new File([csv], 'danh-sach.csv', { type: 'text/csv' }));
  if (token) form.append('token', token);
  return form;
};
const commendationBody = (unitId: string) => ({
  subjectKind: 'unit',
  unitId,
  kind: 'reward',
  form: 'certificate',
  reason: 'Sinh hoạt chuyên đề có chất lượng',
  decisionNumber: '12-QĐ/ĐU',
  decisionDate: '2026-12-20',
  year: 2026,
});
/** A commendation of the cell by the committee, written directly (the operation under test is its change). */
async function buildCommendation(committeeId: string, cellId: string) {
  const id = newId();
  const now = nowIso();
  await database.db
    .insertInto('commendation')
    .values({
      id,
      committee_id: committeeId,
      subject_kind: 'unit',
      unit_id: cellId,
      person_id: null,
      topic_id: null,
      kind: 'praise',
      form: 'conference',
      form_other: null,
      reason: 'Sinh hoạt chuyên đề có chất lượng',
      decision_number: '3-QĐ/ĐU',
      decision_date: '2026-12-20',
      year: 2026,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
const memberOf = (w: World, t: Tenant) =>
  t === 'own' ? w.people.memberId : (w.foreignCell.memberIds[0] ?? '');

/**
 * Preparing a topic. Inside the cell the answer depends on who the actor is for the topic, so each case
 * says who prepares it: the signed-in `member` (preparer's work: 2xx for them alone) or `another` member
 * of the cell without a login (everyone signed in is then a reader, the secretary the approver). The
 * world's cell has 4 official members, so its secretary (and deputy) approve; the administrator keeps the
 * system, is nobody's preparer or approver, but reads every text and may act for the secretary (plan.edit).
 * Staff are not party members: refused by policy (403) on a cell they can see.
 */
const preparerOf = (w: World, t: Tenant, who: 'member' | 'another') => {
  const people = t === 'own' ? [w.people.memberId, w.cell.memberIds[2]] : w.foreignCell.memberIds;
  return (who === 'member' ? people[0] : people[1]) ?? '';
};
const prepared = (
  w: World,
  t: Tenant,
  status: PreparationStage,
  who: 'member' | 'another',
  more: { drafts?: number; comment?: boolean; attachment?: boolean; finalText?: boolean } = {},
) => buildPreparation(database.db, cellOf(w, t), { status, preparerId: preparerOf(w, t, who), ...more });
/** A resolution topic the signed-in `member` is drafting, with one decision written. */
const resolutionDraft = async (w: World, t: Tenant) => {
  const p = await prepared(w, t, 'draft1_writing', 'member');
  await database.db
    .updateTable('plan_topic')
    .set({ kind: 'resolution' })
    .where('id', '=', p.topicId)
    .execute();
  const decisionId = `d-${p.topicId}`;
  await database.db
    .insertInto('resolution_decision')
    .values({
      id: decisionId,
      topic_id: p.topicId,
      position: 1,
      text: 'Rà soát thiết bị',
      owner_id: null,
      due_on: null,
      voted_at: null,
      adopted_at: null,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  return { ...p, decisionId };
};
/** Everyone of the cell and the committees above reads the topic; staff do not. */
const TOPIC_READERS = { officer: 200, inspector: 200, secretary: 200, member: 200, staff: 403 };
/** Only the preparer; the administrator prepares nothing (403 like the rest). */
const PREPARER_ONLY = (ok: number) => ({
  officer: 403,
  inspector: 403,
  secretary: 403,
  member: ok,
  staff: 403,
});
/** Only the cell's approver (the secretary here); the administrator is not one either (403). */
const APPROVER_ONLY = (ok: number) => ({
  officer: 403,
  inspector: 403,
  secretary: ok,
  member: 403,
  staff: 403,
});
/** A text not yet sent to members: the preparer's and approvers' alone; to other readers it does not exist. */
const INSIDERS_ONLY = (ok: number) => ({
  officer: 404,
  inspector: 404,
  secretary: ok,
  member: 404,
  staff: 403,
});
const pdfForm = () => {
  const form = new FormData();
  form.append('file', new File([TINY_PDF], 'Tài liệu.pdf', { type: 'application/pdf' }));
  return form;
};

/**
 * Meetings. Each case builds a fresh meeting of the cell through the real services (buildMeeting), chaired
 * by the cell's secretary with the signed-in `member` appointed minute-taker (on the foreign tree: two of its
 * members), so the matrix shows the per-meeting role: the minute-taker keeps the record (attendance, guests,
 * the clock, speeches, votes, assignments, the minutes) but does not run the meeting (schedule, notice,
 * roles, start, end, cancel). Officers above read the meeting and the minute book and nothing more; staff
 * are not party members and do not read meetings (403). The administrator runs any meeting but, being
 * nobody, neither speaks nor signs.
 */
const chairOf = (w: World, t: Tenant) =>
  t === 'own' ? w.people.secretaryId : (w.foreignCell.memberIds[1] ?? '');
/** A member of the cell who is neither chair nor minute-taker. */
const thirdOf = (w: World, t: Tenant) =>
  (t === 'own' ? w.cell.memberIds[2] : w.foreignCell.memberIds[2]) ?? '';
const meetingOf = (w: World, t: Tenant, opts: Parameters<typeof buildMeeting>[2] = {}) =>
  buildMeeting(database.db, cellOf(w, t), { chairId: chairOf(w, t), minuteTakerId: memberOf(w, t), ...opts });
const MEETING_READERS = { officer: 200, inspector: 200, secretary: 200, member: 200, staff: 403 };
/** The chair's side (secretary) and the meeting's minute-taker (member). */
const RECORDERS = (ok: number) => ({ officer: 403, inspector: 403, secretary: ok, member: ok, staff: 403 });
/** The committee's officer and inspector above the cell; nobody of the cell. */
const DELEGATES = (ok: number) => ({ officer: ok, inspector: ok, secretary: 403, member: 403, staff: 403 });
let delegateRows = 0;
/** People of the committee registered to attend a meeting (rows as delegates/service.ts writes them). */
const registered = async (w: World, meetingId: string, personIds: string[]) => {
  const ids: string[] = [];
  for (const personId of personIds) {
    const id = `delegate-${++delegateRows}`;
    await database.db
      .insertInto('meeting_guest')
      .values({
        id,
        meeting_id: meetingId,
        kind: 'delegate',
        full_name: 'Đồng chí Cấp Trên',
        title: 'Cán bộ',
        unit_name: 'Đảng ủy',
        person_id: personId,
        unit_id: w.sub.id,
        present: 0,
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    ids.push(id);
  }
  return ids;
};
/** Another cell of the committee, to invite: the world's sibling; in the foreign tree, one made there once. */
let foreignSecondCell: string | null = null;
const otherCellOf = async (w: World, t: Tenant) => {
  if (t === 'own') return w.sibling.id;
  if (!foreignSecondCell)
    foreignSecondCell = (
      await buildCell(database.db, { parentId: w.foreignRoot.id, name: 'Chi bộ Thôn Hai' })
    ).id;
  return foreignSecondCell;
};
/** A thematic meeting to come chosen as a model by the committee (rows as model/service.ts writes them). */
const modelMeetingOf = async (w: World, t: Tenant, opts: Parameters<typeof buildMeeting>[2] = {}) => {
  const m = await meetingOf(w, t, { heldOn: addDays(todayInVietnam(), 5), ...opts });
  const id = newId();
  await database.db
    .insertInto('model_meeting')
    .values({
      id,
      meeting_id: m.id,
      committee_id: committeeOf(w, t),
      purpose: 'Để các chi bộ học tập',
      designated_by: null,
      designated_at: nowIso(),
      lessons: null,
      lessons_by: null,
      lessons_at: null,
      model_id: null,
    })
    .execute();
  await database.db
    .insertInto('model_meeting_invitation')
    .values({ model_meeting_id: id, cell_id: await otherCellOf(w, t), invited_at: nowIso() })
    .execute();
  return m;
};
/** A thematic meeting is about a topic of the cell's plan (seed 000). */
const meetingDetails = (topicId: string) => ({
  topicId,
  kind: 'thematic',
  heldOn: addDays(todayInVietnam(), 7),
  startsAt: '14:00',
  place: 'Hội trường',
  agenda: defaultAgenda('thematic').map((i) => ({ part: i.part, kind: i.kind, minutes: i.minutes })),
});

/**
 * Following up and reviewing a resolution. One resolution per tenant, adopted today, where the signed-in
 * `member` was given a task (and the cell a collective one), is built once and shared: reading and reporting
 * leave it usable for the next role. A review not yet issued is the secretary's working paper: to the cell's
 * other readers and the committee above it does not exist (404); staff do not read topics (403).
 */
const resolutions = new Map<Tenant, ReturnType<typeof buildResolution>>();
const resolutionOf = (w: World, t: Tenant) => {
  let r = resolutions.get(t);
  if (!r) {
    r = buildResolution(database.db, cellOf(w, t), {
      tasks: [{ title: 'Rà soát thiết bị', ownerId: memberOf(w, t), dueOn: addDays(todayInVietnam(), 30) }],
    });
    resolutions.set(t, r);
  }
  return r;
};
const taskOf = async (w: World, t: Tenant) => (await resolutionOf(w, t)).taskId('Rà soát thiết bị');
const reviewOf = async (w: World, t: Tenant, written = false) =>
  buildReview(database.db, (await resolutionOf(w, t)).topicId, { written });

let reportYear = 0;
const system: Actor = { userId: 'system', personId: null, isAdmin: true, grants: [] };

let database: Database;
let app: App;
let world: World;
let attempt = 0;

const CASES: Record<string, Case> = {
  'GET /health': {
    build: async () => ({ path: '/api/health' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
    anonymous: 200,
  },
  'POST /auth/login': {
    // A fresh unknown name each time, so the per-account throttle does not turn 401 into 429.
    build: async () => ({
      path: '/api/auth/login',
      body: { username: `nobody${++attempt}`, password: 'wrong-password' },
    }),
    own: { officer: 401, inspector: 401, secretary: 401, member: 401, staff: 401 },
    admin: 401,
    foreign: 401,
    anonymous: 401,
  },
  'POST /auth/logout': {
    build: async () => ({ path: '/api/auth/logout' }),
    own: { officer: 204, inspector: 204, secretary: 204, member: 204, staff: 204 },
    admin: 204,
    foreign: 204,
    anonymous: 204,
    freshSession: true,
  },
  'GET /auth/me': { build: async () => ({ path: '/api/auth/me' }), own: READ_ALL, admin: 200, foreign: 200 },
  'PUT /auth/locale': {
    build: async () => ({ path: '/api/auth/locale', body: { locale: 'vi' } }),
    own: { officer: 204, inspector: 204, secretary: 204, member: 204, staff: 204 },
    admin: 204,
    foreign: 204,
  },
  'PUT /auth/text-size': {
    build: async () => ({ path: '/api/auth/text-size', body: { textSize: 'large' } }),
    own: { officer: 204, inspector: 204, secretary: 204, member: 204, staff: 204 },
    admin: 204,
    foreign: 204,
  },
  // Issue 20, the tree by level: a unit's children are read by whoever reads the unit (a foreign cell: 404).
  'GET /orgs': {
    build: async (w, t) => ({ path: `/api/orgs?parentId=${cellOf(w, t)}` }),
    own: READ_ALL,
    admin: 200,
  },
  // The pickers' search under a unit: whoever reads the unit; a foreign one is not found.
  'GET /orgs/search': {
    build: async (w, t) => ({ path: `/api/orgs/search?q=to&under=${cellOf(w, t)}` }),
    own: READ_ALL,
    admin: 200,
  },
  'GET /orgs/{id}': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}` }),
    own: READ_ALL,
    admin: 200,
  },
  'POST /orgs': {
    build: async (w, t) => ({
      path: '/api/orgs',
      body: { parentId: cellOf(w, t), kind: 'group', name: 'Tổ đảng mới' },
    }),
    own: OFFICERS_ONLY(201),
    admin: 201,
  },
  'PATCH /orgs/{id}': {
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}`,
      body: { place: 'Mỹ Hòa', draftLeadDays: 5 },
    }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'DELETE /orgs/{id}': {
    build: async (w, t) => {
      const group = await buildGroup(database.db, cellOf(w, t));
      return { path: `/api/orgs/${group.id}` };
    },
    own: OFFICERS_ONLY(204),
    admin: 204,
  },
  'GET /orgs/{id}/members': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/members` }),
    own: PARTY_READ,
    admin: 200,
  },
  'GET /orgs/{id}/members/export': {
    // The roster's own rule: the .xlsx is the screen's list.
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/members/export` }),
    own: PARTY_READ,
    admin: 200,
  },
  'GET /orgs/{id}/roles': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/roles` }),
    own: READ_ALL,
    admin: 200,
  },
  'POST /orgs/{id}/roles': {
    build: async (w, t) => {
      const personId = await buildPerson(database.db, { unitId: cellOf(w, t) });
      return {
        path: `/api/orgs/${cellOf(w, t)}/roles`,
        body: { personId, role: 'committee_member', startedOn: '2026-01-01' },
      };
    },
    own: OFFICERS_ONLY(201),
    admin: 201,
  },
  'POST /roles/{id}/end': {
    build: async (w, t) => {
      const personId = await buildPerson(database.db, { unitId: cellOf(w, t) });
      const roleId = await giveRole(database.db, cellOf(w, t), personId, 'committee_member');
      return { path: `/api/roles/${roleId}/end`, body: { endedOn: '2026-06-30' } };
    },
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'POST /members': {
    build: async (w, t) => ({
      path: '/api/members',
      body: { unitId: cellOf(w, t), fullName: 'Phạm Văn Mới', status: 'official', statusSince: '2024-05-19' },
    }),
    own: OFFICERS_ONLY(201),
    admin: 201,
  },
  'GET /members/{id}': {
    build: async (w, t) => ({ path: `/api/members/${memberOf(w, t)}` }),
    own: PARTY_READ,
    admin: 200,
  },
  'GET /members/{id}/scorecard/document': {
    // Personal: the member themself, the cell's secretary, the committee's officers; not the inspector or staff.
    build: async (w, t) => ({
      path: `/api/members/${memberOf(w, t)}/scorecard/document?format=html&year=2026`,
    }),
    own: { officer: 200, inspector: 403, secretary: 200, member: 200, staff: 403 },
    admin: 200,
  },
  'GET /members/{id}/scorecard/export': {
    // The scorecard's own rule (personal), as the document above.
    build: async (w, t) => ({ path: `/api/members/${memberOf(w, t)}/scorecard/export?year=2026` }),
    own: { officer: 200, inspector: 403, secretary: 200, member: 200, staff: 403 },
    admin: 200,
  },
  'PATCH /members/{id}': {
    build: async (w, t) => ({ path: `/api/members/${memberOf(w, t)}`, body: { phone: '0912345678' } }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'POST /members/{id}/status': {
    build: async (w, t) => {
      const id = await buildPerson(database.db, { unitId: cellOf(w, t) });
      return { path: `/api/members/${id}/status`, body: { status: 'exempt', on: '2026-01-01' } };
    },
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'POST /members/{id}/transfer': {
    build: async (w, t) => {
      const id = await buildPerson(database.db, { unitId: cellOf(w, t) });
      const target =
        t === 'own' ? w.sibling.id : (await buildCell(database.db, { parentId: w.foreignRoot.id })).id;
      return { path: `/api/members/${id}/transfer`, body: { toUnitId: target, on: '2026-01-01' } };
    },
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'POST /members/{id}/account': {
    build: async (w, t) => {
      const id = await buildPerson(database.db, { unitId: cellOf(w, t) });
      return {
        path: `/api/members/${id}/account`,
        body: { username: `tk.${id.slice(-8)}`, password: 'mot-mat-khau-dai' },
      };
    },
    own: OFFICERS_ONLY(201),
    admin: 201,
  },
  // Issue 19: officers reset passwords and disable or re-enable the accounts of their subtree's people.
  'POST /members/{id}/account/password-reset': {
    build: async (w, t) => ({
      path: `/api/members/${await personWithAccount(w, t)}/account/password-reset`,
      body: {},
    }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'POST /members/{id}/account/disable': {
    build: async (w, t) => ({ path: `/api/members/${await personWithAccount(w, t)}/account/disable` }),
    own: OFFICERS_ONLY(204),
    admin: 204,
  },
  'POST /members/{id}/account/enable': {
    build: async (w, t) => {
      const personId = await personWithAccount(w, t);
      await database.db
        .updateTable('user_account')
        .set({ disabled_at: nowIso() })
        .where('person_id', '=', personId)
        .execute();
      return { path: `/api/members/${personId}/account/enable` };
    },
    own: OFFICERS_ONLY(204),
    admin: 204,
  },
  // Everyone changes their own password (here refused by the rules, so the world's logins keep working).
  'PUT /auth/password': {
    build: async () => ({
      path: '/api/auth/password',
      body: { currentPassword: PASSWORD, newPassword: 'ngan' },
    }),
    own: { officer: 400, inspector: 400, secretary: 400, member: 400, staff: 400 },
    admin: 400,
    foreign: 400,
  },
  'GET /orgs/{id}/guidance': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/guidance` }),
    own: READ_ALL,
    admin: 200,
  },
  'POST /orgs/{id}/guidance': {
    build: async (w, t) => ({ path: `/api/orgs/${committeeOf(w, t)}/guidance`, body: guidanceBody() }),
    own: COMMITTEE_ONLY(201),
    admin: 201,
  },
  // Issue 14: an officer of the committee reminds cells under it; whoever sees the cell but is not one of its
  // officers is refused (403), a committee's cells elsewhere are not found (404).
  // Issue 15, guidance of cells that struggle: the cell's records (committees above, its secretary and deputy),
  // marked, changed and visited by an officer above (the world's officer sits in the cell's parent committee).
  'GET /orgs/{id}/support': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/support` }),
    own: { officer: 200, inspector: 200, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  'POST /orgs/{id}/support': {
    build: async (w, t) => {
      // One open record per cell: the record an earlier role made ends first.
      await database.db
        .updateTable('cell_support')
        .set({ ended_on: '2026-01-05', end_note: 'Kết thúc' })
        .where('cell_id', '=', cellOf(w, t))
        .where('ended_on', 'is', null)
        .execute();
      return {
        path: `/api/orgs/${cellOf(w, t)}/support`,
        body: { reason: 'Chi bộ khó khăn', assigneeId: await followerOf(w, t), startedOn: '2026-01-05' },
      };
    },
    own: OFFICERS_ONLY(201),
    admin: 201,
  },
  'PATCH /supports/{id}': {
    build: async (w, t) => {
      const s = await buildSupport(database.db, {
        committeeId: committeeOf(w, t),
        assigneeId: await followerOf(w, t),
        cellId: cellOf(w, t),
      });
      return { path: `/api/supports/${s.id}`, body: { reason: 'Chi bộ chưa chuẩn bị dự thảo bằng văn bản' } };
    },
    own: { officer: 200, inspector: 403, secretary: 403, member: 403, staff: 403 },
    admin: 200,
  },
  'POST /supports/{id}/visits': {
    build: async (w, t) => {
      const s = await buildSupport(database.db, {
        committeeId: committeeOf(w, t),
        assigneeId: await followerOf(w, t),
        cellId: cellOf(w, t),
      });
      return {
        path: `/api/supports/${s.id}/visits`,
        body: { kind: 'visit', onDate: '2026-02-10', findings: 'Chi bộ chưa có dự thảo' },
      };
    },
    own: { officer: 201, inspector: 403, secretary: 403, member: 403, staff: 403 },
    admin: 201,
  },
  // Issue 16, inspection and supervision (seed 002): planned, visited and concluded by the inspecting committee's
  // inspectors and officers (the world's sit in the cell's parent committee); before the conclusion is issued the
  // cell does not see the inspection (404); after, its people read it (staff 403) and its secretary answers.
  'GET /orgs/{id}/inspections': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/inspections` }),
    own: { officer: 200, inspector: 200, secretary: 200, member: 200, staff: 403 },
    admin: 200,
  },
  'POST /orgs/{id}/inspections': {
    build: async (w, t) => {
      inspectionPlanDay += 1;
      return {
        path: `/api/orgs/${committeeOf(w, t)}/inspections`,
        body: {
          cellId: cellOf(w, t),
          kind: 'supervision',
          content: 'Việc ghi biên bản sinh hoạt chuyên đề',
          plannedOn: addDays('2026-06-01', inspectionPlanDay),
          teamIds: [],
        },
      };
    },
    own: { officer: 201, inspector: 201, secretary: 404, member: 404, staff: 404 },
    admin: 201,
  },
  'GET /inspections/{id}': {
    build: async (w, t) => ({ path: `/api/inspections/${(await inspectionOf(w, t, 'issued')).id}` }),
    own: { officer: 200, inspector: 200, secretary: 200, member: 200, staff: 403 },
    admin: 200,
  },
  'GET /inspections/{id}/conclusion/document': {
    build: async (w, t) => ({
      path: `/api/inspections/${(await inspectionOf(w, t, 'issued')).id}/conclusion/document?format=html`,
    }),
    own: { officer: 200, inspector: 200, secretary: 200, member: 200, staff: 403 },
    admin: 200,
  },
  // The plan corrected (until the conclusion) and withdrawn (until the visit) by the inspecting committee only.
  'PUT /inspections/{id}': {
    build: async (w, t) => {
      const i = await inspectionOf(w, t, 'planned');
      const row = await database.db
        .selectFrom('inspection')
        .select('planned_on')
        .where('id', '=', i.id)
        .executeTakeFirstOrThrow();
      return {
        path: `/api/inspections/${i.id}`,
        body: { kind: 'supervision', content: 'Việc ghi biên bản', plannedOn: row.planned_on, teamIds: [] },
      };
    },
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'DELETE /inspections/{id}': {
    build: async (w, t) => ({
      path: `/api/inspections/${(await inspectionOf(w, t, 'planned')).id}`,
    }),
    own: { officer: 204, inspector: 204, secretary: 404, member: 404, staff: 404 },
    admin: 204,
  },
  'PUT /inspections/{id}/visit': {
    build: async (w, t) => ({
      path: `/api/inspections/${(await inspectionOf(w, t, 'planned')).id}/visit`,
      body: { visitedOn: '2026-02-10', visitorIds: [await followerOf(w, t)], findings: 'Chi bộ có kế hoạch' },
    }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'POST /inspections/{id}/conclusion': {
    build: async (w, t) => ({
      path: `/api/inspections/${(await inspectionOf(w, t, 'visited')).id}/conclusion`,
      body: {
        conclusion: 'Chi bộ thực hiện tốt',
        requests: [{ text: 'Bổ sung biên bản', dueOn: '2099-01-01' }],
      },
    }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'POST /inspection-requests/{id}/answer': {
    build: async (w, t) => ({
      path: `/api/inspection-requests/${(await inspectionOf(w, t, 'issued')).requestId}/answer`,
      body: { answer: 'Chi bộ đã bổ sung biên bản', answeredOn: '2026-02-10' },
    }),
    own: { officer: 403, inspector: 403, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  'POST /inspection-requests/{id}/review': {
    build: async (w, t) => ({
      path: `/api/inspection-requests/${(await inspectionOf(w, t, 'answered')).requestId}/review`,
      body: { decision: 'close' },
    }),
    own: { officer: 200, inspector: 200, secretary: 403, member: 403, staff: 403 },
    admin: 200,
  },
  // Issue 16, the quality of meetings: a unit's rubric is read by whoever sees the unit and written by the
  // committee's own officers; a meeting's score is read by its readers, proposed by the cell's secretary (or
  // deputy) once the meeting ended, confirmed by the officers of the committee directly above.
  'GET /orgs/{id}/quality-rubric': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/quality-rubric` }),
    own: READ_ALL,
    admin: 200,
  },
  'PUT /orgs/{id}/quality-rubric': {
    build: async (w, t) => ({ path: `/api/orgs/${committeeOf(w, t)}/quality-rubric`, body: DEFAULT_RUBRIC }),
    own: COMMITTEE_ONLY(200),
    admin: 200,
  },
  'GET /meetings/{id}/quality': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended' })).id}/quality`,
    }),
    own: MEETING_READERS,
    admin: 200,
  },
  'POST /meetings/{id}/quality': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended' })).id}/quality`,
      body: { manual: { discussion_quality: 8 }, note: 'Thảo luận sôi nổi' },
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /meetings/{id}/quality/confirm': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { status: 'ended' });
      await proposeScore(database.db, system, m.id, { manual: { discussion_quality: 8 } });
      return { path: `/api/meetings/${m.id}/quality/confirm`, body: { adjustments: [] } };
    },
    own: { officer: 200, inspector: 403, secretary: 403, member: 403, staff: 403 },
    admin: 200,
  },
  // Issue 16, the year-end review (seed 001: "căn cứ để Chi bộ đánh giá, bình xét thi đua cuối năm"): the cell's
  // party members read it (a member their own line; staff are no party members: 403), the committee above reads it
  // whole and downloads its documents (not a member: 403); the secretary (or deputy) writes and the secretary
  // finalises; a committee's officers set the thresholds of the proposed level for their subtree.
  'GET /orgs/{id}/year-review-thresholds': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/year-review-thresholds` }),
    own: READ_ALL,
    admin: 200,
  },
  'PUT /orgs/{id}/year-review-thresholds': {
    build: async (w, t) => ({
      path: `/api/orgs/${committeeOf(w, t)}/year-review-thresholds`,
      body: {
        active: { attendance: 90, maxUnexcused: 0, minContributions: 2, maxLateTasks: 0 },
        satisfactory: { attendance: 70, maxUnexcused: 2 },
      },
    }),
    own: COMMITTEE_ONLY(200),
    admin: 200,
  },
  'GET /orgs/{id}/year-review': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/year-review?year=2026` }),
    own: { officer: 200, inspector: 200, secretary: 200, member: 200, staff: 403 },
    admin: 200,
  },
  'GET /orgs/{id}/year-review/document': {
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}/year-review/document?year=2026&part=members&format=html`,
    }),
    own: { officer: 200, inspector: 200, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  'PUT /orgs/{id}/year-review/members/{personId}': {
    build: async (w, t) => {
      const cellId = cellOf(w, t);
      const person = await database.db
        .selectFrom('person')
        .select('id')
        .where('unit_id', '=', cellId)
        .where('status', '=', 'official')
        .executeTakeFirstOrThrow();
      return {
        path: `/api/orgs/${cellId}/year-review/members/${person.id}?year=2026`,
        body: { level: 'satisfactory', reason: 'Đánh giá của chi ủy' },
      };
    },
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'PUT /orgs/{id}/year-review/self-assessment': {
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}/year-review/self-assessment?year=2026`,
      body: { strengths: 'Sinh hoạt đều đặn', limitations: 'Chưa sâu', direction: 'Gửi dự thảo sớm' },
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /orgs/{id}/year-review/finalise': {
    build: async (w, t) => {
      // A review of its own year, its self-assessment written, so each call finalises a draft.
      reviewYear += 1;
      await database.db
        .insertInto('year_review')
        .values({
          id: newId(),
          cell_id: cellOf(w, t),
          year: reviewYear,
          strengths: 'Sinh hoạt đều đặn',
          limitations: 'Chưa sâu',
          direction: 'Gửi dự thảo sớm',
          status: 'draft',
          thresholds: null,
          members_document: null,
          cell_document: null,
          finalised_by: null,
          finalised_at: null,
          updated_by: null,
          updated_at: nowIso(),
        })
        .execute();
      return { path: `/api/orgs/${cellOf(w, t)}/year-review/finalise?year=${reviewYear}` };
    },
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /committees/{id}/reminders': {
    build: async (w, t) => ({
      path: `/api/committees/${committeeOf(w, t)}/reminders`,
      body: { cellIds: [cellOf(w, t)], message: 'Đề nghị chi bộ hoàn thành dự thảo lần 1 trong tháng.' },
    }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  // Issue 15: the reminders of a year — a cell's, read by whoever reads its plan (its people and the committees
  // above); a committee's (what it sent), by its own people and those above.
  'GET /orgs/{id}/committee-reminders': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/committee-reminders?year=2026` }),
    own: PARTY_READ,
    admin: 200,
  },
  'PUT /guidance/{id}': {
    build: async (w, t) => ({
      path: `/api/guidance/${await buildGuidance(database.db, committeeOf(w, t))}`,
      body: guidanceBody(),
    }),
    own: COMMITTEE_ONLY(200),
    admin: 200,
  },
  // Issue 15: the oversight dashboard of a committee's subtree, read by its officers and inspectors (and those
  // above); people of a cell cannot see the committee (404), a foreign committee is not found.
  'GET /orgs/{id}/oversight': {
    build: async (w, t) => ({ path: `/api/orgs/${committeeOf(w, t)}/oversight?year=2026` }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'GET /orgs/{id}/oversight/export': {
    build: async (w, t) => ({ path: `/api/orgs/${committeeOf(w, t)}/oversight/export?year=2026` }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  // Issue 16, commendations (seed 000: "biểu dương, khen thưởng"): read by whoever sees the unit (a cell its
  // own); recorded, corrected and withdrawn by an officer of the committee (or above). Who sees the cell but is
  // not such an officer is refused (403); people of a cell cannot see the committee (404).
  'GET /orgs/{id}/commendations': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/commendations?year=2026` }),
    own: READ_ALL,
    admin: 200,
  },
  'GET /orgs/{id}/commendations/export': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/commendations/export?year=2026` }),
    own: READ_ALL,
    admin: 200,
  },
  'POST /orgs/{id}/commendations': {
    build: async (w, t) => ({
      path: `/api/orgs/${committeeOf(w, t)}/commendations`,
      body: commendationBody(cellOf(w, t)),
    }),
    own: COMMITTEE_ONLY(201),
    admin: 201,
  },
  'PUT /commendations/{id}': {
    build: async (w, t) => ({
      path: `/api/commendations/${await buildCommendation(committeeOf(w, t), cellOf(w, t))}`,
      body: commendationBody(cellOf(w, t)),
    }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'DELETE /commendations/{id}': {
    build: async (w, t) => ({
      path: `/api/commendations/${await buildCommendation(committeeOf(w, t), cellOf(w, t))}`,
    }),
    own: OFFICERS_ONLY(204),
    admin: 204,
  },
  // Issue 17, the first numbers of a unit's series: read by whoever sees the unit; set by the cell's secretary
  // and the officers of the committee above it (Hướng dẫn 36-HD/VPTW: one run of numbers per year or term).
  // Roster import (issue 18): the cell's secretary or deputy and the officers above; a real multipart upload.
  'GET /orgs/{id}/roster-import/template': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/roster-import/template` }),
    own: { officer: 200, inspector: 403, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  'POST /orgs/{id}/roster-import/preview': {
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}/roster-import/preview`,
      body: rosterForm(rosterCsv()),
    }),
    own: { officer: 200, inspector: 403, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  'POST /orgs/{id}/roster-import': {
    // A fresh member each time, with the token of the file's preview (made as the administrator).
    build: async (w, t) => {
      const csv = rosterCsv();
      const system: Actor = { userId: 'system', personId: null, isAdmin: true, grants: [] };
      const { token } = await previewImport(
        database.db,
        system,
        cellOf(w, t),
        new File([csv], 'ds.csv'),
        'vi',
      );
      return { path: `/api/orgs/${cellOf(w, t)}/roster-import`, body: rosterForm(csv, token) };
    },
    own: { officer: 200, inspector: 403, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  'GET /orgs/{id}/document-numbering': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/document-numbering` }),
    own: READ_ALL,
    admin: 200,
  },
  'PUT /orgs/{id}/document-numbering': {
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}/document-numbering`,
      body: { kind: 'NQ', firstNumber: 500 },
    }),
    own: { officer: 200, inspector: 403, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  // Issue 17, who signs a committee's documents: read by whoever sees the committee; set by its own officers only
  // (the cell's people do not see the committee above: 404).
  'GET /orgs/{id}/document-signer': {
    build: async (w, t) => ({ path: `/api/orgs/${committeeOf(w, t)}/document-signer` }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'PUT /orgs/{id}/document-signer': {
    build: async (w, t) => ({
      path: `/api/orgs/${committeeOf(w, t)}/document-signer`,
      body: { authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Trần Văn Bình' },
    }),
    own: COMMITTEE_ONLY(200),
    admin: 200,
  },
  'GET /orgs/{id}/plans': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/plans?year=2026` }),
    own: PARTY_READ,
    admin: 200,
  },
  'POST /orgs/{id}/plans': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/plans`, body: { year: nextPlanYear() } }),
    own: SECRETARY_ONLY(201),
    admin: 201,
  },
  'GET /plans/{id}': {
    build: async (w, t) => ({ path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t))).id}` }),
    own: PARTY_READ,
    admin: 200,
  },
  'GET /plans/{id}/export': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t))).id}/export`,
    }),
    own: PARTY_READ,
    admin: 200,
  },
  'PUT /plans/{id}': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t))).id}`,
      body: { legalBases: [], topics: [] },
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /plans/{id}/adopt': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t))).id}/adopt`,
      body: { adoptedOn: '2026-01-10' },
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /plans/{id}/reopen': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t), { status: 'adopted' })).id}/reopen`,
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /plans/{id}/submit': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t), { status: 'adopted' })).id}/submit`,
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /plans/{id}/acknowledge': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t), { status: 'submitted' })).id}/acknowledge`,
    }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'POST /plans/{id}/return': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t), { status: 'submitted' })).id}/return`,
      body: { remark: 'Bổ sung người chuẩn bị' },
    }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'GET /orgs/{id}/registrations': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/registrations?year=2026` }),
    own: PARTY_READ,
    admin: 200,
  },
  'POST /orgs/{id}/registrations': {
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}/registrations`,
      body: { year: 2026, title: 'Chuyên đề tôi muốn trình bày' },
    }),
    // Members of the cell propose; the administrator is nobody's member; staff are not party members.
    own: { officer: 403, inspector: 403, secretary: 201, member: 201, staff: 403 },
    admin: 409,
  },
  'DELETE /registrations/{id}': {
    build: async (w, t) => {
      const cell = t === 'own' ? w.cell : w.foreignCell;
      return {
        path: `/api/registrations/${await buildRegistration(database.db, cell.id, cell.memberIds[2] ?? '')}`,
      };
    },
    own: SECRETARY_ONLY(204),
    admin: 204,
  },
  'GET /orgs/{id}/library': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/library` }),
    own: READ_ALL,
    admin: 200,
  },
  'POST /library': {
    build: async (w, t) => {
      const plan = await buildPlan(database.db, cellOf(w, t), { status: 'acknowledged' });
      const topic = await database.db
        .selectFrom('plan_topic')
        .select('id')
        .where('plan_id', '=', plan.id)
        .executeTakeFirstOrThrow();
      await markFinished(database.db, [topic.id]);
      return { path: '/api/library', body: { topicId: topic.id, committeeId: committeeOf(w, t) } };
    },
    // Staff see the cell but not its plan's topics (issue 19).
    own: { ...COMMITTEE_ONLY(201), staff: 403 },
    admin: 201,
  },
  'DELETE /library/{id}': {
    build: async (w, t) => ({
      path: `/api/library/${await buildModel(database.db, cellOf(w, t), committeeOf(w, t))}`,
    }),
    own: COMMITTEE_ONLY(204),
    admin: 204,
  },
  'GET /guidance/{id}/document': {
    build: async (w, t) => ({
      path: `/api/guidance/${await buildGuidance(database.db, committeeOf(w, t))}/document?format=pdf`,
    }),
    // Addressed to the whole subtree: cell members read it although they cannot see the committee.
    own: READ_ALL,
    admin: 200,
  },
  'GET /plans/{id}/document': {
    build: async (w, t) => ({
      path: `/api/plans/${(await buildPlan(database.db, cellOf(w, t))).id}/document?format=docx`,
    }),
    own: PARTY_READ,
    admin: 200,
  },
  'GET /topics/{id}/document': {
    // The text the actor reads on the topic page: once draft 1 is out, everyone who reads the topic.
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'distributed', 'another')).topicId}/document?format=html`,
    }),
    own: TOPIC_READERS,
    admin: 200,
  },
  'GET /topics/{id}/dispositions/document': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft2_writing', 'another', { comment: true })).topicId}/dispositions/document?format=html`,
    }),
    own: TOPIC_READERS,
    admin: 200,
  },
  'GET /me/assignments': {
    build: async () => ({ path: '/api/me/assignments?year=2026' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  // The home's to-do list: everyone signed in, each their own items only (api/inbox.test.ts checks the contents).
  'GET /me/inbox': {
    build: async () => ({ path: '/api/me/inbox' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  // The one search box (issue 18): everyone signed in; what they find is filtered by what they read
  // (api/search.test.ts checks that nobody finds another cell's texts).
  'GET /search': {
    build: async () => ({ path: `/api/search?q=${encodeURIComponent('chỉnh đốn')}` }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  'GET /audit': {
    build: async (w, t) => ({ path: `/api/audit?unitId=${cellOf(w, t)}` }),
    own: { officer: 200, inspector: 200, secretary: 403, member: 403, staff: 403 },
    admin: 200,
  },
  'GET /topics/{id}': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_writing', 'another')).topicId}`,
    }),
    own: TOPIC_READERS,
    admin: 200,
  },
  // The cell invites the committee above to comment on a topic's drafts (issue 15): its secretary or deputy.
  'POST /topics/{id}/committee-invitation': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_writing', 'another')).topicId}/committee-invitation`,
    }),
    own: SECRETARY_ONLY(201),
    admin: 201,
  },
  'DELETE /topics/{id}/committee-invitation': {
    build: async (w, t) => {
      const { topicId } = await prepared(w, t, 'draft1_writing', 'another');
      await buildCommitteeInvitation(database.db, topicId);
      return { path: `/api/topics/${topicId}/committee-invitation` };
    },
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'PUT /topics/{id}/briefing': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'new', 'another')).topicId}/briefing`,
      body: { purpose: 'Nâng cao tinh thần trách nhiệm', briefedOn: '2026-01-15' },
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /topics/{id}/versions': {
    build: async (w, t) => {
      const p = await prepared(w, t, 'draft1_writing', 'member');
      return {
        path: `/api/topics/${p.topicId}/versions`,
        body: { kind: 'draft', html: '<p>Bản sửa.</p>', baseVersionId: p.draftIds.at(-1) },
      };
    },
    own: PREPARER_ONLY(201),
    admin: 403,
  },
  'GET /topics/{id}/versions/{versionId}': {
    build: async (w, t) => {
      const p = await prepared(w, t, 'draft1_submitted', 'another');
      return { path: `/api/topics/${p.topicId}/versions/${p.draftIds[0]}` };
    },
    own: INSIDERS_ONLY(200),
    admin: 200,
  },
  'GET /topics/{id}/diff': {
    build: async (w, t) => {
      const p = await prepared(w, t, 'draft1_writing', 'another', { drafts: 2 });
      return { path: `/api/topics/${p.topicId}/diff?from=${p.draftIds[0]}&to=${p.draftIds[1]}` };
    },
    own: INSIDERS_ONLY(200),
    admin: 200,
  },
  'POST /topics/{id}/opened': {
    // A read receipt for whoever may read; it records nothing for those the text was not sent to.
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'distributed', 'another')).topicId}/opened`,
    }),
    own: TOPIC_READERS,
    admin: 200,
  },
  'POST /topics/{id}/comments': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'distributed', 'another')).topicId}/comments`,
      body: { body: 'Đề nghị bổ sung số liệu.' },
    }),
    // The cell's members to whom draft 1 was sent (the secretary is one); committees above only read.
    own: { officer: 403, inspector: 403, secretary: 201, member: 201, staff: 403 },
    admin: 403,
  },
  'PUT /topics/{id}/comments/{commentId}/disposition': {
    build: async (w, t) => {
      const p = await prepared(w, t, 'distributed', 'member', { comment: true });
      return {
        path: `/api/topics/${p.topicId}/comments/${p.commentId}/disposition`,
        body: { disposition: 'accepted' },
      };
    },
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/attachments': {
    // A real multipart upload of a PDF. (A JSON body never reaches the rules: the route takes only
    // multipart/form-data, so any signed-in role gets 400 — see preparation.test.ts.)
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_writing', 'member')).topicId}/attachments`,
      body: pdfForm(),
    }),
    own: PREPARER_ONLY(201),
    admin: 403,
  },
  'GET /topics/{id}/attachments/{attachmentId}': {
    build: async (w, t) => {
      const p = await prepared(w, t, 'distributed', 'member', { attachment: true });
      return { path: `/api/topics/${p.topicId}/attachments/${p.attachmentId}` };
    },
    own: TOPIC_READERS,
    admin: 200,
  },
  'DELETE /topics/{id}/attachments/{attachmentId}': {
    build: async (w, t) => {
      const p = await prepared(w, t, 'draft1_writing', 'member', { attachment: true });
      return { path: `/api/topics/${p.topicId}/attachments/${p.attachmentId}` };
    },
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/submit': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_writing', 'member')).topicId}/submit`,
    }),
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/withdraw': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_submitted', 'member')).topicId}/withdraw`,
    }),
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/approve': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_submitted', 'another')).topicId}/approve`,
    }),
    own: APPROVER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/refuse': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_submitted', 'another')).topicId}/refuse`,
      body: { remark: 'Cần bổ sung ví dụ cụ thể ở đơn vị.' },
    }),
    own: APPROVER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/close-comments': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'distributed', 'another')).topicId}/close-comments`,
    }),
    own: APPROVER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/reopen-comments': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'comments_closed', 'another')).topicId}/reopen-comments`,
      body: { commentDueOn: addDays(todayInVietnam(), 5) },
    }),
    own: APPROVER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/start-draft2': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'comments_closed', 'member')).topicId}/start-draft2`,
    }),
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  'POST /topics/{id}/paper-meeting': {
    // A past meeting held on paper, entered with its signed minutes: the cell's meeting manager (the
    // secretary; the administrator runs any meeting), a real multipart upload.
    build: async (w, t) => {
      const form = pdfForm();
      form.append('heldOn', todayInVietnam());
      form.append('present', '2');
      return {
        path: `/api/topics/${(await prepared(w, t, 'draft2_approved', 'another')).topicId}/paper-meeting`,
        body: form,
      };
    },
    own: SECRETARY_ONLY(201),
    admin: 201,
  },
  'POST /topics/{id}/group-sendings': {
    // The finished topic to the cell's party groups (seed 000): the secretary's, as recording the meeting.
    build: async (w, t) => {
      await buildGroup(database.db, cellOf(w, t));
      return {
        path: `/api/topics/${(await prepared(w, t, 'final', 'another')).topicId}/group-sendings`,
        body: {},
      };
    },
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'GET /meetings/{id}/paper-minutes': {
    build: async (w, t) => {
      const { topicId } = await prepared(w, t, 'draft2_approved', 'another');
      const id = await recordPaperMeeting(database.db, system, topicId, {
        heldOn: todayInVietnam(),
        present: 2,
        file: new File([TINY_PDF], 'Biên bản.pdf', { type: 'application/pdf' }),
      });
      return { path: `/api/meetings/${id}/paper-minutes` };
    },
    own: MEETING_READERS,
    admin: 200,
  },
  'POST /topics/{id}/finalise': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'presented', 'member', { finalText: true })).topicId}/finalise`,
    }),
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  // Seeds 001, 003: after the cell's vote and the committee's final approval, the secretary issues the
  // resolution for the cell; not the administrator, nor anyone above the cell.
  'POST /topics/{id}/issue': {
    build: async (w, t) => ({
      path: `/api/topics/${(await buildResolution(database.db, cellOf(w, t), { until: 'approved' })).topicId}/issue`,
    }),
    own: SECRETARY_ONLY(200),
    admin: 403,
  },
  // Seed 003: the decisions of a resolution topic are the preparer's, written with the draft.
  'POST /topics/{id}/decisions': {
    build: async (w, t) => ({
      path: `/api/topics/${(await resolutionDraft(w, t)).topicId}/decisions`,
      body: { text: 'Mỗi đảng viên giúp đỡ một quần chúng ưu tú.', dueOn: '2026-12-31' },
    }),
    own: PREPARER_ONLY(201),
    admin: 403,
  },
  'PUT /topics/{id}/decisions/{decisionId}': {
    build: async (w, t) => {
      const r = await resolutionDraft(w, t);
      return {
        path: `/api/topics/${r.topicId}/decisions/${r.decisionId}`,
        body: { text: 'Sửa quyết nghị.' },
      };
    },
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  'DELETE /topics/{id}/decisions/{decisionId}': {
    build: async (w, t) => {
      const r = await resolutionDraft(w, t);
      return { path: `/api/topics/${r.topicId}/decisions/${r.decisionId}` };
    },
    own: PREPARER_ONLY(200),
    admin: 403,
  },
  'GET /topics/{id}/resolution': {
    build: async (w, t) => ({
      path: `/api/topics/${(await buildResolution(database.db, cellOf(w, t), { until: 'approved' })).topicId}/resolution`,
    }),
    own: TOPIC_READERS,
    admin: 200,
  },
  'GET /orgs/{id}/meetings': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/meetings?year=2026` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /orgs/{id}/meetings/export': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/meetings/export?year=2026` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'POST /orgs/{id}/meetings': {
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}/meetings`,
      body: meetingDetails((await buildMeetingTopic(database.db, cellOf(w, t))).id),
    }),
    own: SECRETARY_ONLY(201),
    admin: 201,
  },
  'GET /orgs/{id}/meeting-stats': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/meeting-stats?year=2026` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /meetings/{id}': {
    build: async (w, t) => ({ path: `/api/meetings/${(await meetingOf(w, t)).id}` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /meetings/{id}/events': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/events`,
    }),
    own: MEETING_READERS,
    admin: 200,
    stream: true,
  },
  'PUT /meetings/{id}': {
    build: async (w, t) => {
      const m = await meetingOf(w, t);
      return { path: `/api/meetings/${m.id}`, body: meetingDetails(m.topicId ?? '') };
    },
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /meetings/{id}/notice': {
    build: async (w, t) => ({ path: `/api/meetings/${(await meetingOf(w, t)).id}/notice` }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'PUT /meetings/{id}/roles': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t)).id}/roles`,
      body: { minuteTakerId: thirdOf(w, t) },
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'PUT /meetings/{id}/attendance/{personId}': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/attendance/${thirdOf(w, t)}`,
      body: { state: 'present' },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/guests': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/guests`,
      body: { kind: 'delegate', fullName: 'Đồng chí Đại Biểu', title: 'Phó Bí thư', unitName: 'Đảng ủy' },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'DELETE /meetings/{id}/guests/{guestId}': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { guest: true });
      return { path: `/api/meetings/${m.id}/guests/${m.guestId}` };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  // The committee's delegates (seed 000): its people above the cell register themselves for a meeting to come;
  // nobody of the cell (nor an administrator account, which has no person) attends as a delegate.
  'GET /orgs/{id}/meeting-calendar': {
    build: async (w, t) => ({
      path: `/api/orgs/${committeeOf(w, t)}/meeting-calendar?from=${todayInVietnam()}&to=${addDays(todayInVietnam(), 30)}`,
    }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'POST /meetings/{id}/delegates': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { heldOn: addDays(todayInVietnam(), 5) })).id}/delegates`,
    }),
    own: DELEGATES(200),
    admin: 403,
  },
  'DELETE /meetings/{id}/delegates/me': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { heldOn: addDays(todayInVietnam(), 5) });
      await registered(w, m.id, [w.people.officerId, w.people.inspectorId]);
      return { path: `/api/meetings/${m.id}/delegates/me` };
    },
    own: DELEGATES(200),
    admin: 403,
  },
  'PUT /meetings/{id}/delegates/{guestId}': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { status: 'in_progress' });
      const [guestId] = await registered(w, m.id, [w.people.officerId]);
      return { path: `/api/meetings/${m.id}/delegates/${guestId}`, body: { present: true } };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  // Model meetings (seed 001: "sinh hoạt chuyên đề mẫu"): read by the host cell's readers and the invited
  // secretaries (the world's sibling cell has none: api/model-meetings.test.ts covers them, and an uninvited
  // sibling's 404); designated and withdrawn by an officer above the cell; lessons by such an officer or the
  // host's secretary. Nobody here is an invited secretary, so attending is refused (staff see nothing: 404).
  'GET /meetings/{id}/model': {
    build: async (w, t) => ({ path: `/api/meetings/${(await modelMeetingOf(w, t)).id}/model` }),
    own: { ...MEETING_READERS, staff: 404 },
    admin: 200,
  },
  'POST /meetings/{id}/model': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { heldOn: addDays(todayInVietnam(), 5) })).id}/model`,
      body: { purpose: 'Để các chi bộ học tập', cellIds: [await otherCellOf(w, t)] },
    }),
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'DELETE /meetings/{id}/model': {
    build: async (w, t) => ({ path: `/api/meetings/${(await modelMeetingOf(w, t)).id}/model` }),
    own: OFFICERS_ONLY(204),
    admin: 204,
  },
  'PUT /meetings/{id}/model/lessons': {
    build: async (w, t) => {
      const m = await modelMeetingOf(w, t, { heldOn: todayInVietnam() });
      await database.db.updateTable('meeting').set({ status: 'ended' }).where('id', '=', m.id).execute();
      const topic = await database.db
        .selectFrom('meeting')
        .select('topic_id')
        .where('id', '=', m.id)
        .executeTakeFirstOrThrow();
      await database.db
        .updateTable('topic_preparation')
        .set({ status: 'presented' })
        .where('topic_id', '=', topic.topic_id ?? '')
        .execute();
      return { path: `/api/meetings/${m.id}/model/lessons`, body: { lessons: 'Chuẩn bị kỹ dự thảo' } };
    },
    own: { officer: 200, inspector: 403, secretary: 200, member: 403, staff: 403 },
    admin: 200,
  },
  'POST /meetings/{id}/model/attend': {
    build: async (w, t) => ({ path: `/api/meetings/${(await modelMeetingOf(w, t)).id}/model/attend` }),
    own: { officer: 403, inspector: 403, secretary: 403, member: 403, staff: 404 },
    admin: 403,
  },
  'DELETE /meetings/{id}/model/attend': {
    build: async (w, t) => ({ path: `/api/meetings/${(await modelMeetingOf(w, t)).id}/model/attend` }),
    own: { officer: 403, inspector: 403, secretary: 403, member: 403, staff: 404 },
    admin: 403,
  },
  'POST /meetings/{id}/agenda/{itemId}/start': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { status: 'in_progress' });
      return { path: `/api/meetings/${m.id}/agenda/${m.agenda[0]?.id}/start` };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/agenda/{itemId}/end': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { status: 'in_progress', itemStarted: true });
      return { path: `/api/meetings/${m.id}/agenda/${m.agenda[0]?.id}/end` };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/speeches': {
    // Asking to speak for oneself: members of the cell on the roll; the administrator is nobody on it.
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/speeches`,
    }),
    own: { officer: 403, inspector: 403, secretary: 200, member: 200, staff: 403 },
    admin: 403,
  },
  'PUT /meetings/{id}/speeches/{speechId}': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { status: 'in_progress', speechBy: thirdOf(w, t) });
      return {
        path: `/api/meetings/${m.id}/speeches/${m.speechId}`,
        body: { note: 'Nhất trí với dự thảo.' },
      };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/tasks': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/tasks`,
      body: { title: 'Hoàn thiện chuyên đề', ownerId: thirdOf(w, t), dueOn: '2026-06-30' },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'DELETE /meetings/{id}/tasks/{taskId}': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { task: true });
      return { path: `/api/meetings/${m.id}/tasks/${m.taskId}` };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/commitments': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress', kind: 'regular' })).id}/commitments`,
      body: { text: 'Nói đi đôi với làm', ownerId: thirdOf(w, t) },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'PUT /meetings/{id}/task-checks/{taskId}': {
    // Assigned at last month's meeting, checked at this one (seed 002: "Tại phiên họp định kỳ đến kiểm tra").
    build: async (w, t) => {
      const last = await meetingOf(w, t, {
        status: 'ended',
        task: true,
        heldOn: addDays(todayInVietnam(), -30),
      });
      const next = await meetingOf(w, t, { status: 'in_progress' });
      return { path: `/api/meetings/${next.id}/task-checks/${last.taskId}`, body: { status: 'done' } };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  'GET /topics/{id}/lessons': {
    build: async (w, t) => ({
      path: `/api/topics/${(await prepared(w, t, 'draft1_writing', 'another')).topicId}/lessons`,
    }),
    own: TOPIC_READERS,
    admin: 200,
  },
  'POST /meetings/{id}/commitments/{commitmentId}/review': {
    // Set at one meeting, evaluated at the next (seed 002).
    build: async (w, t) => {
      const first = await meetingOf(w, t, { status: 'ended', kind: 'regular', commitment: true });
      const next = await meetingOf(w, t, { status: 'in_progress', kind: 'regular' });
      return {
        path: `/api/meetings/${next.id}/commitments/${first.commitmentId}/review`,
        body: { note: 'Chi bộ thực hiện tốt', achieved: false },
      };
    },
    own: RECORDERS(200),
    admin: 200,
  },
  'PUT /meetings/{id}/conclusion': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/conclusion`,
      body: { conclusion: 'Chi bộ thống nhất.' },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/votes': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/votes`,
      body: { subject: 'Thông qua nghị quyết', mode: 'count', tally: { for: 0, against: 0, abstain: 0 } },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/minutes/draft': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended' })).id}/minutes/draft`,
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'PUT /meetings/{id}/minutes': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended', minutes: 'draft' })).id}/minutes`,
      body: { text: 'Biên bản sinh hoạt chi bộ.' },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'POST /meetings/{id}/minutes/sign': {
    // The chair (secretary) and the minute-taker (member) each sign; anyone else who reads the meeting is
    // told they are not a signer (409), the administrator too.
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended', minutes: 'draft' })).id}/minutes/sign`,
    }),
    own: { officer: 409, inspector: 409, secretary: 200, member: 200, staff: 403 },
    admin: 409,
  },
  'POST /meetings/{id}/minutes/addenda': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended', minutes: 'locked' })).id}/minutes/addenda`,
      body: { text: 'Đính chính giờ kết thúc.' },
    }),
    own: RECORDERS(200),
    admin: 200,
  },
  'GET /meetings/{id}/report/document': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended' })).id}/report/document?format=html`,
    }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /orgs/{id}/report/document': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/report/document?format=html&year=2026` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /meetings/{id}/notice/document': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { notice: true })).id}/notice/document?format=html`,
    }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /meetings/{id}/notice.ics': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { notice: true })).id}/notice.ics`,
    }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /meetings/{id}/minutes/document': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended', minutes: 'locked' })).id}/minutes/document?format=html`,
    }),
    own: MEETING_READERS,
    admin: 200,
  },
  'POST /meetings/{id}/start': {
    build: async (w, t) => ({ path: `/api/meetings/${(await meetingOf(w, t)).id}/start` }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /meetings/{id}/end': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'in_progress' })).id}/end`,
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /meetings/{id}/cancel': {
    build: async (w, t) => ({ path: `/api/meetings/${(await meetingOf(w, t)).id}/cancel` }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'GET /orgs/{id}/tasks': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/tasks?year=${todayInVietnam().slice(0, 4)}` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /orgs/{id}/tasks/export': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/tasks/export?year=2026` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /me/tasks': {
    // Everyone's own list: nothing of another tree is named in the request.
    build: async () => ({ path: '/api/me/tasks?year=2026' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  'GET /tasks/{id}': {
    build: async (w, t) => ({ path: `/api/tasks/${await taskOf(w, t)}` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'POST /tasks/{id}/reports': {
    // The member assigned and the secretary report; the committee above follows, it does not report.
    build: async (w, t) => ({
      path: `/api/tasks/${await taskOf(w, t)}/reports`,
      body: { status: 'in_progress' },
    }),
    own: { officer: 403, inspector: 403, secretary: 201, member: 201, staff: 403 },
    admin: 201,
  },
  'GET /topics/{id}/reviews': {
    build: async (w, t) => ({ path: `/api/topics/${(await resolutionOf(w, t)).topicId}/reviews` }),
    own: TOPIC_READERS,
    admin: 200,
  },
  'POST /topics/{id}/reviews': {
    build: async (w, t) => ({
      path: `/api/topics/${(await resolutionOf(w, t)).topicId}/reviews`,
      body: { kind: 'interim', dueOn: addDays(todayInVietnam(), 10) },
    }),
    own: SECRETARY_ONLY(201),
    admin: 201,
  },
  'GET /reviews/{id}': {
    build: async (w, t) => ({ path: `/api/reviews/${await reviewOf(w, t)}` }),
    own: INSIDERS_ONLY(200),
    admin: 200,
  },
  'PUT /reviews/{id}': {
    build: async (w, t) => ({
      path: `/api/reviews/${await reviewOf(w, t)}`,
      body: { dueOn: todayInVietnam(), results: 'Kết quả bước đầu.' },
    }),
    own: INSIDERS_ONLY(200),
    admin: 200,
  },
  'DELETE /reviews/{id}': {
    build: async (w, t) => ({ path: `/api/reviews/${await reviewOf(w, t)}` }),
    own: INSIDERS_ONLY(204),
    admin: 204,
  },
  'POST /reviews/{id}/issue': {
    build: async (w, t) => ({ path: `/api/reviews/${await reviewOf(w, t, true)}/issue` }),
    own: INSIDERS_ONLY(200),
    admin: 200,
  },
  'PUT /meetings/{id}/evaluation': {
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended' })).id}/evaluation`,
      body: { result: 'Buổi sinh hoạt đạt yêu cầu.' },
    }),
    own: SECRETARY_ONLY(200),
    admin: 200,
  },
  'POST /meetings/{id}/report/issue': {
    // Seed 001: a thematic meeting's report goes up with the secretary's evaluation.
    build: async (w, t) => ({
      path: `/api/meetings/${(await meetingOf(w, t, { status: 'ended', evaluated: true })).id}/report/issue`,
    }),
    own: SECRETARY_ONLY(201),
    admin: 201,
  },
  'POST /orgs/{id}/report/issue': {
    // A past year of its own for every call: a report is issued once.
    build: async (w, t) => ({
      path: `/api/orgs/${cellOf(w, t)}/report/issue`,
      body: { year: 2000 + ++reportYear },
    }),
    own: SECRETARY_ONLY(201),
    admin: 201,
  },
  'GET /orgs/{id}/committee-report': {
    // A committee's report upward: its officers and inspectors and the committees above read it; a cell sees
    // nothing of the committee above it.
    build: async (w, t) => ({ path: `/api/orgs/${committeeOf(w, t)}/committee-report?year=2026&quarter=3` }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'PUT /orgs/{id}/committee-report': {
    // Written by the committee's own officers; a period of its own for every call (unguarded save).
    build: async (w, t) => ({
      path: `/api/orgs/${committeeOf(w, t)}/committee-report`,
      body: { year: 2000 + ++reportYear, quarter: 2, assessment: 'Các chi bộ tổ chức đúng kế hoạch.' },
    }),
    own: COMMITTEE_ONLY(200),
    admin: 200,
  },
  'GET /orgs/{id}/issued-reports': {
    build: async (w, t) => ({ path: `/api/orgs/${cellOf(w, t)}/issued-reports?year=2026` }),
    own: MEETING_READERS,
    admin: 200,
  },
  'GET /issued-reports/{id}/document': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { status: 'ended', evaluated: true });
      const issued = await issueMeetingReport(database.db, system, m.id);
      return { path: `/api/issued-reports/${issued.id}/document?format=html` };
    },
    own: MEETING_READERS,
    admin: 200,
  },
  // Issue 15: the committee directly above receives its cells' reports; its inspection staff follow the list.
  'GET /orgs/{id}/received-reports': {
    build: async (w, t) => ({ path: `/api/orgs/${committeeOf(w, t)}/received-reports?year=2026` }),
    own: { officer: 200, inspector: 200, secretary: 404, member: 404, staff: 404 },
    admin: 200,
  },
  'POST /issued-reports/{id}/receipt': {
    build: async (w, t) => {
      const m = await meetingOf(w, t, { status: 'ended', evaluated: true });
      const issued = await issueMeetingReport(database.db, system, m.id);
      return {
        path: `/api/issued-reports/${issued.id}/receipt`,
        body: { remark: 'Đã nhận, đề nghị bổ sung.' },
      };
    },
    own: OFFICERS_ONLY(200),
    admin: 200,
  },
  'GET /reviews/{id}/document': {
    build: async (w, t) => ({ path: `/api/reviews/${await reviewOf(w, t)}/document?format=html` }),
    own: INSIDERS_ONLY(200),
    admin: 200,
  }, // Notifications and their settings are the signed-in person's own: everyone signed in, on no tenant's data.
  'GET /notifications': {
    build: async () => ({ path: '/api/notifications' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  'POST /notifications/read': {
    build: async () => ({ path: '/api/notifications/read', body: { all: true } }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  'GET /notifications/events': {
    build: async () => ({ path: '/api/notifications/events' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
    stream: true,
  },
  'GET /me/notification-settings': {
    build: async () => ({ path: '/api/me/notification-settings' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  'PUT /me/notification-settings': {
    build: async () => ({
      path: '/api/me/notification-settings',
      body: { kinds: [{ kind: 'report_issued', email: true }] },
    }),
    own: READ_ALL,
    // The administrator's account belongs to no member: nothing to notify (409).
    admin: 409,
    foreign: 200,
  },
  'POST /me/push-subscriptions': {
    build: async () => {
      await ensureVapidKeys(database.db);
      return {
        path: '/api/me/push-subscriptions',
        body: {
          endpoint: `https://push.test/${++pushEndpoint}`,
          keys: {
            p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
            auth: 'c2VjcmV0c2VjcmV0MTIzNA',
          },
        },
      };
    },
    own: READ_ALL,
    admin: 409,
    foreign: 200,
  },
  'DELETE /me/push-subscriptions': {
    build: async () => ({ path: '/api/me/push-subscriptions', body: { endpoint: 'https://push.test/1' } }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  'GET /me/calendar-feed': {
    build: async () => ({ path: '/api/me/calendar-feed' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  'POST /me/calendar-feed': {
    build: async () => ({ path: '/api/me/calendar-feed' }),
    own: READ_ALL,
    admin: 409,
    foreign: 200,
  },
  'DELETE /me/calendar-feed': {
    build: async () => ({ path: '/api/me/calendar-feed' }),
    own: READ_ALL,
    admin: 200,
    foreign: 200,
  },
  // The feed needs no session: its private token is the key, for anyone who holds it (calendar.test.ts: a
  // revoked or unknown token answers 404 to everyone).
  'GET /calendar/{file}': {
    build: async (w, t) => {
      const personId = memberOf(w, t);
      const accountOf = () =>
        database.db
          .selectFrom('user_account')
          .select('id')
          .where('person_id', '=', personId)
          .executeTakeFirst();
      if (!(await accountOf())) await buildUser(database.db, { personId });
      const owner = (await accountOf())?.id ?? '';
      const feed = await createCalendarFeed(database.db, {
        userId: owner,
        personId,
        isAdmin: false,
        grants: [],
      });
      return { path: feed.path };
    },
    own: READ_ALL,
    admin: 200,
    foreign: 200,
    anonymous: 200,
  },
};

const ROLES: RoleName[] = ['anonymous', 'admin', 'officer', 'inspector', 'secretary', 'member', 'staff'];
const clients = new Map<RoleName, ApiClient>();

function expected(c: Case, role: RoleName, tenant: Tenant): number {
  if (role === 'anonymous') return c.anonymous ?? 401;
  if (role === 'admin') return c.admin;
  if (tenant === 'foreign') return c.foreign ?? 404;
  return c.own[role];
}

async function clientFor(role: RoleName, fresh: boolean): Promise<ApiClient> {
  if (role === 'anonymous') return new ApiClient(app);
  if (fresh) return loggedIn(app, world.users[role], PASSWORD);
  const existing = clients.get(role);
  if (existing) return existing;
  const client = await loggedIn(app, world.users[role], PASSWORD);
  clients.set(role, client);
  return client;
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
});
afterAll(() => database.close());

describe('authorisation matrix', () => {
  it('lists every operation of the OpenAPI document, and nothing else', async () => {
    const res = await new ApiClient(app).get<{ paths: Record<string, Record<string, unknown>> }>(
      '/api/openapi.json',
    );
    const operations = Object.entries(res.body.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [operation, c] of Object.entries(CASES)) {
    for (const tenant of ['own', 'foreign'] as const) {
      it(`${operation} on ${tenant} data`, async () => {
        const method = operation.split(' ')[0] ?? 'GET';
        const actual: Record<string, number> = {};
        const wanted: Record<string, number> = {};
        for (const role of ROLES) {
          const client = await clientFor(role, c.freshSession === true);
          const { path, body } = await c.build(world, tenant);
          let status: number;
          if (c.stream) {
            const res = await client.stream(path);
            await res.body?.cancel();
            status = res.status;
          } else {
            const res =
              body instanceof FormData
                ? await client.upload(path, body, method)
                : await client.request(method, path, method === 'GET' ? undefined : (body ?? {}));
            status = res.status;
          }
          actual[role] = status;
          wanted[role] = expected(c, role, tenant);
        }
        expect(actual).toEqual(wanted);
      });
    }
  }
});
