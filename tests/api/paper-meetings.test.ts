import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import * as meetings from '../../src/server/features/meetings/index.ts';
import type { MeetingSchema, MinuteBookSchema } from '../../src/server/features/meetings/presenter.ts';
import type { PreparationSchema } from '../../src/server/features/preparation/presenter.ts';
import {
  actorOf,
  buildCell,
  buildCommittee,
  buildPreparation,
  buildUser,
  PASSWORD,
  TINY_PDF,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { failInsertsInto } from '../support/fail-inserts.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Meeting = z.infer<typeof MeetingSchema>;
type MinuteBook = z.infer<typeof MinuteBookSchema>;
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

async function paperCell(status: 'draft2_approved' | 'distributed' = 'draft2_approved') {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 5 });
  const p = await buildPreparation(db, cell.id, { status });
  const secretary = await loggedIn(app, await buildUser(db, { personId: p.secretaryId }), PASSWORD);
  const preparer = await loggedIn(app, await buildUser(db, { personId: p.preparerId }), PASSWORD);
  return { db, cell, p, secretary, preparer, url: `/api/topics/${p.topicId}/paper-meeting` };
}

function paperForm(fields: { heldOn?: string; present?: string; file?: [Uint8Array, string] | null }) {
  const form = new FormData();
  if (fields.heldOn !== undefined) form.append('heldOn', fields.heldOn);
  if (fields.present !== undefined) form.append('present', fields.present);
  const [bytes, name] = fields.file === undefined ? [TINY_PDF, 'Biên bản 10-3.pdf'] : (fields.file ?? []);
  if (bytes && name) form.append('file', new File([new Uint8Array(bytes)], name));
  return form;
}

async function refusedUpload(client: ApiClient, url: string, form: FormData) {
  const res = await client.upload<ErrorBody>(url, form);
  return { status: res.status, code: res.body.error?.code, fields: res.body.error?.fields };
}

