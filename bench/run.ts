// `npm run bench`: province-scale data on a fresh SQLite file (and PostgreSQL when BENCH_DATABASE_URL is
// set), then latency percentiles of the committee-wide and cell views through the real HTTP app, and memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { rebuildActivitySummaries } from '../src/db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '../src/db/committee-rollups.ts';
import { type Database, openPostgres, openSqlite } from '../src/db/connection.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { rebuildSummaries } from '../src/db/summaries.ts';
import type { Actor } from '../src/domain/authz/policy.ts';
import { todayInVietnam } from '../src/domain/dates/local-date.ts';
import { STUDY_MINIMUM_MINUTES } from '../src/domain/oversight/figures.ts';
import { createAnchor } from '../src/domain/preparation/anchors.ts';
import { diffText } from '../src/domain/preparation/text-diff.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import { insertAccount } from '../src/server/auth/store.ts';
import { openTasksUnder } from '../src/server/features/follow-up/index.ts';
import { monthlyAttendanceUnder, monthlyMeetingsUnder } from '../src/server/features/meetings/index.ts';
import { listUnitsUnder } from '../src/server/features/orgs/index.ts';
import { presentUnit } from '../src/server/features/orgs/presenter.ts';
import * as orgStore from '../src/server/features/orgs/store.ts';
import * as comments from '../src/server/features/preparation/comments.ts';
import * as preparation from '../src/server/features/preparation/service.ts';
import { type ApiClient, buildApp, loggedIn } from '../tests/support/api-client.ts';
import { monthlyActivityUnder, openTasksDueUnder } from '../tests/support/per-cell-readers.ts';
import { oversightFloor, overviewFloor } from './floors.ts';
import {
  BENCH_PASSWORD,
  generateMeetingYear,
  generateProvince,
  issueReports,
  provinceOfficer,
} from './generate.ts';
import { benchThroughput } from './throughput.ts';

