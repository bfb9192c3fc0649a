import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { createAnchor } from '../../src/domain/preparation/anchors.ts';
import type { App } from '../../src/server/app.ts';
import type { PreparationSchema } from '../../src/server/features/preparation/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildPlan,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Prep = z.infer<typeof PreparationSchema>;

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

/** A cell of five official members: a secretary, a deputy and three members, one of whom prepares Q1. */
async function buildPreparingCell() {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 5 });
  const plan = await buildPlan(db, cell.id, { status: 'adopted' });
  const topic = await db
    .selectFrom('plan_topic')
    .select('id')
    .where('plan_id', '=', plan.id)
    .where('quarter', '=', 1)
    .executeTakeFirstOrThrow();
  const preparer = await db
    .selectFrom('plan_topic_preparer')
    .select('person_id')
    .where('topic_id', '=', topic.id)
    .executeTakeFirstOrThrow();
  const others = cell.memberIds.filter((id) => id !== preparer.person_id) as [string, string, string, string];
  const [secretaryId, deputyId, readerId, otherReaderId] = others;
  await giveRole(db, cell.id, secretaryId, 'secretary');
  await giveRole(db, cell.id, deputyId, 'deputy');
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  return {
    cell,
    topicId: topic.id,
    preparer: await login(preparer.person_id),
    secretary: await login(secretaryId),
    reader: await login(readerId),
    otherReader: await login(otherReaderId),
    ids: { preparerId: preparer.person_id, secretaryId, readerId, otherReaderId },
  };
}

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

    const today = new Date().toISOString().slice(0, 10);
    expect((await c.secretary.post(`${url}/present`, { presentedOn: today })).status).toBe(200);
    const missing = await c.preparer.post<ErrorBody>(`${url}/finalise`);
    expect(missing.body.error.code).toBe('PREP_FINAL_TEXT_MISSING');
    await saveDraft(c.preparer, c.topicId, '<p>Bản hoàn chỉnh sau sinh hoạt.</p>');
    const final = await c.preparer.post<Prep>(`${url}/finalise`);
    expect(final.body.status).toBe('final');
    expect(final.body.readers.filter((r) => r.round === 'final')).toHaveLength(4);
  });
});
