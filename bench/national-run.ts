// National scale on PostgreSQL (issue 20), until `npm run bench -- --scale national` takes it over:
//   BENCH_NATIONAL_FRACTION=0.05 npx tsx bench/national-run.ts
// generates the national tree (bench/national.ts) into the embedded PostgreSQL the tests use (or into
// BENCH_DATABASE_URL; BENCH_NATIONAL_REUSE=1 measures a database generated before), then measures through the
// real HTTP app the national roll-up and one province's dashboard, each beside its one-SQL floor.
import { execFileSync } from 'node:child_process';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { rebuildActivitySummaries } from '../src/db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '../src/db/committee-rollups.ts';
import { type Database, openPostgres } from '../src/db/connection.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { rebuildSummaries } from '../src/db/summaries.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import { insertAccount } from '../src/server/auth/store.ts';
import { type ApiClient, buildApp, loggedIn } from '../tests/support/api-client.ts';
import { freePort } from '../tests/support/free-port.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../tests/support/throwaway-postgres.ts';
import { oversightFloor, overviewFloor } from './floors.ts';
import { generateNational } from './national.ts';

const ROUNDS = Math.max(200, Number(process.env.BENCH_ROUNDS ?? 200));
/** A figure whose requests take seconds each stops after this many seconds (at least 5 samples) and prints its count. */
const BUDGET_S = Number(process.env.BENCH_NATIONAL_BUDGET_S ?? 120);
const YEAR = 2026;
const load = () =>
  execFileSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, 'load ');

interface Figure {
  label: string;
  n: number;
  p50: number;
  p95: number;
  bytes?: number;
}
const figures: Figure[] = [];

