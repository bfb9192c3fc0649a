import { randomBytes } from 'node:crypto';
import { type Kysely, type Migration, Migrator } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openPostgres, openSqlite } from '../../src/db/connection.ts';
import * as m0001 from '../../src/db/migrations/0001-foundation.ts';
import * as m0002 from '../../src/db/migrations/0002-plans.ts';
import * as m0003 from '../../src/db/migrations/0003-documents.ts';
import * as m0004 from '../../src/db/migrations/0004-preparation.ts';
import * as m0005 from '../../src/db/migrations/0005-meetings.ts';
import * as m0006 from '../../src/db/migrations/0006-numbering-periods.ts';
import * as m0007 from '../../src/db/migrations/0007-follow-up.ts';
import * as m0008 from '../../src/db/migrations/0008-regular-meetings.ts';
import * as m0010 from '../../src/db/migrations/0010-meeting-settings.ts';

// Migration 0010's data step on the engine of the project (api-sqlite, api-postgres): combined meetings
// scheduled before 0008 and not yet ended get the Hồ Chí Minh study (seed 002: "Mỗi kỳ sinh hoạt chi bộ …
// dành thời gian ít nhất 30 phút") and last month's practice review, inside their regular part.
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-plans': m0002,
  '0003-documents': m0003,
  '0004-preparation': m0004,
  '0005-meetings': m0005,
  '0006-numbering-periods': m0006,
  '0007-follow-up': m0007,
  '0008-regular-meetings': m0008,
  '0010-meeting-settings': m0010,
};

