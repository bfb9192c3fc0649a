import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, exportJson, importJson, type JsonBackup } from '../../src/db/backup.ts';
import { type Database, openSqlite } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import { DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from '../../src/seed/demo.ts';
import { buildApp, loggedIn } from '../support/api-client.ts';
import { walkOrgTree } from '../support/org-tree.ts';
import { createTestDatabase } from '../support/test-db.ts';

let demo: Database;
let copy: Database;

// Seeding the demo (and indexing it for search) takes seconds on PostgreSQL on a busy machine.
beforeAll(async () => {
  demo = await createTestDatabase();
  copy = await createTestDatabase();
  await seedDemo(demo.db);
}, 60_000);
afterAll(async () => {
  await demo.close();
  await copy.close();
});

describe('demo data', () => {
  it('builds a ward committee with two grassroots committees and five cells, one with two groups', async () => {
    const admin = await loggedIn(buildApp(demo), 'admin', DEMO_PASSWORD);
    const units = await walkOrgTree(admin);
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect([count('committee'), count('cell'), count('group')]).toEqual([3, 5, 2]);
  });

  it('has people of every status and one login per role that sees exactly its units', async () => {
    const statuses = await demo.db.selectFrom('person').select('status').execute();
    expect(new Set(statuses.map((s) => s.status))).toEqual(
      new Set(['official', 'probationary', 'exempt', 'transferred_out', 'staff']),
    );
    expect(statuses.length).toBe(60);
    const app = buildApp(demo);
    const secretary = await loggedIn(app, 'bithu.noi', DEMO_PASSWORD);
    const seen = (await walkOrgTree(secretary)).map((u) => u.name).sort();
    expect(seen).toEqual(['Chi bộ Khoa Nội', 'Tổ đảng số 1', 'Tổ đảng số 2']);
    const officer = await loggedIn(app, 'canbo.benhvien', DEMO_PASSWORD);
    const officerSees = (await walkOrgTree(officer)).filter((u) => u.kind !== 'group');
    expect(officerSees.map((u) => u.name).sort()).toEqual([
      'Chi bộ Khoa Ngoại',
      'Chi bộ Khoa Nội',
      'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa',
    ]);
  });

  it('follows up the Mầm non cell’s resolution: tasks reported, the interim review issued, the final one planned', async () => {
    const app = buildApp(demo);
    const member = await loggedIn(app, 'dangvien.mamnon', DEMO_PASSWORD);
    const mine = await member.get<{ tasks: { id: string; state: string; mayReport: boolean }[] }>(
      '/api/me/tasks?year=2026',
    );
    expect(mine.body.tasks.map((t) => [t.state, t.mayReport])).toEqual([['open', true]]);
    const secretary = await loggedIn(app, 'bithu.mamnon', DEMO_PASSWORD);
    const task = await secretary.get<{ meeting: { topicId: string } }>(
      `/api/tasks/${mine.body.tasks[0]?.id}`,
    );
    const reviews = await secretary.get<{
      resolution: { number: number; issuedOn: string };
      reviews: { kind: string; state: string; number: number | null }[];
      taskCounts: Record<string, number>;
    }>(`/api/topics/${task.body.meeting.topicId}/reviews`);
    expect(reviews.body.resolution).toMatchObject({ number: 1, issuedOn: '2026-03-20' });
    expect(reviews.body.reviews.map((r) => [r.kind, r.state, r.number])).toEqual([
      ['interim', 'issued', 1],
      ['final', expect.stringMatching(/^(planned|overdue)$/), null],
    ]);
    expect(reviews.body.taskCounts).toMatchObject({ total: 4, done: 2, inProgress: 1, open: 1 });

    // Seed 003: its numbered decisions, each adopted by the cell's vote at the March meeting, are those tasks.
    const topicId = task.body.meeting.topicId;
    const state = await secretary.get<{
      decisions: { number: number; text: string; adopted: boolean; vote: { passed: boolean } | null }[];
      missing: string | null;
    }>(`/api/topics/${topicId}/resolution`);
    expect(state.body.missing).toBe('ALREADY_ISSUED');
    expect(state.body.decisions.map((d) => [d.number, d.adopted, d.vote?.passed])).toEqual([
      [1, true, true],
      [2, true, true],
      [3, true, true],
      [4, true, true],
    ]);
    const linked = await demo.db
      .selectFrom('meeting_task as k')
      .innerJoin('resolution_decision as d', 'd.id', 'k.decision_id')
      .select(['k.title', 'd.text'])
      .where('d.topic_id', '=', topicId)
      .execute();
    expect(linked).toHaveLength(4);
    for (const l of linked) expect(l.title).toBe(l.text);
    const doc = await secretary.download(`/api/topics/${topicId}/document?format=html`);
    const page = new TextDecoder().decode(doc.bytes);
    expect(page).toContain('Số 01-NQ/CB');
    expect(page.indexOf('CHI BỘ QUYẾT NGHỊ:')).toBeGreaterThan(page.indexOf('1. Tình hình'));
    expect(page).toContain(`1. ${state.body.decisions[0]?.text}.`);
    expect(page).toContain('4. Tuyên truyền phụ huynh');
    expect(page.indexOf('5. Tổ chức thực hiện')).toBeGreaterThan(page.indexOf('4. Tuyên truyền phụ huynh'));
    expect(page).not.toContain('thảo luận</h');
  });

  it('holds Mầm non’s regular monthly meetings with the Hồ Chí Minh study; the minute book flags no month', async () => {
    const app = buildApp(demo);
    const secretary = await loggedIn(app, 'bithu.mamnon', DEMO_PASSWORD);
    const member = await loggedIn(app, 'dangvien.mamnon', DEMO_PASSWORD);
    const me = await member.get<{ person: { fullName: string } }>('/api/auth/me');
    const cell = await demo.db
      .selectFrom('org_unit')
      .select('id')
      .where('name', '=', 'Chi bộ Trường Mầm non Mỹ Hòa')
      .executeTakeFirstOrThrow();
    const book = await secretary.get<{
      monthsWithoutRegular: string[];
      meetings: {
        id: string;
        heldOn: string;
        kind: string;
        status: string;
        hoChiMinhStudy: boolean;
        minutesLocked: boolean;
        minutesNumber: number | null;
      }[];
    }>(`/api/orgs/${cell.id}/meetings?year=2026`);
    expect(book.status).toBe(200);
    // Seed 000: the thematic meetings did not replace the month's regular one.
    expect(book.body.monthsWithoutRegular).toEqual([]);
    const regular = book.body.meetings.filter((m) => m.kind === 'regular');
    expect(regular.map((m) => m.heldOn.slice(0, 7)).sort()).toEqual(
      Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(book.body.meetings.filter((m) => m.kind === 'thematic')).toHaveLength(3);
    for (const m of regular)
      expect(m).toMatchObject({ status: 'ended', hoChiMinhStudy: true, minutesLocked: true });
    // The minutes are numbered in the order the meetings were held.
    const byDate = [...book.body.meetings].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    expect(byDate.map((m) => m.minutesNumber)).toEqual(byDate.map((_, i) => i + 1));

    type Commitment = { text: string; ownerName: string | null };
    type Meeting = {
      study: { minutes: number; required: number; recorded: boolean; short: boolean } | null;
      practice: {
        commitments: Commitment[];
        carried: (Commitment & { reviews: { note: string; achieved: boolean }[] })[];
      };
      minutes: { text: string } | null;
    };
    const held = async (month: string) => {
      const id = regular.find((m) => m.heldOn.startsWith(month))?.id;
      return (await secretary.get<Meeting>(`/api/meetings/${id}`)).body;
    };
    for (const m of regular) {
      const { study } = await held(m.heldOn.slice(0, 7));
      expect(study).toMatchObject({ recorded: true, short: false });
      expect(study?.minutes).toBeGreaterThanOrEqual(30);
    }
    // Seed 002: October sets what to put into practice; November evaluates it — one achieved, one carried on.
    const october = await held('2026-10');
    expect(october.practice.commitments.map((c) => c.ownerName)).toEqual([null, me.body.person.fullName]);
    const november = await held('2026-11');
    expect(november.practice.carried.map((c) => c.reviews.map((r) => r.achieved))).toEqual([[true], [false]]);
    expect(november.minutes?.text).toContain('đã đạt kết quả, kết thúc');
    expect(november.minutes?.text).toContain('tiếp tục thực hiện, đánh giá tháng sau');
    const open = await demo.db
      .selectFrom('practice_commitment')
      .select('owner_id')
      .where('cell_id', '=', cell.id)
      .where('closed_at', 'is', null)
      .execute();
    expect(open).toHaveLength(1);
  });

  it('gives every demo person a distinct name', async () => {
    const names = (await demo.db.selectFrom('person').select('full_name').execute()).map((p) => p.full_name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('JSON backup and restore', () => {
  it('keeps every table of the schema but the transient ones (sessions, login failures, job leases) and the search index', async () => {
    const tables = (await demo.db.introspection.getTables())
      .map((t) => t.name)
      .filter((name) => !name.startsWith('kysely_'))
      // The search index is derived from the rest and rebuilt after a restore (db/search-index.ts); SQLite
      // adds its FTS5 table and that table's own storage.
      .filter((name) => name !== 'search_entry' && !name.startsWith('search_fts'))
      // So are the committee summaries (db/summaries.ts), rebuilt after a restore too.
      .filter(
        (name) =>
          ![
            'cell_year_summary',
            'cell_step_due',
            'cell_month_activity',
            'cell_task_due',
            'committee_cell_day',
            'committee_year_rollup',
            'committee_month_rollup',
            'committee_due',
            'committee_quality',
          ].includes(name),
      )
      // And the units' folded names for the pickers (db/unit-names.ts).
      .filter((name) => name !== 'org_unit_name')
      // And the plan pages' versions, raised by triggers (migration 0039).
      .filter((name) => name !== 'plan_page_version');
    const kept = new Set<string>(BACKUP_TABLES);
    expect(tables.filter((name) => !kept.has(name)).sort()).toEqual([
      'job_lease',
      'login_failure',
      'session',
    ]);
  });

  it('restores everything into an empty database, and the restored data works through the API', async () => {
    const backup = JSON.parse(JSON.stringify(await exportJson(demo.db)));
    expect(await isDatabaseEmpty(copy.db)).toBe(true);
    const rows = await importJson(copy.db, backup);
    expect(rows).toBeGreaterThan(100);
    for (const table of BACKUP_TABLES) {
      const [a, b] = await Promise.all([
        demo.db.selectFrom(table).selectAll().execute(),
        copy.db.selectFrom(table).selectAll().execute(),
      ]);
      expect(b.length, table).toBe(a.length);
    }
    const restored = await loggedIn(buildApp(copy), 'bithu.noi', DEMO_PASSWORD);
    expect(await walkOrgTree(restored)).toHaveLength(3);
    // The pickers' folded names are derived, not kept: rebuilt by the restore (db/unit-names.ts).
    const units = await restored.get<{ units: { name: string }[] }>('/api/orgs/search?q=khoa noi');
    expect(units.body.units.map((u) => u.name)).toEqual(['Chi bộ Khoa Nội']);
    // The year's work comes back too: the demo topic in preparation, its draft and who received it.
    const reader = await loggedIn(buildApp(copy), 'dangvien.mamnon', DEMO_PASSWORD);
    const mine = await reader.get<{ reading: { topicId: string }[] }>('/api/me/assignments?year=2026');
    const topicId = mine.body.reading[0]?.topicId;
    const topic = await reader.get<{ status: string; draft: { plainText: string } | null }>(
      `/api/topics/${topicId}`,
    );
    expect(topic.body.status).toBe('distributed');
    expect(topic.body.draft?.plainText).toContain('giáo viên trẻ còn chậm');
    // The search index is rebuilt with the restore: the same sentence is found without tones.
    const found = await reader.get<{ hits: { kind: string; id: string }[] }>(
      '/api/search?q=giao+vien+tre+con+cham',
    );
    expect(found.body.hits).toContainEqual(expect.objectContaining({ kind: 'draft', id: topicId }));
    // The quarter 4 resolution's decisions, written with its draft, are not voted on yet.
    const prep = await reader.get<{ decisions: { number: number; adopted: boolean; voted: boolean }[] }>(
      `/api/topics/${topicId}`,
    );
    expect(prep.body.decisions.map((d) => [d.number, d.voted, d.adopted])).toEqual([
      [1, false, false],
      [2, false, false],
    ]);
  });

  it('carries attachment bytes through the JSON file exactly', async () => {
    const topic = await demo.db.selectFrom('plan_topic').select('id').limit(1).executeTakeFirstOrThrow();
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255, 128, 10]);
    await demo.db
      .insertInto('topic_attachment')
      .values({
        id: 'backup-bytes',
        topic_id: topic.id,
        file_name: 'a.pdf',
        content_type: 'application/pdf',
        size_bytes: bytes.length,
        content: bytes,
        uploaded_by: null,
        created_at: '2026-11-01T00:00:00.000Z',
      })
      .execute();
    const backup = JSON.parse(JSON.stringify(await exportJson(demo.db)));
    await demo.db.deleteFrom('topic_attachment').where('id', '=', 'backup-bytes').execute();
    const row = backup.tables.topic_attachment.find((r: { id: string }) => r.id === 'backup-bytes');
    expect(row.content).toEqual({ $base64: Buffer.from(bytes).toString('base64') });

    const fresh = await createTestDatabase();
    try {
      await importJson(fresh.db, backup);
      const restored = await fresh.db
        .selectFrom('topic_attachment')
        .select('content')
        .where('id', '=', 'backup-bytes')
        .executeTakeFirstOrThrow();
      expect(new Uint8Array(restored.content)).toEqual(bytes);
    } finally {
      await fresh.close();
    }
  });

  // Issue 19: a backup taken while the server wrote had rows whose parent was missing.
  it('reads every table at one moment, even while another connection writes', async () => {
    const other = demo.engine === 'postgres' ? null : openSqlite(demo.sqliteFile ?? '');
    const writer = other?.db ?? demo.db;
    const cell = await demo.db
      .selectFrom('org_unit')
      .select('id')
      .where('kind', '=', 'cell')
      .executeTakeFirstOrThrow();
    let written = '';
    const backup = await exportJson(demo.db, async (table) => {
      // Once the people are read, a person and their membership arrive from elsewhere.
      if (table !== 'person') return;
      written = newId();
      await writer.transaction().execute(async (trx) => {
        const like = await trx
          .selectFrom('person')
          .selectAll()
          .where('unit_id', '=', cell.id)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('person')
          .values({ ...like, id: written, card_number: null, full_name: 'Người Đến Sau' })
          .execute();
        await trx
          .insertInto('membership_period')
          .values({
            id: newId(),
            person_id: written,
            unit_id: cell.id,
            status: 'official',
            started_on: '2026-01-01',
            ended_on: null,
            note: null,
            recorded_by: null,
            recorded_at: '2026-01-01T00:00:00.000Z',
          })
          .execute();
      });
    });
    await other?.close();
    expect(written).not.toBe('');
    const people = new Set(backup.tables.person?.map((p) => p.id));
    expect(people.has(written)).toBe(false);
    // The membership written after the people were read is not in the file either: no row without its parent.
    expect(backup.tables.membership_period?.filter((m) => !people.has(m.person_id as string))).toEqual([]);
    await demo.db.deleteFrom('membership_period').where('person_id', '=', written).execute();
    await demo.db.deleteFrom('person').where('id', '=', written).execute();
  });

  it('names the table and row a restore fails at, and leaves the target empty', async () => {
    const backup = JSON.parse(JSON.stringify(await exportJson(demo.db))) as JsonBackup;
    const orphan = {
      ...(backup.tables.membership_period?.[3] ?? {}),
      id: 'orphan-period',
      person_id: 'nobody',
    };
    backup.tables.membership_period?.push(orphan);
    const fresh = await createTestDatabase();
    try {
      await expect(importJson(fresh.db, backup)).rejects.toThrow(
        /restore failed at table membership_period, row orphan-period/,
      );
      expect(await fresh.db.selectFrom('org_unit').select('id').execute()).toEqual([]);
      expect(await fresh.db.selectFrom('person').select('id').execute()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('refuses to restore over existing data, and changes nothing', async () => {
    const before = await demo.db.selectFrom('person').select('id').execute();
    await expect(importJson(demo.db, await exportJson(demo.db))).rejects.toThrow(/not empty/);
    expect(await demo.db.selectFrom('person').select('id').execute()).toHaveLength(before.length);
  });
});
