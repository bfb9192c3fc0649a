import type { z } from '@hono/zod-openapi';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { createAnchor } from '../../src/domain/preparation/anchors.ts';
import type { App } from '../../src/server/app.ts';
import type { PreparationSchema } from '../../src/server/features/preparation/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildPerson,
  buildPlan,
  buildUser,
  giveRole,
  PASSWORD,
  setMemberStatus,
  TINY_PDF,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { failInsertsInto } from '../support/fail-inserts.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Prep = z.infer<typeof PreparationSchema>;
interface Version {
  id: string;
  kind: 'outline' | 'draft';
  round: string | null;
  number: number;
  html: string;
  plainText: string;
}
interface Diff {
  from: Version;
  to: Version;
  segments: { kind: 'same' | 'added' | 'removed'; text: string }[];
}
interface AuditEntries {
  entries: { action: string; entityId: string; actorName: string | null; before: unknown; after: unknown }[];
}

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

const MESSAGES = {
  remarkRequired: 'Hãy ghi rõ ý kiến để người chuẩn bị sửa dự thảo',
  anchorNotFound: 'Không tìm thấy đoạn văn đã chọn trong dự thảo',
  explanationRequired: 'Ý kiến không tiếp thu hoặc tiếp thu một phần cần có giải trình',
  tooLarge: 'Tệp đính kèm vượt quá 10 MB',
  wrongType: 'Chỉ nhận tệp PDF, Word (.doc, .docx) hoặc ảnh (JPEG, PNG)',
};

/**
 * A cell of five official members under its own committee: a secretary, a deputy, the preparer of the
 * quarter-1 topic and two members who read it. `secretaryPrepares` makes the secretary the preparer (the
 * third member is then an ordinary member without a login); `deputy: false` leaves the cell without one.
 */
async function buildPreparingCell(
  opts: { members?: number; secretaryPrepares?: boolean; deputy?: boolean; plan?: 'draft' | 'adopted' } = {},
) {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: opts.members ?? 5 });
  const [secretaryId, deputyId, thirdId, readerId, otherReaderId] = cell.memberIds as [
    string,
    string,
    string,
    string,
    string,
  ];
  const preparerId = opts.secretaryPrepares ? secretaryId : thirdId;
  await giveRole(db, cell.id, secretaryId, 'secretary');
  if (opts.deputy !== false) await giveRole(db, cell.id, deputyId, 'deputy');
  const plan = await buildPlan(db, cell.id, { status: opts.plan ?? 'adopted', preparerId });
  const topics = await db
    .selectFrom('plan_topic')
    .select(['id', 'quarter'])
    .where('plan_id', '=', plan.id)
    .orderBy('quarter')
    .execute();
  const topicId = topics[0]?.id ?? '';
  // One login per person: the secretary who prepares is one client in both parts.
  const clients = new Map<string, Promise<ApiClient>>();
  const login = (personId: string) => {
    let client = clients.get(personId);
    if (!client) {
      client = buildUser(db, { personId }).then((username) => loggedIn(app, username, PASSWORD));
      clients.set(personId, client);
    }
    return client;
  };
  return {
    committee,
    cell,
    planId: plan.id,
    topicId,
    topicIds: topics.map((t) => t.id),
    url: `/api/topics/${topicId}`,
    login,
    preparer: await login(preparerId),
    secretary: await login(secretaryId),
    deputy: await login(deputyId),
    reader: await login(readerId),
    otherReader: await login(otherReaderId),
    ids: { preparerId, secretaryId, deputyId, thirdId, readerId, otherReaderId },
  };
}
type Cell = Awaited<ReturnType<typeof buildPreparingCell>>;