/** An empty database, not migrated: the test walks the migrations itself. */
async function emptyDatabase(): Promise<Database> {
  if (process.env.TEST_DB === 'sqlite') return openSqlite(':memory:');
  const adminUrl = inject('postgresAdminUrl');
  const name = `migration_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return openPostgres(url.toString());
}

let database: Database;
// biome-ignore lint/suspicious/noExplicitAny: the tables as they were at 0008 are not today's DB.
let db: Kysely<any>;
let migrator: Migrator;

beforeAll(async () => {
  database = await emptyDatabase();
  db = database.db;
  migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  expect((await migrator.migrateTo('0008-regular-meetings')).error).toBeUndefined();
});
afterAll(async () => {
  await database?.close();
});

const now = '2026-01-05T02:00:00.000Z';
const OPENING = ['reason_and_delegates', 'appoint_minute_taker', 'attendance', 'adopt_agenda'];
const THEMATIC = ['purpose', 'presentation', 'discussion', 'absorption'];
const CLOSING = ['evaluation', 'conclusion', 'assignments'];

/** A meeting as an older version stored it, with its agenda of (part, kind) items in order. */
async function oldMeeting(
  id: string,
  kind: string,
  status: string,
  partOrder: string,
  agenda: [part: string, kind: string][],
) {
  await db
    .insertInto('meeting')
    .values({
      id,
      cell_id: 'cell',
      topic_id: null,
      kind,
      part_order: partOrder,
      held_on: '2026-01-10',
      starts_at: '14:00',
      place: 'Hội trường',
      status,
      chair_id: null,
      minute_taker_id: null,
      notice_sent_at: null,
      notice_number: null,
      started_at: status === 'scheduled' ? null : now,
      ended_at: status === 'ended' ? now : null,
      conclusion: null,
      study_minutes: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('meeting_agenda_item')
    .values(
      agenda.map(([part, itemKind], i) => ({
        id: `${id}-${i + 1}`,
        meeting_id: id,
        position: i + 1,
        part,
        kind: itemKind,
        title: null,
        planned_minutes: 10,
        started_at: null,
        ended_at: null,
      })),
    )
    .execute();
}

const items = (part: string, kinds: readonly string[]) => kinds.map((k): [string, string] => [part, k]);
const agendaOf = async (meetingId: string) =>
  (
    await db
      .selectFrom('meeting_agenda_item')
      .select(['position', 'part', 'kind', 'planned_minutes'])
      .where('meeting_id', '=', meetingId)
      .orderBy('position')
      .execute()
  ).map((r) => ({ ...r, position: Number(r.position), planned_minutes: Number(r.planned_minutes) }));

describe(`migration 0010 on ${process.env.TEST_DB}`, () => {
  it('adds the practice review and the Hồ Chí Minh study to open combined meetings, inside the regular part', async () => {
    await db
      .insertInto('org_unit')
      .values({
        id: 'cell',
        parent_id: null,
        kind: 'cell',
        name: 'Chi bộ Khu phố 3',
        short_name: null,
        place: null,
        numbering_term_from: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const opening = items('opening', OPENING);
    const thematic = items('thematic', THEMATIC);
    const closing = items('closing', CLOSING);
    const business: [string, string] = ['regular', 'regular_business'];
    // Scheduled before 0008, regular part first: one item of regular business, no study.
    await oldMeeting('scheduled', 'combined', 'scheduled', 'regular_first', [
      ...opening,
      business,
      ...thematic,
      ...closing,
    ]);
    // Running, thematic part first, with a free item of the cell's after its business.
    await oldMeeting('running', 'combined', 'in_progress', 'thematic_first', [
      ...opening,
      ...thematic,
      business,
      ['regular', 'other'],
      ...closing,
    ]);
    // Its regular part edited away: the items go where that part belongs (after the thematic part here).
    await oldMeeting('bare', 'combined', 'scheduled', 'thematic_first', [
      ...opening,
      ...thematic,
      ...closing,
    ]);
    // Not touched: an ended combined meeting (its minutes are history), a thematic meeting (no regular part),
    // a combined meeting scheduled after 0008 (it has its study already), a cancelled one.
    const ended: [string, string][] = [...opening, business, ...thematic, ...closing];
    await oldMeeting('ended', 'combined', 'ended', 'regular_first', ended);
    await oldMeeting('cancelled', 'combined', 'cancelled', 'regular_first', ended);
    await oldMeeting('thematic', 'thematic', 'scheduled', 'regular_first', [
      ...opening,
      ...thematic,
      ...closing,
    ]);
    const recent: [string, string][] = [
      ...opening,
      business,
      ['regular', 'practice_review'],
      ['regular', 'ho_chi_minh_study'],
      ...thematic,
      ...closing,
    ];
    await oldMeeting('recent', 'combined', 'scheduled', 'regular_first', recent);
    const before = {
      ended: await agendaOf('ended'),
      cancelled: await agendaOf('cancelled'),
      thematic: await agendaOf('thematic'),
      recent: await agendaOf('recent'),
    };

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const shape = async (id: string) => (await agendaOf(id)).map((r) => `${r.part}:${r.kind}`);
    const added = ['regular:practice_review', 'regular:ho_chi_minh_study'];
    const text = (list: [string, string][]) => list.map(([p, k]) => `${p}:${k}`);
    expect(await shape('scheduled')).toEqual([
      ...text(opening),
      'regular:regular_business',
      ...added,
      ...text(thematic),
      ...text(closing),
    ]);
    expect(await shape('running')).toEqual([
      ...text(opening),
      ...text(thematic),
      'regular:regular_business',
      'regular:other',
      ...added,
      ...text(closing),
    ]);
    expect(await shape('bare')).toEqual([...text(opening), ...text(thematic), ...added, ...text(closing)]);
    // Positions run 1…n with no gap or repeat; the study has its 30 minutes, the review its 10.
    for (const id of ['scheduled', 'running', 'bare']) {
      const agenda = await agendaOf(id);
      expect(agenda.map((r) => r.position)).toEqual(agenda.map((_, i) => i + 1));
      expect(agenda.find((r) => r.kind === 'ho_chi_minh_study')?.planned_minutes).toBe(30);
      expect(agenda.find((r) => r.kind === 'practice_review')?.planned_minutes).toBe(10);
    }
    expect({
      ended: await agendaOf('ended'),
      cancelled: await agendaOf('cancelled'),
      thematic: await agendaOf('thematic'),
      recent: await agendaOf('recent'),
    }).toEqual(before);
  });

  it('gives every unit the draft lead-time setting, empty: the default of 3 days applies', async () => {
    const units = await db.selectFrom('org_unit').select(['id', 'draft_lead_days']).execute();
    expect(units).toEqual([{ id: 'cell', draft_lead_days: null }]);
    await db.updateTable('org_unit').set({ draft_lead_days: 5 }).where('id', '=', 'cell').execute();
    const cell = await db.selectFrom('org_unit').select('draft_lead_days').executeTakeFirstOrThrow();
    expect(Number(cell.draft_lead_days)).toBe(5);
  });
});