async function timed(label: string, fn: () => Promise<{ status: number; bytes?: number }>): Promise<Figure> {
  // Warm-up: five requests, or fewer when they take more than a quarter of the budget.
  const warm = performance.now();
  for (let i = 0; i < 5 && (performance.now() - warm) / 1000 < BUDGET_S / 4; i++) await fn();
  const samples: number[] = [];
  let bytes: number | undefined;
  const start = performance.now();
  while (samples.length < ROUNDS) {
    const t = performance.now();
    const res = await fn();
    samples.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    bytes = res.bytes;
    if (samples.length >= 5 && (performance.now() - start) / 1000 > BUDGET_S) break;
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? 0;
  const figure = { label, n: samples.length, p50: pct(0.5), p95: pct(0.95), bytes };
  figures.push(figure);
  console.log(
    `${label.padEnd(58)} p50 ${figure.p50.toFixed(1).padStart(8)} ms  p95 ${figure.p95.toFixed(1).padStart(8)} ms  (${figure.n} req${bytes ? `, ${(bytes / 1024).toFixed(0)} kB` : ''})  ${load()}`,
  );
  return figure;
}

const get = (client: ApiClient, url: string) => async () => {
  const res = await client.get(url);
  return { status: res.status, bytes: JSON.stringify(res.body).length };
};

/** A floor of bench/floors.ts (one SQL statement on the same connection), as a timed figure. */
const floor = (run: () => Promise<number>) => async () => ({ status: (await run()) > 0 ? 200 : 500 });

async function officerOf(database: Database, root: string): Promise<ApiClient> {
  const db = database.db;
  const username = 'national-officer';
  const existing = await db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (!existing) {
    const person = await db
      .selectFrom('role_assignment')
      .select('person_id')
      .where('role', '=', 'secretary')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('role_assignment')
      .values({
        id: newId(),
        person_id: person.person_id,
        unit_id: root,
        role: 'officer',
        started_on: '2020-01-01',
        ended_on: null,
        created_by: null,
        created_at: nowIso(),
      })
      .execute();
    await insertAccount(db, {
      id: newId(),
      person_id: person.person_id,
      username,
      password_hash: await hashPassword('bench-password'),
      is_admin: 0,
      locale: 'vi',
      disabled_at: null,
      created_at: nowIso(),
    });
  }
  return loggedIn(buildApp(database), username, 'bench-password');
}

async function main() {
  let server: ThrowawayPostgres | undefined;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    server = await startThrowawayPostgres({ port: await freePort(), user: 'postgres', password: 'bench' });
    const admin = new pg.Client({ connectionString: `${server.baseUrl}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE national');
    await admin.end();
    url = `${server.baseUrl}/national`;
  }
  const database = openPostgres(url);
  // BENCH_LOG_SLOW=<ms>: every statement slower than that is printed with its duration (to find what to EXPLAIN).
  const slow = Number(process.env.BENCH_LOG_SLOW ?? 0);
  if (slow > 0) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    database.db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => {
        if (event.queryDurationMillis >= slow)
          console.log(
            `  [${event.queryDurationMillis.toFixed(0)} ms] ${event.query.sql.replace(/\s+/g, ' ').slice(0, 600)}`,
          );
      },
    });
  }
  try {
    await migrateToLatest(database.db);
    const found = await database.db
      .selectFrom('org_unit')
      .select('id')
      .where('parent_id', 'is', null)
      .where('name', '=', 'Ban Chấp hành Trung ương')
      .executeTakeFirst();
    let root: string;
    let province: string;
    if (found && process.env.BENCH_NATIONAL_REUSE === '1') {
      root = found.id;
      province = (
        await database.db
          .selectFrom('org_unit')
          .select('id')
          .where('parent_id', '=', root)
          .where('name', '=', 'Tỉnh ủy 1')
          .executeTakeFirstOrThrow()
      ).id;
      console.log('[postgres] measuring the national data generated before');
      // BENCH_NATIONAL_REBUILD=1: statistics and summaries again first (after a load stopped part-way).
      if (process.env.BENCH_NATIONAL_REBUILD === '1') {
        const t0 = performance.now();
        await sql`ANALYZE`.execute(database.db);
        const n = await database.db.transaction().execute((trx) => rebuildSummaries(trx, 2_000));
        await database.db.transaction().execute((trx) => rebuildActivitySummaries(trx, 2_000));
        await database.db.transaction().execute((trx) => rebuildCommitteeRollups(trx));
        await sql`ANALYZE`.execute(database.db);
        console.log(
          `[postgres] ANALYZE and summaries of ${n} cells in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
        );
      }
    } else {
      console.log(`[postgres] generating at ${load()}`);
      const result = await generateNational(database.db, {
        // BENCH_NATIONAL_MEETINGS=0 / BENCH_NATIONAL_ATTENDANCE=0: no year of meetings / no rolls (a quicker load).
        meetings: process.env.BENCH_NATIONAL_MEETINGS !== '0',
        attendance: process.env.BENCH_NATIONAL_ATTENDANCE !== '0',
        log: (line) => console.log(`  ${line}`),
      });
      root = result.root;
      province = result.province;
      const rows = result.tables.reduce((n, t) => n + (t.table.startsWith('summaries') ? 0 : t.rows), 0);
      console.log(
        `[postgres] generated ${result.units} units, ${result.people} people, ${result.topics} topics, ${result.meetings} meetings, ${result.attendance} attendance rows: ${rows} rows in ${result.seconds.toFixed(0)} s (${Math.round(rows / result.seconds)} rows/s overall), ${load()}`,
      );
    }
    // BENCH_NATIONAL_MEASURE=0: generate only (measure later with BENCH_NATIONAL_REUSE=1).
    if (process.env.BENCH_NATIONAL_MEASURE === '0') return;
    const [{ cells }] = (
      await sql<{ cells: number }>`SELECT count(*)::int AS cells FROM org_closure c JOIN org_unit u
        ON u.id = c.descendant_id AND u.kind = 'cell' WHERE c.ancestor_id = ${province}`.execute(database.db)
    ).rows as [{ cells: number }];
    const officer = await officerOf(database, root);
    console.log(`\nmeasuring at ${load()} (province: ${cells} cells)`);
    // BENCH_NATIONAL_CENTRAL=0: not the central oversight through the app (minutes a request at full size).
    if (process.env.BENCH_NATIONAL_CENTRAL !== '0')
      await timed(
        'GET /api/orgs/{central}/oversight (a row per province)',
        get(officer, `/api/orgs/${root}/oversight?year=${YEAR}`),
      );
    await timed(
      '  floor: the roll-up per province, one SQL statement',
      floor(() => oversightFloor(database, root, YEAR)),
    );
    await timed(
      'GET /api/orgs/{province}/oversight (a row per commune)',
      get(officer, `/api/orgs/${province}/oversight?year=${YEAR}`),
    );
    await timed(
      '  floor: the roll-up per commune, one SQL statement',
      floor(() => oversightFloor(database, province, YEAR)),
    );
    await timed(
      `GET /api/orgs/{province}/plans (${cells} cells)`,
      get(officer, `/api/orgs/${province}/plans?year=${YEAR}`),
    );
    await timed(
      '  floor: the same aggregate, one SQL statement',
      floor(() => overviewFloor(database, province, YEAR)),
    );
    if (process.env.BENCH_NATIONAL_PLANS !== '0') {
      await timed(
        'GET /api/orgs/{central}/plans (every cell)',
        get(officer, `/api/orgs/${root}/plans?year=${YEAR}`),
      );
      await timed(
        '  floor: the same aggregate, one SQL statement',
        floor(() => overviewFloor(database, root, YEAR)),
      );
    }
    console.log(JSON.stringify({ load: load(), figures }, null, 1));
  } finally {
    await database.close();
    await server?.stop();
  }
}

await main();
