// Profiling aid for the committee's oversight dashboard (issue 20): a province with a year of meetings on a fresh
// SQLite file, then each per-feature statement of getOversight alone and whole requests of the province's and a
// commune's `GET /orgs/{id}/oversight`, to run under `node --cpu-prof --import tsx`.
//   BENCH_COMMUNES=40 node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-oversight.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { rebuildActivitySummaries } from '../src/db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '../src/db/committee-rollups.ts';
import { openSqlite } from '../src/db/connection.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { rebuildSummaries } from '../src/db/summaries.ts';
import { todayInVietnam } from '../src/domain/dates/local-date.ts';
import { buildApp, loggedIn } from '../tests/support/api-client.ts';
import { oversightFloor } from './floors.ts';
import { BENCH_PASSWORD, generateMeetingYear, generateProvince, provinceOfficer } from './generate.ts';

const communes = Number(process.env.BENCH_COMMUNES ?? 20);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oversight-prof-'));
const database = openSqlite(path.join(dir, 'bench.sqlite'));
await migrateToLatest(database.db);
const { province, cells } = await generateProvince(database.db, {
  communes,
  cellsPerCommune: 30,
  membersPerCell: 20,
});
const generated = await generateMeetingYear(database.db, cells);
// Every committee (the province and each commune) issues its guidance of the year, as in practice: the plan
// deadline and the report days each cell is held to come from the nearest one (BENCH_GUIDANCE=0: none).
if (process.env.BENCH_GUIDANCE !== '0') {
  const committees = await database.db
    .selectFrom('org_unit')
    .select('id')
    .where('kind', '=', 'committee')
    .execute();
  for (let i = 0; i < committees.length; i += 200)
    await database.db
      .insertInto('guidance')
      .values(
        committees.slice(i, i + 200).map((c, j) => ({
          id: newId(),
          committee_id: c.id,
          year: 2026,
          reference_number: `${i + j + 1}-HD/ĐU`,
          issued_on: '2026-01-05',
          title: 'Hướng dẫn sinh hoạt chuyên đề năm 2026',
          theme: null,
          documents_json: '[]',
          topic_groups_json: '[]',
          plan_deadline: c.id === province ? '2026-02-28' : '2026-02-15',
          content: null,
          quarter_report_day: 10,
          annual_report_due_on: null,
          created_by: null,
          created_at: nowIso(),
          updated_at: nowIso(),
        })),
      )
      .execute();
}
await database.db.transaction().execute((trx) => rebuildSummaries(trx));
await database.db.transaction().execute((trx) => rebuildActivitySummaries(trx));
await database.db.transaction().execute((trx) => rebuildCommitteeRollups(trx));
await provinceOfficer(database.db, province, cells);
const officer = await loggedIn(buildApp(database), 'officer', BENCH_PASSWORD);
const commune = (
  await database.db
    .selectFrom('org_unit')
    .select('parent_id')
    .where('id', '=', cells[0] ?? '')
    .executeTakeFirstOrThrow()
).parent_id as string;
console.log(`${communes} communes, ${cells.length} cells, ${generated.meetings} meetings`);
// PROFILE_CACHE_MB: SQLite's page cache of the connection (its default is 2 MB), to see whether the working set
// outgrowing it is what makes a province's statements slower than their row counts say.
if (process.env.PROFILE_CACHE_MB)
  await sql`PRAGMA cache_size = ${sql.raw(String(-1024 * Number(process.env.PROFILE_CACHE_MB)))}`.execute(
    database.db,
  );