describe('entering a past meeting held on paper, with its signed minutes', () => {
  it('records an ended meeting marked as held on paper, presents the topic, and serves the minutes file', async () => {
    const c = await paperCell();
    const heldOn = addDays(todayInVietnam(), -20);
    const res = await c.secretary.upload<Meeting>(c.url, paperForm({ heldOn, present: '4' }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'ended',
      kind: 'thematic',
      heldOn,
      topic: { id: c.p.topicId },
      paper: { present: 4, fileName: 'Biên bản 10-3.pdf', sizeBytes: TINY_PDF.length },
    });
    const prep = await c.secretary.get<Prep>(`/api/topics/${c.p.topicId}`);
    expect(prep.body.status).toBe('presented');
    expect(prep.body.dates.presentedOn).toBe(heldOn);

    const book = await c.preparer.get<MinuteBook>(`/api/orgs/${c.cell.id}/meetings`);
    expect(book.body.meetings).toEqual([
      expect.objectContaining({ id: res.body.id, topicId: c.p.topicId, paperPresent: 4, status: 'ended' }),
    ]);
    const file = await c.preparer.download(`/api/meetings/${res.body.id}/paper-minutes`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.bytes).toEqual(new Uint8Array(TINY_PDF));

    // The period report counts it: present as the minutes say, expected the cell's members that day.
    const counts = await meetings.periodAttendanceData(c.db, [res.body.id]);
    expect(counts.get(res.body.id)).toEqual({ present: 4, expected: 5 });

    // Entered once: the topic has been presented since.
    expect(await refusedUpload(c.secretary, c.url, paperForm({ heldOn, present: '4' }))).toMatchObject({
      status: 409,
      code: 'PREP_TRANSITION_NOT_ALLOWED',
    });
  });

  it('refuses a day still ahead (400), a count above the roll or none (400), no minutes or a file not a document (400)', async () => {
    const c = await paperCell();
    const past = addDays(todayInVietnam(), -3);
    expect(
      await refusedUpload(
        c.secretary,
        c.url,
        paperForm({ heldOn: addDays(todayInVietnam(), 1), present: '4' }),
      ),
    ).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { heldOn: 'Chỉ nhập buổi sinh hoạt đã họp; buổi sắp tới hãy lên lịch sinh hoạt' },
    });
    expect(await refusedUpload(c.secretary, c.url, paperForm({ heldOn: past, present: '6' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { present: 'Số có mặt lớn hơn số đảng viên của chi bộ vào ngày đó' },
    });
    expect(
      (await refusedUpload(c.secretary, c.url, paperForm({ heldOn: past, present: '0' }))).fields,
    ).toEqual({
      present: 'Hãy nhập số đảng viên có mặt theo biên bản',
    });
    expect(
      (await refusedUpload(c.secretary, c.url, paperForm({ heldOn: past, present: '3', file: null }))).fields,
    ).toEqual({ file: expect.any(String) });
    const renamed = await refusedUpload(
      c.secretary,
      c.url,
      paperForm({ heldOn: past, present: '3', file: [new TextEncoder().encode('không phải PDF'), 'bb.pdf'] }),
    );
    expect(renamed).toMatchObject({ status: 400, fields: { file: expect.any(String) } });
    // Nothing was recorded by the refusals.
    const book = await c.secretary.get<MinuteBook>(`/api/orgs/${c.cell.id}/meetings`);
    expect(book.body.meetings).toEqual([]);
    expect((await c.secretary.get<Prep>(`/api/topics/${c.p.topicId}`)).body.status).toBe('draft2_approved');
  });

  it('refuses a topic whose draft 2 was not approved (409), or that has a meeting scheduled (409); only the secretary enters it (403)', async () => {
    const early = await paperCell('distributed');
    const past = addDays(todayInVietnam(), -3);
    expect(
      await refusedUpload(early.secretary, early.url, paperForm({ heldOn: past, present: '3' })),
    ).toMatchObject({
      status: 409,
      code: 'PREP_TRANSITION_NOT_ALLOWED',
    });
    expect(
      (await early.secretary.get<MinuteBook>(`/api/orgs/${early.cell.id}/meetings`)).body.meetings,
    ).toEqual([]);

    const c = await paperCell();
    expect((await refusedUpload(c.preparer, c.url, paperForm({ heldOn: past, present: '3' }))).status).toBe(
      403,
    );
    const topicUrl = `/api/topics/${c.p.topicId}`;
    expect((await c.secretary.get<Prep>(topicUrl)).body.permissions.actions).toContain('present');
    await meetings.scheduleMeeting(c.db, await actorOf(c.db, c.p.secretaryId), c.cell.id, {
      topicId: c.p.topicId,
      kind: 'thematic',
      heldOn: addDays(todayInVietnam(), 5),
      startsAt: '14:00',
      place: 'Hội trường',
    });
    expect(await refusedUpload(c.secretary, c.url, paperForm({ heldOn: past, present: '3' }))).toMatchObject({
      status: 409,
      code: 'MEETING_PAPER_TOPIC_SCHEDULED',
    });
    // The topic page no longer offers it while the meeting is ahead: that meeting presents the topic.
    expect((await c.secretary.get<Prep>(topicUrl)).body.permissions.actions).not.toContain('present');
  });

  it('writes nothing when a step fails halfway (the topic presented after the meeting and its minutes)', async () => {
    const c = await paperCell();
    const dropTrigger = await failInsertsInto(database, 'topic_event', 'action', 'present');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await c.secretary.upload(
        c.url,
        paperForm({ heldOn: addDays(todayInVietnam(), -2), present: '3' }),
      );
      expect(res.status).toBe(500);
      expect(String(logged.mock.calls[0]?.[0])).toContain('forced failure for a rollback test');
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }
    expect((await c.secretary.get<MinuteBook>(`/api/orgs/${c.cell.id}/meetings`)).body.meetings).toEqual([]);
    expect((await c.secretary.get<Prep>(`/api/topics/${c.p.topicId}`)).body.status).toBe('draft2_approved');
  });
});
