// What a guidance issued high up costs its writing transaction (issue 20, decision 011): the committee roll-ups
// under the issuer re-judged for the year. A province on a fresh SQLite file (generateProvince, BENCH_COMMUNES
// communes of 30 cells, two cells in three with a plan sent up between January and March, three quarters
// reported; BENCH_MEETINGS=1 a year of meetings), or with BENCH_DATABASE_URL an existing database and BENCH_COMMITTEE the issuer (nothing is
// migrated or kept: every guidance is inserted in a transaction that is rolled back).
//   BENCH_COMMUNES=266 npx tsx bench/profile-guidance.ts
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:55432/national \
//     BENCH_COMMITTEE=493968d9-0000-7000-8000-000000000000 npx tsx bench/profile-guidance.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { rebuildActivitySummaries } from '../src/db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '../src/db/committee-rollups.ts';
import { openPostgres, openSqlite } from '../src/db/connection.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { rebuildSummaries } from '../src/db/summaries.ts';
import { insertGuidance } from '../src/server/features/guidance/store.ts';
import { generateMeetingYear, generateProvince, issueReports } from './generate.ts';

const YEAR = 2026;
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function province(db: Kysely<DB>) {
  const communes = Number(process.env.BENCH_COMMUNES ?? 266);
  const { province, cells } = await generateProvince(db, {
    communes,
    cellsPerCommune: 30,
    membersPerCell: 3,
  });
  await issueReports(db, cells);
  // BENCH_MEETINGS=1: a year of meetings too (what a full recomputation also reads; the re-judging does not).
  if (process.env.BENCH_MEETINGS === '1') await generateMeetingYear(db, cells);
  await db.transaction().execute((trx) => rebuildSummaries(trx));
  await db.transaction().execute((trx) => rebuildActivitySummaries(trx));
  // Founded last year (the generator stamps today), and two plans in three sent up over the first quarter: the
  // deadlines below then split the cells into late and on time, held and not.
  await db
    .updateTable('org_unit')
    .set({ created_at: `${YEAR - 1}-06-01T03:00:00.000Z` })
    .execute();
  await db
    .updateTable('cell_year_summary')
    .set({
      plan_status: 'submitted',
      first_submitted_on: sql`'${sql.raw(String(YEAR))}-0' || (1 + abs(random()) % 3) || '-1' || (abs(random()) % 9)`,
    })
    .where('year', '=', YEAR)
    .where(sql<boolean>`abs(random()) % 3 > 0`)
    .execute();
  await db.transaction().execute((trx) => rebuildCommitteeRollups(trx));
  console.log(`${communes} communes, ${cells.length} cells`);
  return province;
}

const url = process.env.BENCH_DATABASE_URL;
const dir = url ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'guidance-prof-'));
const database = dir ? openSqlite(path.join(dir, 'bench.sqlite')) : openPostgres(url ?? '');
const db = database.db;
if (dir) await migrateToLatest(db);
const issuer = process.env.BENCH_COMMITTEE ?? (await province(db));

class RolledBack extends Error {}
for (let run = 0; run < runs; run++) {
  let ms = 0;
  await db
    .transaction()
    .execute(async (trx) => {
      const started = performance.now();
      await insertGuidance(trx, {
        id: newId(),
        committee_id: issuer,
        year: YEAR,
        reference_number: `${run + 1}-HD/TU`,
        issued_on: `${YEAR}-01-05`,
        title: 'Hướng dẫn sinh hoạt chuyên đề (đo, không lưu)',
        theme: null,
        documents_json: '[]',
        topic_groups_json: '[]',
        plan_deadline: `${YEAR}-02-${String(10 + run).padStart(2, '0')}`,
        content: null,
        quarter_report_day: 20 + run,
        annual_report_due_on: null,
        created_by: null,
        created_at: nowIso(),
        updated_at: nowIso(),
      });
      ms = performance.now() - started;
      throw new RolledBack();
    })
    .catch((e) => {
      if (!(e instanceof RolledBack)) throw e;
    });
  console.log(`guidance at the issuer, rolled back: ${ms.toFixed(0)} ms`);
}
await database.close();
if (dir) fs.rmSync(dir, { recursive: true, force: true });
