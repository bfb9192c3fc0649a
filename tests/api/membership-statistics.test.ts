import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import type { App } from '../../src/server/app.ts';
import * as meetings from '../../src/server/features/meetings/index.ts';
import type { MeetingSchema, MeetingStatsSchema } from '../../src/server/features/meetings/presenter.ts';
import * as members from '../../src/server/features/members/index.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildPerson,
  buildUser,
  giveRole,
  PASSWORD,
  setMemberStatus,
} from '../fixtures/factories.ts';
import { buildApp, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Stats = z.infer<typeof MeetingStatsSchema>;
type Meeting = z.infer<typeof MeetingSchema>;

const system: Actor = { userId: 'system', personId: null, isAdmin: true, grants: [] };

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

/**
 * A cell over two years (membership.ts): a member who left for another cell on 1/9/2025, a member who joined
 * on 15/5/2026, a member exempt since 2025; thematic meetings on 10/6/2025, 10/3/2026 and 10/6/2026, everyone
 * on each roll present.
 */
async function transferCell() {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 3 });
  const other = await buildCell(db, { parentId: committee.id, members: 1 });
  const [secretaryId, memberId, exemptId] = cell.memberIds as [string, string, string];
  await giveRole(db, cell.id, secretaryId, 'secretary');
  await setMemberStatus(db, exemptId, 'exempt', '2025-01-01');
  const leaverId = await buildPerson(db, { unitId: cell.id, fullName: 'Lê Văn Chuyển Đi' });
  const officerId = await buildPerson(db, { unitId: other.id, fullName: 'Trần Thị Cấp Trên' });
  await giveRole(db, committee.id, officerId, 'officer');
  const officer = await loggedIn(app, await buildUser(db, { personId: officerId }), PASSWORD);
  const secretary = await loggedIn(app, await buildUser(db, { personId: secretaryId }), PASSWORD);

  const held = async (heldOn: string) => {
    const m = await buildMeeting(db, cell.id, { status: 'in_progress', heldOn });
    const view = await secretary.get<Meeting>(`/api/meetings/${m.id}`);
    for (const a of view.body.attendance.filter((a) => a.memberStatus !== 'exempt'))
      await meetings.markAttendance(db, system, m.id, a.personId, { state: 'present' });
    await meetings.transition(db, system, m.id, 'end');
    return { id: m.id, roll: view.body.attendance };
  };
  const june2025 = await held('2025-06-10');
  expect(
    (await officer.post(`/api/members/${leaverId}/transfer`, { toUnitId: other.id, on: '2025-09-01' }))
      .status,
  ).toBe(200);
  const joinerId = await members.createMember(db, system, {
    unitId: cell.id,
    fullName: 'Phạm Thị Mới Vào',
    status: 'probationary',
    statusSince: '2026-05-15',
    joinedOn: '2026-05-15',
    groupId: null,
  });
  const march2026 = await held('2026-03-10');
  const june2026 = await held('2026-06-10');
  return {
    db,
    cell,
    officer,
    secretary,
    ids: { secretaryId, memberId, exemptId, leaverId, joinerId },
    june2025,
    march2026,
    june2026,
  };
}

describe('statistics across a transfer: a meeting counts only while the person was a member of that cell', () => {
  it('builds each roll from the members of the cell on the meeting’s day', async () => {
    const c = await transferCell();
    const ids = (roll: Meeting['attendance']) => roll.map((a) => a.personId).sort();
    const { secretaryId, memberId, exemptId, leaverId, joinerId } = c.ids;
    expect(ids(c.june2025.roll)).toEqual([secretaryId, memberId, exemptId, leaverId].sort());
    expect(ids(c.march2026.roll)).toEqual([secretaryId, memberId, exemptId].sort());
    expect(ids(c.june2026.roll)).toEqual([secretaryId, memberId, exemptId, joinerId].sort());
    expect(c.june2026.roll.find((a) => a.personId === exemptId)?.memberStatus).toBe('exempt');
    expect(c.june2026.roll.find((a) => a.personId === joinerId)?.memberStatus).toBe('probationary');
  });

  it('leaves out of 2026 the member who left in 2025, and credits the May joiner with June only', async () => {
    const c = await transferCell();
    // A roll written from the roster of the day it was built (as before this rule): the joiner and the
    // leaver on March's list. The statistics still count by membership period.
    await c.db
      .insertInto('meeting_attendance')
      .values(
        [c.ids.joinerId, c.ids.leaverId].map((personId) => ({
          meeting_id: c.march2026.id,
          person_id: personId,
          member_status: 'official' as const,
          state: 'absent_unexcused' as const,
          reason: null,
          late: 0,
          suspended: 0,
          updated_at: '2026-03-10T07:00:00.000Z',
        })),
      )
      .execute();
    const stats = async (year: number) =>
      (await c.secretary.get<Stats>(`/api/orgs/${c.cell.id}/meeting-stats?year=${year}`)).body;

    const y2026 = await stats(2026);
    const row = (s: Stats, id: string) => s.members.find((m) => m.personId === id);
    expect(row(y2026, c.ids.leaverId)).toBeUndefined();
    expect(y2026.exempt.find((m) => m.personId === c.ids.leaverId)).toBeUndefined();
    expect(row(y2026, c.ids.joinerId)).toMatchObject({
      meetings: 1,
      present: 1,
      absentExcused: 0,
      absentUnexcused: 0,
    });
    expect(row(y2026, c.ids.memberId)).toMatchObject({ meetings: 2, present: 2 });
    // Exempt members are shown apart, not among the members expected.
    expect(row(y2026, c.ids.exemptId)).toBeUndefined();
    expect(y2026.exempt).toEqual([
      expect.objectContaining({ personId: c.ids.exemptId, meetings: 2, present: 0 }),
    ]);
    expect(y2026.members.map((m) => m.personId).sort()).toEqual(
      [c.ids.secretaryId, c.ids.memberId, c.ids.joinerId].sort(),
    );

    const y2025 = await stats(2025);
    expect(row(y2025, c.ids.leaverId)).toMatchObject({ meetings: 1, present: 1 });
    expect(row(y2025, c.ids.joinerId)).toBeUndefined();

    // The member scorecard: the joiner is neither credited nor charged with March.
    const card = await c.officer.download(
      `/api/members/${c.ids.joinerId}/scorecard/document?format=docx&year=2026`,
    );
    expect(docxText(card.bytes)).toContain('1/1 buổi (100%); vắng có lý do 0; vắng không lý do 0');
    // The leaver's card in their new cell holds no meeting of the old one after they left.
    const leaverCard = await c.officer.download(
      `/api/members/${c.ids.leaverId}/scorecard/document?format=docx&year=2026`,
    );
    expect(docxText(leaverCard.bytes)).toContain('0/0 buổi');

    // The annual report: March had two members expected (the secretary and the member: the exempt member is
    // not expected, the leaver and the joiner were not members of the cell then), June three with the joiner.
    const report = docxText(
      (await c.officer.download(`/api/orgs/${c.cell.id}/report/document?format=docx&year=2026`)).bytes,
    );
    expect(report).toContain('Đảng viên được miễn sinh hoạt (không tính vào số phải có mặt)');
    const attendance = await meetings.periodAttendanceData(c.db, [c.march2026.id, c.june2026.id]);
    expect(attendance.get(c.march2026.id)).toEqual({ present: 2, expected: 2 });
    expect(attendance.get(c.june2026.id)).toEqual({ present: 3, expected: 3 });
  });
});