async function saveDraft(client: ApiClient, topicId: string, html: string) {
  const before = await client.get<Prep>(`/api/topics/${topicId}`);
  const base = before.body.versions.filter((v) => v.kind === 'draft').at(-1)?.id ?? null;
  const res = await client.post<Prep>(`/api/topics/${topicId}/versions`, {
    kind: 'draft',
    html,
    baseVersionId: base,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The preparer's draft 1 saved and submitted: the approver has a decision to make. */
async function submitted(
  c: Cell,
  html = '<p>Tinh thần trách nhiệm của cán bộ còn hạn chế ở khâu tiếp đón.</p>',
) {
  const saved = await saveDraft(c.preparer, c.topicId, html);
  const res = await c.preparer.post<Prep>(`${c.url}/submit`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return saved.draft?.id ?? '';
}

/** Draft 1 approved by the secretary and sent to the members. */
async function distributed(c: Cell, html?: string) {
  const versionId = await submitted(c, html);
  const res = await c.secretary.post<Prep>(`${c.url}/approve`, {});
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.status).toBe('distributed');
  return versionId;
}

/** A login for a new person of `unitId` (or of a new cell under `committeeId`) with `role` there. */
async function outsider(opts: { cellUnder?: string; officerOf?: string; unitId?: string; status?: 'staff' }) {
  const db = database.db;
  const unitId = opts.unitId ?? (await buildCell(db, { parentId: opts.cellUnder ?? '' })).id;
  const personId = await buildPerson(db, { unitId, status: opts.status });
  if (opts.officerOf) await giveRole(db, opts.officerOf, personId, 'officer');
  return loggedIn(app, await buildUser(db, { personId }), PASSWORD);
}

async function count(
  table: 'topic_attachment' | 'topic_version' | 'topic_comment' | 'topic_event' | 'topic_reader',
  topicId: string,
) {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('topic_id', '=', topicId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function nameOf(personId: string) {
  const row = await database.db
    .selectFrom('person')
    .select('full_name')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return row.full_name;
}

async function auditOf(topicId: string) {
  const admin = await loggedIn(app, await buildUser(database.db, { isAdmin: true }), PASSWORD);
  const res = await admin.get<AuditEntries>(`/api/audit?entityId=${topicId}&limit=500`);
  expect(res.status).toBe(200);
  return res.body.entries;
}

function fileForm(bytes: Uint8Array, name: string, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name, { type }));
  return form;
}

const today = () => todayInVietnam();

describe('preparing a topic, end to end', () => {
  it('goes from draft 1 through comments and dispositions to an approved draft 2 and the final topic', async () => {
    const c = await buildPreparingCell();
    const url = `/api/topics/${c.topicId}`;

    const draft1 =
      '<p>Vì sao chọn chuyên đề này.</p><p>Tinh thần trách nhiệm của cán bộ còn hạn chế ở khâu tiếp đón.</p><script>alert(1)</script>';
    const saved = await saveDraft(c.preparer, c.topicId, draft1);
    expect(saved.draft?.html).not.toContain('script');
    expect(saved.draft?.plainText).toBe(
      'Vì sao chọn chuyên đề này.\nTinh thần trách nhiệm của cán bộ còn hạn chế ở khâu tiếp đón.',
    );

    // Before approval the member sees no draft.
    const early = await c.reader.get<Prep>(url);
    expect(early.status).toBe(200);
    expect(early.body.draft).toBeNull();

    expect((await c.preparer.post(`${url}/submit`)).status).toBe(200);
    const approved = await c.secretary.post<Prep>(`${url}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('distributed');
    expect(approved.body.readers.filter((r) => r.round === 'draft1')).toHaveLength(4);

    const seen = await c.reader.get<Prep>(url);
    expect(seen.body.draft?.plainText).toContain('Tinh thần trách nhiệm');
    expect((await c.reader.post<{ recorded: number }>(`${url}/opened`)).body.recorded).toBe(1);

    const text = seen.body.draft?.plainText ?? '';
    const start = text.indexOf('còn hạn chế');
    const anchor = createAnchor(text, start, start + 'còn hạn chế'.length);
    const commented = await c.reader.post<Prep>(`${url}/comments`, { body: 'Nên nêu ví dụ cụ thể.', anchor });
    expect(commented.status, JSON.stringify(commented.body)).toBe(201);
    expect(commented.body.comments[0]?.range).toEqual({ start, end: start + 'còn hạn chế'.length });

    const bad = await c.reader.post<ErrorBody>(`${url}/comments`, {
      body: 'x',
      anchor: { quote: 'không có trong văn bản', prefix: '', suffix: '' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.anchor).toBeTruthy();

    expect((await c.secretary.post(`${url}/close-comments`)).status).toBe(200);
    const started = await c.preparer.post<Prep>(`${url}/start-draft2`);
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body.status).toBe('draft2_writing');

    const changed = await saveDraft(
      c.preparer,
      c.topicId,
      '<p>Mở đầu mới.</p><p>Tinh thần trách nhiệm của cán bộ còn hạn chế ở khâu tiếp đón, ví dụ tại phòng khám.</p>',
    );
    const moved = changed.comments[0]?.range;
    expect(moved && changed.draft?.plainText.slice(moved.start, moved.end)).toBe('còn hạn chế');

    const pending = await c.preparer.post<ErrorBody>(`${url}/submit`);
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe('PREP_DISPOSITIONS_PENDING');
    const commentId = changed.comments[0]?.id;
    const noExplanation = await c.preparer.put<ErrorBody>(`${url}/comments/${commentId}/disposition`, {
      disposition: 'partly_accepted',
    });
    expect(noExplanation.status).toBe(400);
    expect(
      (
        await c.preparer.put(`${url}/comments/${commentId}/disposition`, {
          disposition: 'accepted',
        })
      ).status,
    ).toBe(200);
    expect((await c.preparer.post(`${url}/submit`)).status).toBe(200);
    const second = await c.secretary.post<Prep>(`${url}/approve`, {});
    expect(second.body.status).toBe('draft2_approved');
    expect(second.body.steps.map((s) => s.state)).toEqual([
      'done',
      'done',
      'done',
      'done',
      expect.any(String),
    ]);

    // The meeting was held on paper: entered with its signed minutes, it presents the topic.
    const paper = fileForm(TINY_PDF, 'Biên bản.pdf');
    paper.append('heldOn', today());
    paper.append('present', '3');
    const entered = await c.secretary.upload(`${url}/paper-meeting`, paper);
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    expect((await c.secretary.get<Prep>(url)).body.status).toBe('presented');
    const missing = await c.preparer.post<ErrorBody>(`${url}/finalise`);
    expect(missing.body.error.code).toBe('PREP_FINAL_TEXT_MISSING');
    await saveDraft(c.preparer, c.topicId, '<p>Bản hoàn chỉnh sau sinh hoạt.</p>');
    const final = await c.preparer.post<Prep>(`${url}/finalise`);
    expect(final.body.status).toBe('final');
    expect(final.body.readers.filter((r) => r.round === 'final')).toHaveLength(4);
  });
});

describe('who may read a topic and act on it', () => {
  it('hides the topic from a member of another cell and an officer of a foreign committee (404), every way in', async () => {
    const c = await buildPreparingCell();
    const upload = await c.preparer.upload<Prep>(`${c.url}/attachments`, fileForm(TINY_PDF, 'Tài liệu.pdf'));
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const attachmentId = upload.body.attachments[0]?.id;
    const versionId = await distributed(c);
    const text = (await c.reader.get<Prep>(c.url)).body.draft?.plainText ?? '';
    const anchor = createAnchor(text, 0, 10);

    const siblingMember = await outsider({ cellUnder: c.committee.id });
    const foreignCommittee = await buildCommittee(database.db);
    const foreignOfficer = await outsider({ cellUnder: foreignCommittee.id, officerOf: foreignCommittee.id });
    for (const client of [siblingMember, foreignOfficer]) {
      const answers = [
        await client.get<ErrorBody>(c.url),
        await client.get<ErrorBody>(`${c.url}/versions/${versionId}`),
        await client.post<ErrorBody>(`${c.url}/comments`, { body: 'Ý kiến của người ngoài.', anchor }),
        await client.post<ErrorBody>(`${c.url}/opened`),
        await client.get<ErrorBody>(`${c.url}/attachments/${attachmentId}`),
      ];
      expect(answers.map((r) => [r.status, r.body.error.code])).toEqual(
        Array.from({ length: answers.length }, () => [404, 'NOT_FOUND']),
      );
    }
    const seen = await c.secretary.get<Prep>(c.url);
    expect(seen.body.comments).toEqual([]);
    expect(seen.body.readers.every((r) => r.openedAt === null)).toBe(true);
  });

  it('refuses the cell’s staff by policy (403): not a party member, they neither read nor comment', async () => {
    const c = await buildPreparingCell();
    const upload = await c.preparer.upload<Prep>(`${c.url}/attachments`, fileForm(TINY_PDF, 'Tài liệu.pdf'));
    await distributed(c);
    const staff = await outsider({ unitId: c.cell.id, status: 'staff' });
    const answers = [
      await staff.get<ErrorBody>(c.url),
      await staff.post<ErrorBody>(`${c.url}/comments`, { body: 'Ý kiến của nhân viên.' }),
      await staff.post<ErrorBody>(`${c.url}/opened`),
      await staff.get<ErrorBody>(`${c.url}/attachments/${upload.body.attachments[0]?.id}`),
    ];
    expect(answers.map((r) => [r.status, r.body.error.code])).toEqual(
      Array.from({ length: answers.length }, () => [403, 'FORBIDDEN']),
    );
    expect(await count('topic_comment', c.topicId)).toBe(0);
  });

  it('shows an officer of the committee above the topic, but no draft before it is sent and never the readers', async () => {
    const c = await buildPreparingCell();
    const officer = await outsider({ cellUnder: c.committee.id, officerOf: c.committee.id });
    const outline = await c.preparer.post<Prep>(`${c.url}/versions`, {
      kind: 'outline',
      html: '<p>Đề cương.</p>',
      baseVersionId: null,
    });
    expect(outline.status).toBe(201);
    await saveDraft(c.preparer, c.topicId, '<p>Bản đầu.</p>');
    const secondId = (await saveDraft(c.preparer, c.topicId, '<p>Bản thứ hai.</p>')).draft?.id ?? '';
    const firstId = (await c.preparer.get<Prep>(c.url)).body.versions.find((v) => v.number === 1)?.id;
    expect((await c.preparer.post(`${c.url}/submit`)).status).toBe(200);

    const before = await officer.get<Prep>(c.url);
    expect(before.status).toBe(200);
    expect(before.body.status).toBe('draft1_submitted');
    expect(before.body).toMatchObject({ draft: null, outline: null, versions: [], readers: [] });
    expect(before.body.permissions.actions).toEqual([]);
    expect((await officer.get<ErrorBody>(`${c.url}/versions/${secondId}`)).status).toBe(404);
    expect((await officer.get<ErrorBody>(`${c.url}/diff?from=${firstId}&to=${secondId}`)).status).toBe(404);

    expect((await c.secretary.post(`${c.url}/approve`, {})).status).toBe(200);
    const after = await officer.get<Prep>(c.url);
    expect(after.body.draft?.id).toBe(secondId);
    expect(after.body.versions.map((v) => v.id)).toEqual([secondId]);
    expect(after.body.readers).toEqual([]);
    expect((await c.secretary.get<Prep>(c.url)).body.readers).toHaveLength(4);
    expect((await officer.get<ErrorBody>(`${c.url}/versions/${firstId}`)).status).toBe(404);
  });

  it('shows a member no draft before approval, and never an unsent version, by id or in a diff', async () => {
    const c = await buildPreparingCell();
    const first = (await saveDraft(c.preparer, c.topicId, '<p>Bản đầu chưa gửi.</p>')).draft?.id ?? '';
    const second = (await saveDraft(c.preparer, c.topicId, '<p>Bản gửi đi.</p>')).draft?.id ?? '';
    expect((await c.preparer.post(`${c.url}/submit`)).status).toBe(200);

    const early = await c.reader.get<Prep>(c.url);
    expect(early.body).toMatchObject({ draft: null, versions: [], readers: [] });
    const byId = await c.reader.get<ErrorBody>(`${c.url}/versions/${second}`);
    expect([byId.status, byId.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await c.reader.get(`${c.url}/diff?from=${first}&to=${second}`)).status).toBe(404);

    expect((await c.secretary.post(`${c.url}/approve`, {})).status).toBe(200);
    expect((await c.reader.get<Version>(`${c.url}/versions/${second}`)).body.html).toBe('<p>Bản gửi đi.</p>');
    // The version before the one approved was never sent: it stays the preparer's.
    expect((await c.reader.get(`${c.url}/versions/${first}`)).status).toBe(404);
    expect((await c.reader.get(`${c.url}/diff?from=${first}&to=${second}`)).status).toBe(404);
    expect((await c.preparer.get(`${c.url}/diff?from=${first}&to=${second}`)).status).toBe(200);
  });

  it('lets only the preparer save versions and only an approver approve', async () => {
    const c = await buildPreparingCell();
    const base = (await saveDraft(c.preparer, c.topicId, '<p>Bản của người chuẩn bị.</p>')).draft?.id;
    for (const client of [c.reader, c.secretary]) {
      const res = await client.post<ErrorBody>(`${c.url}/versions`, {
        kind: 'draft',
        html: '<p>Sửa hộ.</p>',
        baseVersionId: base,
      });
      expect([res.status, res.body.error.code]).toEqual([403, 'PREP_NOT_PREPARER']);
    }
    expect(await count('topic_version', c.topicId)).toBe(1);

    expect((await c.preparer.post(`${c.url}/submit`)).status).toBe(200);
    for (const client of [c.reader, c.preparer]) {
      const res = await client.post<ErrorBody>(`${c.url}/approve`, {});
      expect([res.status, res.body.error.code]).toEqual([403, 'PREP_NOT_APPROVER']);
    }
    expect((await c.secretary.get<Prep>(c.url)).body.status).toBe('draft1_submitted');
    expect(await count('topic_reader', c.topicId)).toBe(0);
  });
});

describe('the approval gate', () => {
  it('in a cell under 9 official members: the deputy approves; a committee member grant gives no right', async () => {
    const c = await buildPreparingCell();
    await giveRole(database.db, c.cell.id, c.ids.readerId, 'committee_member');
    await submitted(c);
    const refused = await c.reader.post<ErrorBody>(`${c.url}/approve`, {});
    expect([refused.status, refused.body.error.code]).toEqual([403, 'PREP_NOT_APPROVER']);
    expect((await c.secretary.get<Prep>(c.url)).body.status).toBe('draft1_submitted');

    const approved = await c.deputy.post<Prep>(`${c.url}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('distributed');
    const event = approved.body.events.find((e) => e.action === 'approve');
    expect(event).toMatchObject({ selfApproval: false, actorName: await nameOf(c.ids.deputyId) });
  });

  it('in a cell of 9 or more official members: a member of the cell committee approves', async () => {
    const c = await buildPreparingCell({ members: 9 });
    await giveRole(database.db, c.cell.id, c.ids.readerId, 'committee_member');
    await submitted(c);
    const approved = await c.reader.post<Prep>(`${c.url}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('distributed');
    expect(approved.body.readers).toHaveLength(8);
  });

  it('stops a secretary who prepares from approving (or refusing) their own draft while a deputy exists', async () => {
    const c = await buildPreparingCell({ secretaryPrepares: true });
    await submitted(c);
    for (const action of ['approve', 'refuse']) {
      const res = await c.secretary.post<ErrorBody>(`${c.url}/${action}`, { remark: 'Tự duyệt' });
      expect([res.status, res.body.error.code]).toEqual([409, 'PREP_OWN_DRAFT']);
    }
    expect(await count('topic_event', c.topicId)).toBe(1);
    const approved = await c.deputy.post<Prep>(`${c.url}/approve`, {});
    expect(approved.body.status).toBe('distributed');
    expect(approved.body.events.find((e) => e.action === 'approve')?.selfApproval).toBe(false);
  });

  it('lets a secretary who prepares approve their own draft as the only approver, recorded as self-approval', async () => {
    const c = await buildPreparingCell({ secretaryPrepares: true, deputy: false });
    await submitted(c);
    const approved = await c.secretary.post<Prep>(`${c.url}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const events = (await c.secretary.get<Prep>(c.url)).body.events;
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.selfApproval])).toEqual([
      ['submit', 'draft1_writing', 'draft1_submitted', false],
      ['approve', 'draft1_submitted', 'draft1_approved', true],
      ['distribute', 'draft1_approved', 'distributed', false],
    ]);
    // The secretary wrote it: the other four members study it.
    expect(approved.body.readers.map((r) => r.personId)).not.toContain(c.ids.secretaryId);
    expect(approved.body.readers).toHaveLength(4);
  });

  it('refuses a refusal without a remark (400); a refused draft goes back to the preparer, is edited and resubmitted', async () => {
    const c = await buildPreparingCell();
    const first = await submitted(c);
    for (const body of [{}, { remark: '   ' }]) {
      const res = await c.secretary.post<ErrorBody>(`${c.url}/refuse`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual({ remark: MESSAGES.remarkRequired });
    }
    expect((await c.secretary.get<Prep>(c.url)).body.status).toBe('draft1_submitted');

    const remark = 'Cần nêu ví dụ cụ thể ở khoa.';
    const refused = await c.secretary.post<Prep>(`${c.url}/refuse`, { remark });
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe('draft1_refused');
    expect(refused.body.events.at(-1)).toMatchObject({ action: 'refuse', remark, versionId: first });
    expect((await c.reader.get<Prep>(c.url)).body.draft).toBeNull();

    const edited = await saveDraft(c.preparer, c.topicId, '<p>Có ví dụ cụ thể ở khoa Nội.</p>');
    expect(edited.draft).toMatchObject({ round: 'draft1', number: 2 });
    expect((await c.preparer.post<Prep>(`${c.url}/submit`)).body.status).toBe('draft1_submitted');
    const approved = await c.secretary.post<Prep>(`${c.url}/approve`, {});
    expect(approved.body.status).toBe('distributed');
    expect((await c.reader.get<Prep>(c.url)).body.draft?.id).toBe(edited.draft?.id);
  });
});

describe('distribution and read receipts', () => {
  it('sends draft 1 to official and probationary members, not to its preparer, exempt, transferred-out members or staff', async () => {
    const c = await buildPreparingCell();
    const db = database.db;
    const probationaryId = await buildPerson(db, { unitId: c.cell.id, status: 'probationary' });
    await buildPerson(db, { unitId: c.cell.id, status: 'exempt' });
    await buildPerson(db, { unitId: c.cell.id, status: 'staff' });
    const leftId = await buildPerson(db, { unitId: c.cell.id });
    await setMemberStatus(db, leftId, 'transferred_out');

    const versionId = await submitted(c);
    const approved = await c.secretary.post<Prep>(`${c.url}/approve`, {});
    expect(approved.status).toBe(200);
    const { secretaryId, deputyId, readerId, otherReaderId } = c.ids;
    expect(approved.body.readers.map((r) => r.personId).sort()).toEqual(
      [secretaryId, deputyId, readerId, otherReaderId, probationaryId].sort(),
    );
    expect(approved.body.readers.every((r) => r.round === 'draft1' && r.openedAt === null)).toBe(true);
    expect(approved.body.expectedReaderCount).toBe(5);
    expect(approved.body.versions.find((v) => v.id === versionId)?.sent).toBe(true);
  });

  it('refuses a comment due date before today or leaving no day to study (400) and sends nothing', async () => {
    const c = await buildPreparingCell();
    await submitted(c);
    for (const due of [addDays(today(), -1), today()]) {
      const res = await c.secretary.post<ErrorBody>(`${c.url}/approve`, { commentDueOn: due });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['commentDueOn']);
    }
    expect((await c.secretary.get<Prep>(c.url)).body.status).toBe('draft1_submitted');
    expect(await count('topic_reader', c.topicId)).toBe(0);

    const due = addDays(today(), 3);
    const ok = await c.secretary.post<Prep>(`${c.url}/approve`, { commentDueOn: due });
    expect(ok.body.dates.commentDueOn).toBe(due);
    expect(ok.body.commentsOpen).toBe(true);
  });

  it('records the first opening only, and shows the insiders who opened and who commented', async () => {
    const c = await buildPreparingCell();
    await distributed(c);
    const first = await c.reader.post<{ recorded: number }>(`${c.url}/opened`);
    expect(first.body).toEqual({ recorded: 1 });
    const openedAt = (await c.reader.get<Prep>(c.url)).body.myReading[0]?.openedAt;
    expect(openedAt).toEqual(expect.any(String));
    expect((await c.reader.post<{ recorded: number }>(`${c.url}/opened`)).body).toEqual({ recorded: 0 });
    expect((await c.reader.get<Prep>(c.url)).body.myReading[0]?.openedAt).toBe(openedAt);
    // The text was not sent to its preparer: nothing to record.
    expect((await c.preparer.post<{ recorded: number }>(`${c.url}/opened`)).body).toEqual({ recorded: 0 });
    // Commenting is reading.
    expect((await c.otherReader.post(`${c.url}/comments`, { body: 'Nên rút gọn phần mở đầu.' })).status).toBe(
      201,
    );

    const readers = (await c.secretary.get<Prep>(c.url)).body.readers;
    const row = (id: string) => readers.find((r) => r.personId === id);
    expect(row(c.ids.readerId)).toMatchObject({ openedAt, commented: false });
    expect(row(c.ids.otherReaderId)).toMatchObject({ openedAt: expect.any(String), commented: true });
    expect(row(c.ids.deputyId)).toMatchObject({ openedAt: null, commented: false });
    expect((await c.preparer.get<Prep>(c.url)).body.readers).toEqual(readers);
  });
});

describe('comments anchored to passages', () => {
  const DRAFT1 =
    '<p>Chi bộ đã triển khai học tập nghị quyết.</p><p>Tinh thần trách nhiệm của một số đảng viên còn hạn chế.</p><p>Việc sinh hoạt chuyên đề chưa đều đặn.</p>';
  const DRAFT2 =
    '<p>Mở đầu: chi bộ đã triển khai học tập nghị quyết một cách nghiêm túc, đầy đủ.</p><p>Tinh thần trách nhiệm của một số đảng viên còn hạn chế.</p>';

  it('follows a commented passage into draft 2, and keeps the quote of a passage draft 2 deleted', async () => {
    const c = await buildPreparingCell();
    await distributed(c, DRAFT1);
    const text = (await c.reader.get<Prep>(c.url)).body.draft?.plainText ?? '';
    const moved = 'còn hạn chế';
    const gone = 'Việc sinh hoạt chuyên đề chưa đều đặn.';
    const at = text.indexOf(moved);
    const goneAt = text.indexOf(gone);
    expect(at).toBeGreaterThan(0);
    const a = await c.reader.post<Prep>(`${c.url}/comments`, {
      body: 'Nên nêu ví dụ.',
      anchor: createAnchor(text, at, at + moved.length),
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const b = await c.otherReader.post<Prep>(`${c.url}/comments`, {
      body: 'Câu này chưa rõ.',
      anchor: createAnchor(text, goneAt, goneAt + gone.length),
    });
    expect(b.body.comments.map((x) => x.range)).toEqual([
      { start: at, end: at + moved.length },
      { start: goneAt, end: goneAt + gone.length },
    ]);

    expect((await c.secretary.post(`${c.url}/close-comments`)).status).toBe(200);
    expect((await c.preparer.post(`${c.url}/start-draft2`)).status).toBe(200);
    const draft2 = await saveDraft(c.preparer, c.topicId, DRAFT2);
    const text2 = draft2.draft?.plainText ?? '';
    const [onMoved, onGone] = draft2.comments;
    expect(onMoved?.range).not.toBeNull();
    expect(onMoved?.range?.start).not.toBe(at);
    expect(text2.slice(onMoved?.range?.start, onMoved?.range?.end)).toBe(moved);
    expect(onMoved?.quote).toBe(moved);
    expect(onGone).toMatchObject({ range: null, quote: gone });

    // Members still read draft 1 (draft 2 is not approved): their comments sit where they were.
    const member = await c.reader.get<Prep>(c.url);
    expect(member.body.draft?.round).toBe('draft1');
    expect(member.body.comments.map((x) => x.range)).toEqual([
      { start: at, end: at + moved.length },
      { start: goneAt, end: goneAt + gone.length },
    ]);
  });

  it('refuses a passage not in the text (400), anyone the draft was not sent to (403), and comments once closed (409)', async () => {
    const c = await buildPreparingCell();
    const exemptId = await buildPerson(database.db, { unitId: c.cell.id, status: 'exempt' });
    const exempt = await c.login(exemptId);
    await distributed(c, DRAFT1);

    const bad = await c.reader.post<ErrorBody>(`${c.url}/comments`, {
      body: 'Ý kiến.',
      anchor: { quote: 'không có trong văn bản', prefix: '', suffix: '' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ anchor: MESSAGES.anchorNotFound });

    // Exempt members are not sent the draft; nor is its preparer; nor a reader who became exempt since.
    await setMemberStatus(database.db, c.ids.otherReaderId, 'exempt', today());
    for (const client of [exempt, c.preparer, c.otherReader]) {
      const res = await client.post<ErrorBody>(`${c.url}/comments`, { body: 'Ý kiến.' });
      expect([res.status, res.body.error.code]).toEqual([403, 'PREP_NOT_A_READER']);
    }
    expect(await count('topic_comment', c.topicId)).toBe(0);

    expect((await c.secretary.post(`${c.url}/close-comments`)).status).toBe(200);
    const late = await c.reader.post<ErrorBody>(`${c.url}/comments`, { body: 'Ý kiến muộn.' });
    expect([late.status, late.body.error.code]).toEqual([409, 'PREP_COMMENTS_CLOSED']);
    expect(await count('topic_comment', c.topicId)).toBe(0);
  });

  it('finds a quote typed in decomposed Unicode (NFD) in the precomposed (NFC) text, and stores it in NFC', async () => {
    const c = await buildPreparingCell();
    await distributed(c, DRAFT1);
    const text = (await c.reader.get<Prep>(c.url)).body.draft?.plainText ?? '';
    const quote = 'trách nhiệm';
    const anchor = { quote: quote.normalize('NFD'), prefix: 'Tinh thần '.normalize('NFD'), suffix: ' của' };
    expect(anchor.quote).not.toBe(quote);
    const res = await c.reader.post<Prep>(`${c.url}/comments`, { body: 'Nên định nghĩa rõ.', anchor });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const at = text.indexOf(quote);
    expect(res.body.comments[0]).toMatchObject({
      quote,
      prefix: 'Tinh thần ',
      range: { start: at, end: at + quote.length },
    });
  });
});

describe('answers to comments (dispositions)', () => {
  it('needs an explanation for a comment not accepted (400, nothing stored) and lets only the preparer answer (403)', async () => {
    const c = await buildPreparingCell();
    await distributed(c);
    const commented = await c.reader.post<Prep>(`${c.url}/comments`, { body: 'Đề nghị bỏ phần này.' });
    const commentId = commented.body.comments[0]?.id;
    const url = `${c.url}/comments/${commentId}/disposition`;

    for (const body of [
      { disposition: 'not_accepted' },
      { disposition: 'not_accepted', explanation: '  ' },
    ]) {
      const res = await c.preparer.put<ErrorBody>(url, body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual({ explanation: MESSAGES.explanationRequired });
    }
    const untouched = (await c.preparer.get<Prep>(c.url)).body;
    expect(untouched.comments[0]).toMatchObject({ disposition: null, explanation: null, disposedAt: null });
    expect(untouched.dispositionSummary).toMatchObject({ total: 1, pending: 1 });

    for (const client of [c.secretary, c.reader]) {
      const res = await client.put<ErrorBody>(url, { disposition: 'accepted' });
      expect([res.status, res.body.error.code]).toEqual([403, 'PREP_NOT_PREPARER']);
    }
    expect((await c.preparer.get<Prep>(c.url)).body.comments[0]?.disposition).toBeNull();

    const explanation = 'Phần này là yêu cầu của hướng dẫn, cần giữ.';
    const answered = await c.preparer.put<Prep>(url, { disposition: 'not_accepted', explanation });
    expect(answered.status).toBe(200);
    expect(answered.body.comments[0]).toMatchObject({
      disposition: 'not_accepted',
      explanation,
      disposedByName: await nameOf(c.ids.preparerId),
    });
    expect(answered.body.dispositionSummary).toMatchObject({ total: 1, not_accepted: 1, pending: 0 });
  });

  it('refuses to submit draft 2 while a comment awaits its answer (409), and accepts it once answered', async () => {
    const c = await buildPreparingCell();
    await distributed(c);
    await c.reader.post(`${c.url}/comments`, { body: 'Ý kiến thứ nhất.' });
    await c.otherReader.post(`${c.url}/comments`, { body: 'Ý kiến thứ hai.' });
    expect((await c.secretary.post(`${c.url}/close-comments`)).status).toBe(200);
    expect((await c.preparer.post(`${c.url}/start-draft2`)).status).toBe(200);
    const draft2 = await saveDraft(c.preparer, c.topicId, '<p>Dự thảo lần 2.</p>');
    const [first, second] = draft2.comments;
    await c.preparer.put(`${c.url}/comments/${first?.id}/disposition`, { disposition: 'accepted' });

    const pending = await c.preparer.post<ErrorBody>(`${c.url}/submit`);
    expect([pending.status, pending.body.error.code]).toEqual([409, 'PREP_DISPOSITIONS_PENDING']);
    expect((await c.preparer.get<Prep>(c.url)).body.status).toBe('draft2_writing');

    await c.preparer.put(`${c.url}/comments/${second?.id}/disposition`, {
      disposition: 'partly_accepted',
      explanation: 'Tiếp thu phần số liệu.',
    });
    const submittedRes = await c.preparer.post<Prep>(`${c.url}/submit`);
    expect(submittedRes.body.status).toBe('draft2_submitted');
    // The table the approver reads is now fixed.
    const late = await c.preparer.put<ErrorBody>(`${c.url}/comments/${first?.id}/disposition`, {
      disposition: 'not_accepted',
      explanation: 'Đổi ý.',
    });
    expect([late.status, late.body.error.code]).toEqual([409, 'PREP_DISPOSITION_CLOSED']);
  });
});

describe('versions of the outline and the draft', () => {
  it('keeps every save as a new version, numbered 1, 2, 3, each readable again', async () => {
    const c = await buildPreparingCell();
    const htmls = ['<p>Bản 1.</p>', '<p>Bản 2.</p>', '<p>Bản 3.</p>'];
    for (const html of htmls) await saveDraft(c.preparer, c.topicId, html);
    const view = (await c.preparer.get<Prep>(c.url)).body;
    const drafts = view.versions.filter((v) => v.kind === 'draft');
    expect(drafts.map((v) => [v.number, v.round])).toEqual([
      [1, 'draft1'],
      [2, 'draft1'],
      [3, 'draft1'],
    ]);
    for (const [i, v] of drafts.entries()) {
      expect((await c.preparer.get<Version>(`${c.url}/versions/${v.id}`)).body.html).toBe(htmls[i]);
    }
    expect(view.draft?.id).toBe(drafts[2]?.id);
  });

  it('refuses a save started from a version that is no longer the latest (409) and stores nothing', async () => {
    const c = await buildPreparingCell();
    const first = (await saveDraft(c.preparer, c.topicId, '<p>Bản 1.</p>')).draft?.id;
    await saveDraft(c.preparer, c.topicId, '<p>Bản 2.</p>');
    for (const baseVersionId of [first, null]) {
      const res = await c.preparer.post<ErrorBody>(`${c.url}/versions`, {
        kind: 'draft',
        html: '<p>Bản sửa từ bản cũ.</p>',
        baseVersionId,
      });
      expect([res.status, res.body.error.code]).toEqual([409, 'PREP_VERSION_CHANGED']);
    }
    expect(await count('topic_version', c.topicId)).toBe(2);
    expect((await c.preparer.get<Prep>(c.url)).body.draft?.html).toBe('<p>Bản 2.</p>');
  });

  it('strips scripts, event handlers, styles, images and javascript: links when saving', async () => {
    const c = await buildPreparingCell();
    const saved = await saveDraft(
      c.preparer,
      c.topicId,
      '<p onclick="steal()" style="color:red">Xem <a href="javascript:alert(1)">liên kết xấu</a> và ' +
        '<a href="https://dangcongsan.vn" onmouseover="x()">liên kết tốt</a>.</p>' +
        '<script>alert(1)</script><img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>',
    );
    const html = saved.draft?.html ?? '';
    for (const bad of [
      'script',
      'onclick',
      'onerror',
      'onmouseover',
      'style',
      'javascript:',
      '<img',
      'iframe',
    ])
      expect(html).not.toContain(bad);
    expect(html).toBe(
      '<p>Xem <a rel="noopener noreferrer nofollow" target="_blank">liên kết xấu</a> và ' +
        '<a href="https://dangcongsan.vn" rel="noopener noreferrer nofollow" target="_blank">liên kết tốt</a>.</p>',
    );
    expect(saved.draft?.plainText).toBe('Xem liên kết xấu và liên kết tốt.');
    // A link cannot choose where it opens or what it shares.
    const own = await saveDraft(
      c.preparer,
      c.topicId,
      '<p><a href="https://dangcongsan.vn" target="_self" rel="opener">Trang</a></p>',
    );
    expect(own.draft?.html).toContain('rel="noopener noreferrer nofollow"');
    expect(own.draft?.html).toContain('target="_blank"');
    expect(own.draft?.html).not.toMatch(/_self|"opener"/);
    // What is stored is the cleaned text, not only what was answered.
    expect((await c.preparer.get<Version>(`${c.url}/versions/${saved.draft?.id}`)).body.html).toBe(html);
  });

  it('compares two versions word by word', async () => {
    const c = await buildPreparingCell();
    const v1 = (await saveDraft(c.preparer, c.topicId, '<p>Đảng viên cần gương mẫu trong công tác.</p>'))
      .draft;
    const v2 = (await saveDraft(c.preparer, c.topicId, '<p>Mọi đảng viên phải gương mẫu trong công tác.</p>'))
      .draft;
    const res = await c.secretary.get<Diff>(`${c.url}/diff?from=${v1?.id}&to=${v2?.id}`);
    expect(res.status).toBe(200);
    expect([res.body.from.id, res.body.to.id]).toEqual([v1?.id, v2?.id]);
    const { segments } = res.body;
    const join = (kinds: string[]) =>
      segments
        .filter((s) => kinds.includes(s.kind))
        .map((s) => s.text)
        .join('');
    expect(join(['same', 'removed'])).toBe('Đảng viên cần gương mẫu trong công tác.');
    expect(join(['same', 'added'])).toBe('Mọi đảng viên phải gương mẫu trong công tác.');
    expect(join(['removed'])).toContain('cần');
    expect(join(['added'])).toContain('phải');
    expect(join(['same'])).toContain('gương mẫu trong công tác.');
  });

  it('refuses to change a submitted draft (409); the outline stays the preparer’s to keep', async () => {
    const c = await buildPreparingCell();
    const versionId = await submitted(c);
    const res = await c.preparer.post<ErrorBody>(`${c.url}/versions`, {
      kind: 'draft',
      html: '<p>Sửa sau khi trình.</p>',
      baseVersionId: versionId,
    });
    expect([res.status, res.body.error.code]).toEqual([409, 'PREP_NOT_EDITABLE']);
    expect(await count('topic_version', c.topicId)).toBe(1);
    const outline = await c.preparer.post<Prep>(`${c.url}/versions`, {
      kind: 'outline',
      html: '<p>Đề cương.</p>',
      baseVersionId: null,
    });
    expect(outline.status).toBe(201);
    expect(outline.body.status).toBe('draft1_submitted');
  });

  it('refuses to start preparing before the cell adopts its plan (409), storing nothing', async () => {
    const c = await buildPreparingCell({ plan: 'draft' });
    const res = await c.preparer.post<ErrorBody>(`${c.url}/versions`, {
      kind: 'draft',
      html: '<p>Viết sớm.</p>',
      baseVersionId: null,
    });
    expect([res.status, res.body.error.code]).toEqual([409, 'PREP_PLAN_NOT_ADOPTED']);
    const briefing = await c.secretary.put<ErrorBody>(`${c.url}/briefing`, { purpose: 'Mục đích' });
    expect([briefing.status, briefing.body.error.code]).toEqual([409, 'PREP_PLAN_NOT_ADOPTED']);
    expect(await count('topic_version', c.topicId)).toBe(0);
    expect((await c.preparer.get<Prep>(c.url)).body).toMatchObject({ started: false, versions: [] });
  });
});

describe('attachments', () => {
  // The smallest valid PNG: one transparent pixel.
  const PNG = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  const DOCX = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Tài liệu tham khảo</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
  const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

  it('keeps a PDF, a PNG and a Word file, and gives each back byte for byte with its type and name', async () => {
    const c = await buildPreparingCell();
    const files = [
      { bytes: TINY_PDF, name: 'Tài liệu tham khảo.pdf', type: 'application/pdf' },
      { bytes: PNG, name: 'Ảnh hội nghị.png', type: 'image/png' },
      { bytes: DOCX, name: 'Bài phát biểu.docx', type: DOCX_TYPE },
    ];
    for (const f of files) {
      // The browser's claimed type is ignored: the content decides.
      const res = await c.preparer.upload<Prep>(
        `${c.url}/attachments`,
        fileForm(f.bytes, f.name, 'text/plain'),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // Attachments go with the draft: members see them once it is approved and sent, not before.
    const early = (await c.preparer.get<Prep>(c.url)).body.attachments;
    expect((await c.reader.get<Prep>(c.url)).body.attachments).toEqual([]);
    expect((await c.reader.download(`${c.url}/attachments/${early[0]?.id}`)).status).toBe(404);
    await distributed(c);
    const listed = (await c.reader.get<Prep>(c.url)).body.attachments;
    expect(listed.map((a) => [a.fileName, a.contentType, a.sizeBytes])).toEqual(
      files.map((f) => [f.name, f.type, f.bytes.length]),
    );
    for (const [i, f] of files.entries()) {
      const res = await c.reader.download(`${c.url}/attachments/${listed[i]?.id}`);
      expect(res.status).toBe(200);
      expect(res.bytes).toEqual(f.bytes);
      expect(res.headers.get('content-type')).toBe(f.type);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const pdf = await c.reader.download(`${c.url}/attachments/${listed[0]?.id}`);
    expect(pdf.headers.get('content-disposition')).toBe(
      `attachment; filename="Tai lieu tham khao.pdf"; filename*=UTF-8''T%C3%A0i%20li%E1%BB%87u%20tham%20kh%E1%BA%A3o.pdf`,
    );
  });

  it('refuses a file over 10 MB (400), however it is sent, and stores nothing', async () => {
    const c = await buildPreparingCell();
    const limit = 10 * 1024 * 1024;
    for (const size of [limit + 1, limit + 200 * 1024]) {
      const big = new Uint8Array(size);
      big.set(TINY_PDF);
      const res = await c.preparer.upload<ErrorBody>(`${c.url}/attachments`, fileForm(big, 'Lớn.pdf'));
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual({ file: MESSAGES.tooLarge });
    }
    expect(await count('topic_attachment', c.topicId)).toBe(0);
    const exact = new Uint8Array(limit);
    exact.set(TINY_PDF);
    expect((await c.preparer.upload(`${c.url}/attachments`, fileForm(exact, 'Vừa đủ.pdf'))).status).toBe(201);
    expect(await count('topic_attachment', c.topicId)).toBe(1);
  });

  it('refuses a file whose content is not what its name says (400) and stores nothing', async () => {
    const c = await buildPreparingCell();
    const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);
    const cases = [
      fileForm(exe, 'cai-dat.exe', 'application/x-msdownload'),
      fileForm(strToU8('Đây là văn bản thường, không phải PDF.'), 'bao-cao.pdf', 'application/pdf'),
      fileForm(PNG, 'anh.pdf', 'application/pdf'),
      fileForm(TINY_PDF, 'tai-lieu.txt', 'text/plain'),
    ];
    for (const form of cases) {
      const res = await c.preparer.upload<ErrorBody>(`${c.url}/attachments`, form);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual({ file: MESSAGES.wrongType });
    }
    expect(await count('topic_attachment', c.topicId)).toBe(0);
  });

  it('takes multipart only: a JSON body is refused (400) before any rule, the same for an unknown topic', async () => {
    // Decided: the media type is checked before who may attach, as a schema is on every JSON route. The
    // answer does not depend on the topic, so it tells a stranger nothing (a real upload is in the matrix).
    const c = await buildPreparingCell();
    const stranger = await outsider({ cellUnder: (await buildCommittee(database.db)).id });
    for (const [client, url] of [
      [c.preparer, c.url],
      [stranger, c.url],
      [stranger, '/api/topics/01890000-0000-7000-8000-000000000000'],
    ] as const) {
      const res = await client.post<ErrorBody>(`${url}/attachments`, { file: 'JVBERi0xLjQ=' });
      expect([res.status, res.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await count('topic_attachment', c.topicId)).toBe(0);
  });

  it('lets the preparer remove an attachment; a member cannot (403)', async () => {
    const c = await buildPreparingCell();
    const up = await c.preparer.upload<Prep>(`${c.url}/attachments`, fileForm(TINY_PDF, 'Tài liệu.pdf'));
    const url = `${c.url}/attachments/${up.body.attachments[0]?.id}`;
    const refused = await c.reader.delete<ErrorBody>(url);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'PREP_NOT_PREPARER']);
    expect(await count('topic_attachment', c.topicId)).toBe(1);

    const removed = await c.preparer.delete<Prep>(url);
    expect(removed.status).toBe(200);
    expect(removed.body.attachments).toEqual([]);
    expect((await c.reader.get(url)).status).toBe(404);
  });
});

describe('the plan around topics in preparation', () => {
  async function resave(c: Cell, keep: (topic: { id: string; quarter: number }) => boolean) {
    const plan = await c.secretary.get<{
      legalBases: string[];
      topics: { id: string; title: string; kind: string; quarter: number; preparers: { id: string }[] }[];
    }>(`/api/plans/${c.planId}`);
    return c.secretary.put<ErrorBody>(`/api/plans/${c.planId}`, {
      legalBases: plan.body.legalBases,
      topics: plan.body.topics.filter(keep).map((t) => ({
        id: t.id,
        title: t.title,
        kind: t.kind,
        quarter: t.quarter,
        preparerIds: t.preparers.map((p) => p.id),
      })),
    });
  }

  it('refuses to drop a topic in preparation from the reopened plan (409), and keeps its preparation when kept', async () => {
    const c = await buildPreparingCell();
    await distributed(c);
    expect((await c.secretary.post(`/api/plans/${c.planId}/reopen`)).status).toBe(200);

    const dropped = await resave(c, (t) => t.id !== c.topicId);
    expect([dropped.status, dropped.body.error.code]).toEqual([409, 'PREP_TOPIC_IN_PREPARATION']);
    expect((await c.secretary.get(`/api/plans/${c.planId}`)).body).toMatchObject({
      topics: expect.arrayContaining([expect.objectContaining({ id: c.topicId })]),
    });

    // Dropping another topic, and saving this one under its id, leaves its preparation whole.
    const kept = await resave(c, (t) => t.quarter !== 4);
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    const after = await c.secretary.get<Prep>(c.url);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ status: 'distributed', started: true });
    expect(after.body.readers).toHaveLength(4);
    expect(after.body.versions).toHaveLength(1);
  });

  it('refuses to drop a topic that has only an attachment so far (409, not 500)', async () => {
    const c = await buildPreparingCell();
    const up = await c.preparer.upload(`${c.url}/attachments`, fileForm(TINY_PDF, 'Tài liệu.pdf'));
    expect(up.status).toBe(201);
    expect((await c.secretary.post(`/api/plans/${c.planId}/reopen`)).status).toBe(200);
    const dropped = await resave(c, (t) => t.id !== c.topicId);
    expect([dropped.status, dropped.body.error.code]).toEqual([409, 'PREP_TOPIC_IN_PREPARATION']);
    expect(await count('topic_attachment', c.topicId)).toBe(1);
  });
});

describe('all or nothing, and on the record', () => {
  it('rolls an approval back whole when sending the draft fails (500): status, events, readers, audit unchanged', async () => {
    const c = await buildPreparingCell();
    await submitted(c);
    const before = (await c.secretary.get<Prep>(c.url)).body;
    const auditBefore = await auditOf(c.topicId);
    const dropTrigger = await failInsertsInto(database, 'topic_reader', 'person_id', c.ids.readerId);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await c.secretary.post<ErrorBody>(`${c.url}/approve`, {});
      expect([res.status, res.body.error.code]).toEqual([500, 'INTERNAL']);
      expect(String(logged.mock.calls[0]?.[0])).toContain('forced failure for a rollback test');
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }
    const after = (await c.secretary.get<Prep>(c.url)).body;
    expect(after).toEqual(before);
    expect(after.status).toBe('draft1_submitted');
    expect(after.dates.draft1ApprovedAt).toBeNull();
    expect(await count('topic_event', c.topicId)).toBe(1);
    expect(await count('topic_reader', c.topicId)).toBe(0);
    expect(await auditOf(c.topicId)).toEqual(auditBefore);
    // The same approval goes through once nothing breaks it.
    expect((await c.secretary.post<Prep>(`${c.url}/approve`, {})).body.status).toBe('distributed');
  });

  it('audits the approval and the distribution, with who did them', async () => {
    const c = await buildPreparingCell();
    await submitted(c);
    expect((await c.secretary.post(`${c.url}/approve`, {})).status).toBe(200);
    const secretaryName = await nameOf(c.ids.secretaryId);
    const entries = (await auditOf(c.topicId)).filter((e) => e.action.startsWith('topic.'));
    expect(entries.map((e) => e.action).sort()).toEqual(
      ['topic.approve', 'topic.distribute', 'topic.save_draft', 'topic.submit'].sort(),
    );
    const approve = entries.find((e) => e.action === 'topic.approve');
    const distribute = entries.find((e) => e.action === 'topic.distribute');
    expect(approve).toMatchObject({
      actorName: secretaryName,
      before: { status: 'draft1_submitted' },
      after: { status: 'draft1_approved', selfApproval: false },
    });
    expect(distribute).toMatchObject({
      actorName: secretaryName,
      before: { status: 'draft1_approved' },
      after: { status: 'distributed', comment_due_on: addDays(today(), 7) },
    });
  });
});
