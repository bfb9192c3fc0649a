import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildResolution,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
});
afterAll(() => database.close());

interface Prep {
  status: string;
  dates: { finalNumber: number | null; finalAt: string | null };
  permissions: { actions: string[] };
  events: { action: string; fromStatus: string; toStatus: string; actorName: string }[];
}

/**
 * A cell of nine official members, so it has a committee (approval.ts): its secretary, a committee member who
 * approves the completed resolution last, and the member who prepared the topic.
 */
async function cellWithCommittee(name: string) {
  const db = database.db;
  const cell = await buildCell(db, { parentId: world.sub.id, name, members: 9 });
  const [secretaryId, committeeId] = cell.memberIds.slice(-2);
  await giveRole(db, cell.id, secretaryId ?? '', 'secretary');
  await giveRole(db, cell.id, committeeId ?? '', 'committee_member');
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  return {
    cell,
    secretary: await login(secretaryId ?? ''),
    committee: await login(committeeId ?? ''),
    login,
  };
}

// Seeds 001 and 003: the members vote at the meeting ("Đảng viên thảo luận và biểu quyết"), the preparer
// completes the text, the committee approves it last ("Cấp ủy duyệt lần cuối trước khi ban hành Nghị quyết"),
// then the secretary issues it for the cell.
describe('issuing a resolution', () => {
  it('goes preparer → committee → secretary, and the secretary’s issue numbers it NQ', async () => {
    const db = database.db;
    const c = await cellWithCommittee('Chi bộ Khoa Nội');
    const r = await buildResolution(db, c.cell.id, { until: 'completed' });
    const preparer = await c.login(r.preparerId);
    const url = `/api/topics/${r.topicId}`;

    // Completing the text numbers nothing: the preparer no longer issues the resolution alone.
    const completed = await preparer.get<Prep>(url);
    expect(completed.body.status).toBe('resolution_completed');
    expect(completed.body.dates.finalNumber).toBeNull();
    expect(completed.body.permissions.actions).toEqual([]);
    expect((await c.committee.get<Prep>(url)).body.permissions.actions.sort()).toEqual(['approve', 'refuse']);

    // Without the committee's final approval: 409 naming it.
    const early = await c.secretary.post<ErrorBody>(`${url}/issue`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('RESOLUTION_FINAL_APPROVAL_MISSING');
    expect(early.body.error.message).toContain('duyệt lần cuối');

    const approved = await c.committee.post<Prep>(`${url}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('resolution_approved');
    expect(approved.body.dates.finalNumber).toBeNull();

    // The preparer (or a committee member) does not issue it: the secretary signs for the cell.
    const byPreparer = await preparer.post<ErrorBody>(`${url}/issue`, {});
    expect(byPreparer.status).toBe(403);
    expect(byPreparer.body.error.code).toBe('RESOLUTION_NOT_SECRETARY');
    expect((await c.committee.post(`${url}/issue`, {})).status).toBe(403);
    expect((await c.secretary.get<Prep>(url)).body.permissions.actions).toEqual(['issue']);

    const issued = await c.secretary.post<Prep>(`${url}/issue`, {});
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('final');
    expect(issued.body.dates.finalNumber).toBe(1);
    expect(issued.body.dates.finalAt).not.toBeNull();
    expect(issued.body.events.slice(-3).map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['finalise', 'presented', 'resolution_completed'],
      ['approve', 'resolution_completed', 'resolution_approved'],
      ['issue', 'resolution_approved', 'final'],
    ]);
    const again = await c.secretary.post<ErrorBody>(`${url}/issue`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PREP_TRANSITION_NOT_ALLOWED');

    // Each step is audited.
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'before_json', 'after_json'])
      .where('entity_id', '=', r.topicId)
      .where('action', 'in', ['topic.finalise', 'topic.approve', 'topic.issue'])
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action).slice(-3)).toEqual(['topic.finalise', 'topic.approve', 'topic.issue']);
    const last = audit.at(-1);
    expect(JSON.parse(last?.before_json ?? '{}')).toEqual({ status: 'resolution_approved' });
    expect(JSON.parse(last?.after_json ?? '{}')).toMatchObject({ status: 'final', final_number: 1 });

    // The document is the cell's resolution, signed for the cell by its secretary, citing the vote.
    const res = await app.request(`${url}/document?format=docx`, { headers: { cookie: c.secretary.cookie } });
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toMatch(/Số 01-NQ\/CB/);
    expect(text).toContain('T/M CHI BỘ');
    expect(text).toContain('BÍ THƯ');
    expect(text).toContain('(9/9 đảng viên tán thành)');
  });

  it('refuses to issue without a passed vote at the meeting, naming the vote (409)', async () => {
    const c = await cellWithCommittee('Chi bộ Khoa Ngoại');
    const r = await buildResolution(database.db, c.cell.id, { vote: false, until: 'approved' });
    const res = await c.secretary.post<ErrorBody>(`/api/topics/${r.topicId}/issue`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('RESOLUTION_VOTE_MISSING');
    expect(res.body.error.message).toContain('biểu quyết');
    const prep = await c.secretary.get<Prep>(`/api/topics/${r.topicId}`);
    expect(prep.body.status).toBe('resolution_approved');
    expect(prep.body.dates.finalNumber).toBeNull();
  });

  it('lets the committee return the completed text to the preparer with remarks', async () => {
    const c = await cellWithCommittee('Chi bộ Khoa Nhi');
    const r = await buildResolution(database.db, c.cell.id, { until: 'completed' });
    const url = `/api/topics/${r.topicId}`;
    const bare = await c.committee.post<ErrorBody>(`${url}/refuse`, { remark: ' ' });
    expect(bare.status).toBe(400);
    const refused = await c.committee.post<Prep>(`${url}/refuse`, {
      remark: 'Bổ sung thời hạn từng giải pháp.',
    });
    expect(refused.body.status).toBe('presented');
    const preparer = await c.login(r.preparerId);
    expect((await preparer.get<Prep>(url)).body.permissions.actions).toEqual(['finalise']);
  });

  it('answers 404 for an unknown topic', async () => {
    const c = await cellWithCommittee('Chi bộ Khoa Dược');
    const res = await c.secretary.post<ErrorBody>(
      '/api/topics/00000000-0000-0000-0000-000000000000/issue',
      {},
    );
    expect(res.status).toBe(404);
  });
});
