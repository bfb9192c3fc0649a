// `npm run bench`: province-scale data on a fresh SQLite file (and PostgreSQL when BENCH_DATABASE_URL is
// set), then latency percentiles of the committee-wide and cell views through the real HTTP app, and memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, openPostgres, openSqlite } from '../src/db/connection.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { insertAccount } from '../src/server/auth/auth-store.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import { type ApiClient, buildApp, loggedIn } from '../tests/support/api-client.ts';
import { generateProvince } from './generate.ts';

const SCALE = {
  communes: Number(process.env.BENCH_COMMUNES ?? 100),
  cellsPerCommune: 30,
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
  const { province, cells, units, people } = await generateProvince(database.db, SCALE);
  console.log(
    `\n[${database.engine}] generated ${units} units, ${people} people in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const personId = (
    await database.db
      .selectFrom('role_assignment')
      .select('person_id')
      .where('unit_id', '=', cells[0] ?? '')
      .executeTakeFirstOrThrow()
  ).person_id;
  const officerPerson = personId;
  const hash = await hashPassword('bench-password');
  await database.db
    .insertInto('role_assignment')
    .values({
      id: newId(),
      person_id: officerPerson,
      unit_id: province,
      role: 'officer',
      started_on: '2020-01-01',
      ended_on: null,
      created_by: null,
      created_at: nowIso(),
    })
    .execute();
  await insertAccount(database.db, {
    id: newId(),
    person_id: officerPerson,
    username: 'officer',
    password_hash: hash,
    is_admin: 0,
    locale: 'vi',
    disabled_at: null,
    created_at: nowIso(),
  });

  const app = buildApp(database);
  const officer: ApiClient = await loggedIn(app, 'officer', 'bench-password');
  const cell = cells[Math.floor(cells.length / 2)] ?? '';
  await timed('GET /api/auth/me (actor load)', ROUNDS, () => officer.get('/api/auth/me'));
  await timed(`GET /api/orgs (province officer, ${units} units)`, Math.max(10, ROUNDS / 20), () =>
    officer.get('/api/orgs'),
  );
  await timed(`GET /api/orgs/{province}/plans (${cells.length} cells)`, Math.max(10, ROUNDS / 20), () =>
    officer.get(`/api/orgs/${province}/plans?year=2026`),
  );
  await timed('GET /api/orgs/{province} (unit page)', ROUNDS, () => officer.get(`/api/orgs/${province}`));
  await timed('GET /api/orgs/{cell}', ROUNDS, () => officer.get(`/api/orgs/${cell}`));
  await timed('GET /api/orgs/{cell}/members', ROUNDS, () => officer.get(`/api/orgs/${cell}/members`));
  await timed('GET /api/orgs/{cell}/members?q=thu 5', ROUNDS, () =>
    officer.get(`/api/orgs/${cell}/members?q=thu%205`),
  );
  const mem = process.memoryUsage();
  console.log(
    `memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  await database.close();
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-bench-'));
try {
  await bench(openSqlite(path.join(dir, 'bench.sqlite')));
  if (process.env.BENCH_DATABASE_URL) await bench(openPostgres(process.env.BENCH_DATABASE_URL));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