const year = 2026;
const rounds = Number(process.env.PROFILE_ROUNDS ?? 3);
if (process.env.PROFILE_PARTS !== '0') {
  // Each statement of the dashboard alone, to see where the time goes.
  const today = todayInVietnam();
  const store = await import('../src/server/features/oversight/store.ts');
  const orgs = await import('../src/server/features/orgs/index.ts');
  const meetings = await import('../src/server/features/meetings/index.ts');
  const rollups = await import('../src/db/rollups-under.ts');
  const { committeeDeadlines } = await import('../src/db/committee-rollups.ts');
  // The province's communes from their roll-ups; a commune's cells each on its own (oversight/service.ts).
  const s = await rollups.rollupScope(database.db, province, year, today);
  const scope = { committeeId: commune, year, today };
  const own = (await committeeDeadlines(database.db, [commune], [year]))(commune, year);
  const deadlines = {
    committee_id: commune,
    plan_deadline: own.plan,
    plan_held_before: own.plan === null ? null : `${own.plan}T17:00:00.000Z`,
    q1: own.due(1),
    q2: own.due(2),
    q3: own.due(3),
    q4: own.due(4),
    annual: own.due(null),
  };
  const parts: [string, () => Promise<unknown>][] = [
    ['listOversightChildren', () => orgs.listOversightChildren(database.db, province)],
    ['province: rollupScope', () => rollups.rollupScope(database.db, province, year, today)],
    ['province: yearCountsByChild', () => rollups.yearCountsByChild(database.db, s)],
    ['province: monthCountsByChild', () => rollups.monthCountsByChild(database.db, s)],
    ['province: dueCountsByChild', () => rollups.dueCountsByChild(database.db, s)],
    ['province: qualityCountsByChild', () => rollups.qualityCountsByChild(database.db, s)],
    ['province: lastRemindersByChild', () => rollups.lastRemindersByChild(database.db, s)],
    [
      'commune: firstThematicMeetingsOfChildCells',
      () => meetings.firstThematicMeetingsOfChildCells(database.db, commune, year),
    ],
    ['commune: cellCountsByChild', () => store.cellCountsByChild(database.db, scope)],
    ['commune: monthCountsByChild', () => store.monthCountsByChild(database.db, scope)],
    ['commune: quartersHeldByChild', () => store.quartersHeldByChild(database.db, scope)],
    ['commune: planCountsByChild', () => store.planCountsByChild(database.db, scope, [deadlines])],
    ['commune: overdueStepsByChild', () => store.overdueStepsByChild(database.db, scope)],
    ['commune: tasksByChild', () => store.tasksByChild(database.db, scope)],
    ['commune: reviewsDueByChild', () => store.reviewsDueByChild(database.db, scope)],
    ['commune: reportCountsByChild', () => store.reportCountsByChild(database.db, scope, [deadlines])],
    ['commune: qualityByChild', () => store.qualityByChild(database.db, scope)],
    ['commune: lastRemindersByChild', () => store.lastRemindersByChild(database.db, scope)],
  ];
  for (const [label, fn] of parts) {
    const t0 = performance.now();
    await fn();
    console.log(`  ${label}: ${(performance.now() - t0).toFixed(1)} ms`);
  }
}
if (process.env.PROFILE_EXPLAIN) {
  // One province (PROFILE_EXPLAIN=commune: commune) request on a logging connection to the same file: every statement with its duration and its
  // SQLite query plan (a SCAN of a big table without an index is what to look for).
  const seen: { sql: string; params: readonly unknown[]; ms: number }[] = [];
  const logged = new Kysely<DB>({
    dialect: new SqliteDialect({ database: new SQLite(path.join(dir, 'bench.sqlite')) }),
    log: (e) => {
      if (e.level === 'query')
        seen.push({ sql: e.query.sql, params: e.query.parameters, ms: e.queryDurationMillis });
    },
  });
  const client = await loggedIn(buildApp({ ...database, db: logged }), 'officer', BENCH_PASSWORD);
  seen.length = 0;
  const unit = process.env.PROFILE_EXPLAIN === 'commune' ? commune : province;
  const res = await client.get(`/api/orgs/${unit}/oversight?year=${year}`);
  if (res.status !== 200) throw new Error(`explain: HTTP ${res.status}`);
  const raw = new SQLite(path.join(dir, 'bench.sqlite'), { readonly: true });
  for (const q of seen.sort((a, b) => b.ms - a.ms)) {
    const plan = raw
      .prepare(`EXPLAIN QUERY PLAN ${q.sql}`)
      .all(...(q.params as unknown[]))
      .map((r) => (r as { detail: string }).detail);
    console.log(
      `${q.ms.toFixed(1)} ms  ${q.sql.slice(0, 160).replace(/\s+/g, ' ')}\n    ${plan.join('\n    ')}`,
    );
  }
  raw.close();
  await logged.destroy();
}
// PROFILE_CPU=<file>: a CPU profile of the requests below only (not of the generation), for the devtools.
const inspector = process.env.PROFILE_CPU ? new (await import('node:inspector/promises')).Session() : null;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}
for (const [label, unit, n] of [
  ['province', province, rounds],
  ['commune', commune, rounds * 10],
] as const) {
  const t0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const res = await officer.get(`/api/orgs/${unit}/oversight?year=${year}`);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    bytes = JSON.stringify(res.body).length;
  }
  const ms = (performance.now() - t0) / n;
  // The floor sums committee roll-ups: a commune's rows are its own cells, it has none.
  if (unit === commune) {
    console.log(`${label}: ${ms.toFixed(1)} ms/request (${bytes} bytes of JSON)`);
    continue;
  }
  const t1 = performance.now();
  for (let i = 0; i < n; i++) await oversightFloor(database, unit, year);
  const floor = (performance.now() - t1) / n;
  console.log(`${label}: ${ms.toFixed(1)} ms/request (${bytes} bytes of JSON), floor ${floor.toFixed(1)} ms`);
}
if (inspector) {
  const { profile } = await inspector.post('Profiler.stop');
  fs.writeFileSync(process.env.PROFILE_CPU ?? '', JSON.stringify(profile));
  inspector.disconnect();
}
await database.close();
if (process.env.PROFILE_KEEP)
  console.log(`kept ${path.join(dir, 'bench.sqlite')} (province ${province}, commune ${commune})`);
else fs.rmSync(dir, { recursive: true, force: true });