const SCALE = {
  communes: Number(process.env.BENCH_COMMUNES ?? 100),
  cellsPerCommune: Number(process.env.BENCH_CELLS_PER_COMMUNE ?? 30),
  membersPerCell: 20,
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

async function timed(label: string, rounds: number, fn: () => Promise<{ status: number }>) {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const res = await fn();
    samples.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) =>
    (samples[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? 0).toFixed(1);
  console.log(
    `${label.padEnd(44)} p50 ${pct(0.5).padStart(7)} ms   p95 ${pct(0.95).padStart(7)} ms   (${rounds} requests)`,
  );
}

async function bench(database: Database) {
  await migrateToLatest(database.db);
  const t0 = performance.now();
  const { province, cells, units, people, topics, busyTopic } = await generateProvince(database.db, SCALE);
  console.log(
    `\n[${database.engine}] generated ${units} units, ${people} people, ${topics} plan topics in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  await provinceOfficer(database.db, province, cells);
  const hash = await hashPassword(BENCH_PASSWORD);

  // BENCH_ONLY=orgs: the tree by level against the flat list it replaced, each beside its floor (issue 20).
  if (process.env.BENCH_ONLY === 'orgs') {
    await benchOrgs(database, await loggedIn(buildApp(database), 'officer', BENCH_PASSWORD), province, units);
    return database.close();
  }
  await issueReports(database.db, cells);
  // The generator and the reports wrote rows directly: the committee summaries are rebuilt from them, as the
  // migration, `npm run cli -- rebuild-summaries` and a restore do (db/summaries.ts).
  const t1 = performance.now();
  await database.db.transaction().execute(async (trx) => {
    await rebuildSummaries(trx);
    await rebuildCommitteeRollups(trx);
  });
  console.log(
    `[${database.engine}] rebuilt the summaries of ${cells.length} cells in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
  const app = buildApp(database);
  const officer: ApiClient = await loggedIn(app, 'officer', BENCH_PASSWORD);
  // BENCH_ONLY=oversight: the province's oversight dashboard and its floor, nothing else.
  if (process.env.BENCH_ONLY === 'oversight') {
    await benchOversight(database, officer, province, cells);
    return database.close();
  }
  await benchOverview(database, officer, province, cells);
  // BENCH_ONLY=overview: the committee overview and its floor, nothing else (a quicker run on a shared machine).
  if (process.env.BENCH_ONLY === 'overview') return database.close();
  const comments = await prepareBusyTopic(database, busyTopic, cells[0] ?? '');
  const cell = cells[Math.floor(cells.length / 2)] ?? '';
  await timed('GET /api/auth/me (actor load)', ROUNDS, () => officer.get('/api/auth/me'));
  await timed(`GET /api/orgs (province officer, ${units} units)`, Math.max(10, ROUNDS / 20), () =>
    officer.get('/api/orgs'),
  );
  await timed(
    `GET /api/orgs/{province}/plans (${cells.length} cells, ${cells.length * 4} reports)`,
    Math.max(10, ROUNDS / 20),
    () => officer.get(`/api/orgs/${province}/plans?year=2026`),
  );
  await timed(`GET /api/topics/{id} (preparer, ${comments} comments)`, ROUNDS, () =>
    officer.get(`/api/topics/${busyTopic}`),
  );
  await timed('GET /api/orgs/{province} (unit page)', ROUNDS, () => officer.get(`/api/orgs/${province}`));
  await timed('GET /api/orgs/{cell}', ROUNDS, () => officer.get(`/api/orgs/${cell}`));
  await timed('GET /api/orgs/{cell}/members', ROUNDS, () => officer.get(`/api/orgs/${cell}/members`));
  await timed('GET /api/orgs/{cell}/members?q=thu 5', ROUNDS, () =>
    officer.get(`/api/orgs/${cell}/members?q=thu%205`),
  );
  const followed = await prepareFollowUp(database, cell);
  await timed(`GET /api/orgs/{cell}/tasks (${followed} tasks, 3 reports each)`, ROUNDS, () =>
    officer.get(`/api/orgs/${cell}/tasks?year=2026`),
  );
  // The home's to-do list: the province officer (every report of the province unread, every cell to follow;
  // also the secretary of the first cell) and the secretary of a cell with its follow-up.
  await timed(`GET /api/me/inbox (province officer, ${cells.length} cells)`, Math.max(10, ROUNDS / 20), () =>
    officer.get('/api/me/inbox'),
  );
  const secretaryPerson = (
    await database.db
      .selectFrom('role_assignment')
      .select('person_id')
      .where('unit_id', '=', cell)
      .where('role', '=', 'secretary')
      .executeTakeFirstOrThrow()
  ).person_id;
  await insertAccount(database.db, {
    id: newId(),
    person_id: secretaryPerson,
    username: 'secretary',
    password_hash: hash,
    is_admin: 0,
    locale: 'vi',
    disabled_at: null,
    created_at: nowIso(),
  });
  const secretary = await loggedIn(app, 'secretary', 'bench-password');
  await timed('GET /api/me/inbox (secretary of a cell)', ROUNDS, () => secretary.get('/api/me/inbox'));
  await benchOversight(database, officer, province, cells);
  const mem = process.memoryUsage();
  console.log(
    `memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  // After the memory reading: the diff's garbage is the diff's, not the server's footprint.
  await timed('diff of two versions of a 600-paragraph draft', 20, async () => diffLongDraft());
  await database.close();
}

/**
 * The committee overview (issue 20): the province's and a commune's `GET /orgs/{id}/plans` after a warm-up,
 * ≥ 200 requests each, beside the floor — the same aggregate as one SQL statement on the same connection.
 */
async function benchOverview(database: Database, officer: ApiClient, province: string, cells: string[]) {
  const commune = (
    await database.db
      .selectFrom('org_unit')
      .select('parent_id')
      .where('id', '=', cells[0] ?? '')
      .executeTakeFirstOrThrow()
  ).parent_id as string;
  const rounds = Math.max(200, ROUNDS);
  for (const [label, unit] of [
    [`province, ${cells.length} cells`, province],
    ['commune', commune],
  ] as const) {
    for (let i = 0; i < 10; i++) await officer.get(`/api/orgs/${unit}/plans?year=2026`);
    const answer = await officer.get(`/api/orgs/${unit}/plans?year=2026`);
    const kB = (Buffer.byteLength(JSON.stringify(answer.body)) / 1024).toFixed(1);
    await timed(`GET /api/orgs/{${label}}/plans (${kB} kB)`, rounds, () =>
      officer.get(`/api/orgs/${unit}/plans?year=2026`),
    );
    for (let i = 0; i < 10; i++) await overviewFloor(database, unit, 2026);
    await timed('  floor: the same aggregate, one SQL statement', rounds, async () => {
      await overviewFloor(database, unit, 2026);
      return { status: 200 };
    });
  }
}

/**
 * The organisation tree for the province officer (issue 20): the flat list `GET /orgs` answered before (every
 * unit of the province with its head count, built in-process the way the old route did: the query, the
 * presenter and JSON) against the new first level over HTTP (the province and its communes, each with its head
 * and child count), a commune's level and a picker's search; each beside its floor, the same SELECT run raw.
 */
async function benchOrgs(database: Database, officer: ApiClient, province: string, units: number) {
  const rounds = Math.max(200, ROUNDS);
  const oldAnswer = async () => {
    const rows = await listUnitsUnder(database.db, [province]);
    const body = JSON.stringify({
      units: rows.map((u) =>
        presentUnit({ ...u, member_count: Number(u.member_count ?? 0), canManage: true }),
      ),
    });
    return { status: 200, bytes: Buffer.byteLength(body) };
  };
  const oldBytes = (await oldAnswer()).bytes;
  await timed(
    `old GET /orgs: flat, ${units} units, ${(oldBytes / 1024).toFixed(0)} kB`,
    Math.max(20, ROUNDS / 10),
    oldAnswer,
  );
  await timed('  floor: its SELECT run raw', Math.max(20, ROUNDS / 10), async () => {
    await sql`SELECT u.*, (SELECT count(*) FROM person p WHERE p.unit_id = u.id AND p.status IN ('official', 'probationary', 'exempt', 'staff'))
        + (SELECT count(*) FROM person p WHERE p.group_id = u.id AND p.unit_id <> u.id AND p.status IN ('official', 'probationary', 'exempt', 'staff')) AS member_count
      FROM org_unit u WHERE u.id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ${province})
      ORDER BY u.name`.execute(database.db);
    return { status: 200 };
  });
  const levelFloor = (where: ReturnType<typeof sql>) => async () => {
    await sql`SELECT u.id, u.parent_id, u.kind, u.name,
        (SELECT count(*) FROM person p WHERE p.unit_id = u.id AND p.status IN ('official', 'probationary', 'exempt', 'staff'))
        + (SELECT count(*) FROM person p WHERE p.group_id = u.id AND p.unit_id <> u.id AND p.status IN ('official', 'probationary', 'exempt', 'staff')) AS member_count,
        (SELECT count(*) FROM org_unit k WHERE k.parent_id = u.id) AS child_count
      FROM org_unit u WHERE ${where} ORDER BY u.name`.execute(database.db);
    return { status: 200 };
  };
  const commune = (
    await database.db
      .selectFrom('org_unit')
      .select('id')
      .where('parent_id', '=', province)
      .limit(1)
      .executeTakeFirstOrThrow()
  ).id;
  for (const [label, path, where] of [
    ['first level (province + communes)', '/api/orgs', sql`u.id = ${province} OR u.parent_id = ${province}`],
    ['a commune opened (its cells)', `/api/orgs?parentId=${commune}`, sql`u.parent_id = ${commune}`],
  ] as const) {
    const bytes = Buffer.byteLength(JSON.stringify((await officer.get(path)).body));
    for (let i = 0; i < 10; i++) await officer.get(path);
    await timed(
      `GET ${path.replace(commune, '{commune}')}: ${label}, ${(bytes / 1024).toFixed(1)} kB`,
      rounds,
      () => officer.get(path),
    );
    await timed('  floor: its SELECT run raw', rounds, levelFloor(where));
    // The route's own statement alone (no session, no HTTP, no JSON): what the rest of the request adds.
    await timed("  the store's statement alone", rounds, async () => {
      await (path === '/api/orgs'
        ? orgStore.listUnitsAndChildren(database.db, [province])
        : orgStore.listChildUnits(database.db, commune));
      return { status: 200 };
    });
  }
  const searchPath = '/api/orgs/search?q=thon%205&kind=cell';
  const searchBytes = Buffer.byteLength(JSON.stringify((await officer.get(searchPath)).body));
  await timed(
    `GET /orgs/search?q=thon 5 (20 of ${units}), ${(searchBytes / 1024).toFixed(1)} kB`,
    rounds,
    () => officer.get(searchPath),
  );
  await timed('  floor: its SELECT run raw', rounds, async () => {
    await sql`SELECT u.id, u.name, u.kind, u.parent_id FROM org_unit u JOIN org_unit_name f ON f.unit_id = u.id
      WHERE u.id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ${province}) AND u.kind = 'cell'
        AND f.name_folded LIKE '%thon%' AND f.name_folded LIKE '%5%'
      ORDER BY CASE WHEN f.name_folded LIKE 'thon 5%' THEN 0 WHEN f.name_folded LIKE '% thon 5%' THEN 1 ELSE 2 END,
        f.name_folded, u.id LIMIT 20`.execute(database.db);
    return { status: 200 };
  });
}

/**
 * The committee's oversight dashboard (issue 15) once every cell has a year of meetings: the province's (a row
 * per commune, everything rolled up), a commune's (a row per cell) and the province's .xlsx export.
 */
async function benchOversight(database: Database, officer: ApiClient, province: string, cells: string[]) {
  const t0 = performance.now();
  const year = await generateMeetingYear(database.db, cells);
  console.log(
    `[${database.engine}] generated ${year.meetings} meetings, ${year.attendance} attendance rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  // The generator wrote the meetings directly: their summaries are rebuilt (db/activity-summaries.ts).
  const t1 = performance.now();
  const active = await database.db.transaction().execute(async (trx) => {
    const n = await rebuildActivitySummaries(trx);
    await rebuildCommitteeRollups(trx);
    return n;
  });
  console.log(
    `[${database.engine}] rebuilt the activity summaries of ${active} cells in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
  const commune = (
    await database.db
      .selectFrom('org_unit')
      .select('parent_id')
      .where('id', '=', cells[0] ?? '')
      .executeTakeFirstOrThrow()
  ).parent_id;
  const rounds = Math.max(10, ROUNDS / 10);
  if (process.env.BENCH_ONLY === 'oversight') {
    // ≥ 200 requests after a warm-up, beside the floor (one SQL statement, same connection), and the meeting,
    // attendance and assignment queries the dashboard ran before over the raw tables beside their summary reads.
    const many = Math.max(200, ROUNDS);
    for (let i = 0; i < 10; i++) await officer.get(`/api/orgs/${province}/oversight?year=2026`);
    await timed(`GET /api/orgs/{province}/oversight (${cells.length} cells)`, many, () =>
      officer.get(`/api/orgs/${province}/oversight?year=2026`),
    );
    for (let i = 0; i < 10; i++) await oversightFloor(database, province, 2026);
    await timed('  floor: the rolled-up counts, one SQL statement', many, async () => {
      await oversightFloor(database, province, 2026);
      return { status: 200 };
    });
    const today = todayInVietnam();
    await timed(
      '  before: meetings, attendance, tasks from raw tables',
      Math.max(20, ROUNDS / 10),
      async () => {
        await Promise.all([
          monthlyMeetingsUnder(database.db, province, 2026, STUDY_MINIMUM_MINUTES),
          monthlyAttendanceUnder(database.db, province, 2026),
          openTasksUnder(database.db, province, 2026, today),
        ]);
        return { status: 200 };
      },
    );
    await timed('  after: the same from the summaries', many, async () => {
      await Promise.all([
        monthlyActivityUnder(database.db, province, 2026),
        openTasksDueUnder(database.db, province, 2026, today),
      ]);
      return { status: 200 };
    });
    return;
  }
  await timed(
    `GET /api/orgs/{province}/oversight (${cells.length} cells, ${year.meetings} meetings)`,
    rounds,
    () => officer.get(`/api/orgs/${province}/oversight?year=2026`),
  );
  await timed('GET /api/orgs/{commune}/oversight (a row per cell)', rounds, () =>
    officer.get(`/api/orgs/${commune}/oversight?year=2026`),
  );
  await timed('GET /api/orgs/{province}/oversight/export (.xlsx)', Math.max(5, ROUNDS / 40), () =>
    officer.download(`/api/orgs/${province}/oversight/export?year=2026`),
  );
}

/** The version diff on a long draft with four scattered edits (the case text-diff.test.ts checks by outcome). */
function diffLongDraft(): { status: number } {
  const paragraph = (i: number) =>
    `Đoạn ${i}: đảng viên nghiên cứu dự thảo, góp ý vào nội dung đánh giá thực trạng và giải pháp của chi bộ.\n`;
  const before = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('');
  const after = before
    .replace('Đoạn 10: đảng viên', 'Đoạn 10: toàn thể đảng viên')
    .replace('Đoạn 300: đảng viên nghiên cứu', 'Đoạn 300: đảng viên đọc kỹ')
    .replace(paragraph(450), '')
    .replace('Đoạn 599:', 'Đoạn cuối:');
  const changes = diffText(before, after).filter((segment) => segment.kind !== 'same');
  return { status: changes.length === 6 ? 200 : 500 };
}

/**
 * The heaviest topic page: a draft of ~40 paragraphs sent to the whole cell, every reader commenting on
 * passages. Written through the real services (the preparer is the cell's secretary and its only approver).
 */
async function prepareBusyTopic(database: Database, topicId: string, cellId: string): Promise<number> {
  const db = database.db;
  const members = await db.selectFrom('person').select('id').where('unit_id', '=', cellId).execute();
  const [secretary, ...readers] = members.map((m) => m.id);
  const actor = (personId: string, role: 'secretary' | 'member'): Actor => ({
    userId: 'bench',
    personId,
    isAdmin: false,
    grants: [
      { unitId: cellId, role: 'member' },
      ...(role === 'secretary' ? [{ unitId: cellId, role } as const] : []),
    ],
  });
  const preparer = actor(secretary ?? '', 'secretary');
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) =>
      `<p>Đoạn ${i + 1}: chi bộ đánh giá thực trạng, nêu ưu điểm, hạn chế và giải pháp cụ thể số ${i + 1}.</p>`,
  );
  await preparation.saveVersion(db, preparer, topicId, {
    kind: 'draft',
    html: paragraphs.join(''),
    baseVersionId: null,
  });
  await preparation.act(db, preparer, topicId, 'submit');
  await preparation.act(db, preparer, topicId, 'approve', {});
  const { plain_text: text } = await db
    .selectFrom('topic_version')
    .select('plain_text')
    .where('topic_id', '=', topicId)
    .executeTakeFirstOrThrow();
  let count = 0;
  for (const [r, readerId] of readers.entries()) {
    for (let k = 0; k < 3 && count < 50; k++) {
      const quote = `giải pháp cụ thể số ${((r * 3 + k) % 40) + 1}.`;
      const at = text.indexOf(quote);
      await comments.addComment(db, actor(readerId, 'member'), topicId, {
        body: `Góp ý ${count + 1}: đề nghị bổ sung số liệu.`,
        anchor: createAnchor(text, at, at + quote.length),
      });
      count++;
    }
  }
  return count;
}

/**
 * A busy year of follow-up in one cell: a meeting a month, each giving eight tasks, each checked three times.
 * Written as rows (the follow-up rules are not what this measures).
 */
async function prepareFollowUp(database: Database, cellId: string): Promise<number> {
  const db = database.db;
  let tasks = 0;
  for (let month = 1; month <= 12; month++) {
    const heldOn = `2026-${String(month).padStart(2, '0')}-10`;
    const meetingId = newId();
    await db
      .insertInto('meeting')
      .values({
        id: meetingId,
        cell_id: cellId,
        topic_id: null,
        kind: 'thematic',
        part_order: 'regular_first',
        held_on: heldOn,
        starts_at: '14:00',
        place: 'Hội trường',
        status: 'ended',
        chair_id: null,
        minute_taker_id: null,
        notice_sent_at: null,
        notice_number: null,
        started_at: `${heldOn}T07:00:00.000Z`,
        ended_at: `${heldOn}T09:00:00.000Z`,
        conclusion: null,
        created_by: null,
        created_at: nowIso(),
        updated_at: nowIso(),
      })
      .execute();
    for (let k = 0; k < 8; k++) {
      const taskId = newId();
      await db
        .insertInto('meeting_task')
        .values({
          id: taskId,
          meeting_id: meetingId,
          title: `Nhiệm vụ ${month}.${k + 1}`,
          owner_id: null,
          due_on: null,
          created_at: nowIso(),
        })
        .execute();
      await db
        .insertInto('task_report')
        .values(
          (['in_progress', 'in_progress', 'done'] as const).map((status, i) => ({
            id: newId(),
            task_id: taskId,
            status,
            note: 'Đã kiểm tra tại sinh hoạt tháng sau.',
            reported_on: heldOn,
            reported_by: null,
            created_at: `${heldOn}T1${i}:00:00.000Z`,
          })),
        )
        .execute();
      tasks++;
    }
  }
  return tasks;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-bench-'));
try {
  // BENCH_SQLITE=false measures PostgreSQL alone (BENCH_DATABASE_URL).
  if (process.env.BENCH_SQLITE !== 'false') await bench(openSqlite(path.join(dir, 'bench.sqlite')));
  if (process.env.BENCH_DATABASE_URL) await bench(openPostgres(process.env.BENCH_DATABASE_URL));
  // Per-request cost: signed-in reads over real HTTP beside a bare Hono route (the demo data is enough).
  // BENCH_ONLY: one view and its floor, nothing else.
  if (process.env.BENCH_SQLITE !== 'false' && !process.env.BENCH_ONLY) await benchThroughput();
  if (process.env.BENCH_DATABASE_URL && !process.env.BENCH_ONLY)
    await benchThroughput(process.env.BENCH_DATABASE_URL);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
