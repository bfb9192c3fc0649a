// Profiling aid for the committee overview (issue 20): province data on a fresh SQLite file, then N requests of
// the province's and a commune's `GET /orgs/{id}/plans`, to run under `node --cpu-prof --import tsx`.
//   BENCH_COMMUNES=267 node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-overview.ts
// PROFILE_ONLY=commune (or province): that unit's requests only, so the profile holds nothing else of the loop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { rebuildCommitteeRollups } from '../src/db/committee-rollups.ts';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { rebuildSummaries } from '../src/db/summaries.ts';
import { buildApp, loggedIn } from '../tests/support/api-client.ts';
import { BENCH_PASSWORD, generateProvince, provinceOfficer } from './generate.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overview-prof-'));
const database = openSqlite(path.join(dir, 'bench.sqlite'));
await migrateToLatest(database.db);
const { province, cells } = await generateProvince(database.db, {
  communes: Number(process.env.BENCH_COMMUNES ?? 30),
  cellsPerCommune: 30,
  membersPerCell: 20,
});
await provinceOfficer(database.db, province, cells);
await database.db.transaction().execute(async (trx) => {
  await rebuildSummaries(trx);
  await rebuildCommitteeRollups(trx);
});
const officer = await loggedIn(buildApp(database), 'officer', BENCH_PASSWORD);
const commune = (
  await database.db
    .selectFrom('org_unit')
    .select('parent_id')
    .where('id', '=', cells[0] ?? '')
    .executeTakeFirstOrThrow()
).parent_id as string;
const rounds = Number(process.env.PROFILE_ROUNDS ?? 30);
if (process.env.PROFILE_PARTS) {
  // Each statement of the overview alone, to see where the time goes.
  const plansStore = await import('../src/server/features/plans/store.ts');
  const summaries = await import('../src/db/summaries.ts');
  const rollups = await import('../src/db/rollups-under.ts');
  const { todayInVietnam } = await import('../src/domain/dates/local-date.ts');
  const today = todayInVietnam();
  const parts: [string, () => Promise<unknown>][] = [
    [
      'overviewRowsUnder',
      () => summaries.overviewRowsUnder(database.db, { id: province, kind: 'committee' }, 2026),
    ],
    [
      'committeesWithGuidance',
      () => plansStore.committeesWithGuidance(database.db, { committeeId: province }, 2026),
    ],
    ['overviewRollupsUnder', () => rollups.overviewRollupsUnder(database.db, province, 2026, today)],
    [
      'lastCommitteeReminders',
      () => plansStore.lastCommitteeReminders(database.db, { childrenOf: province }),
    ],
    [
      'floor: closure → cell → summary, all 8,010 rows, no grouping',
      () =>
        sql`SELECT s.plan_status, s.first_submitted_on, s.reports FROM org_closure c
              JOIN org_unit u ON u.id = c.descendant_id AND u.kind = 'cell'
              LEFT JOIN cell_year_summary s ON s.cell_id = u.id AND s.year = 2026
             WHERE c.ancestor_id = ${province}`.execute(database.db),
    ],
  ];
  for (const [label, fn] of parts) {
    await fn();
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) await fn();
    console.log(`${label}: ${((performance.now() - t0) / 10).toFixed(1)} ms`);
  }
}
for (const [label, unit, n] of [
  ['province', province, rounds],
  ['commune', commune, rounds * 20],
] as const) {
  if (process.env.PROFILE_ONLY && process.env.PROFILE_ONLY !== label) continue;
  const t0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const res = await officer.get(`/api/orgs/${unit}/plans?year=2026`);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    bytes = JSON.stringify(res.body).length;
  }
  console.log(`${label}: ${((performance.now() - t0) / n).toFixed(2)} ms/request, ${bytes} bytes of JSON`);
}
await database.close();
if (process.env.PROFILE_KEEP)
  console.log(`kept ${path.join(dir, 'bench.sqlite')} (province ${province}, commune ${commune})`);
else fs.rmSync(dir, { recursive: true, force: true });
