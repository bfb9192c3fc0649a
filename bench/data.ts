// The benchmark's data (issue 20, "The benchmark"): one function per scale writes a fresh, migrated database and
// says which units and logins the figures use. `SCALES` is the map `--scale` reads; a new scale is one line.
import type { Kysely } from 'kysely';
import { rebuildActivitySummaries } from '../src/db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '../src/db/committee-rollups.ts';
import type { Database } from '../src/db/connection.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { rebuildSummaries } from '../src/db/summaries.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import { insertAccount } from '../src/server/auth/store.ts';
import {
  BENCH_PASSWORD,
  generateMeetingYear,
  generateProvince,
  issueReports,
  provinceOfficer,
} from './generate.ts';
import { generateNational } from './national.ts';

export interface Dataset {
  /** What was generated, in a line ("267 communes, 8,010 cells, …"). */
  description: string;
  /** The committee at the top (the province; the ward in the demo) and one committee of cells under it. */
  top: string;
  commune: string;
  /** An officer of `top`, a cell's secretary (owner of `planId`) and a plain member of a cell. */
  logins: { officer: string; secretary: string; member: string; password: string };
  /** The person behind the officer login (for the org-list floor). */
  officerPerson: string;
  planId: string;
  year: number;
  seconds: number;
}

/**
 * A generated committee tree: its root and its cells (what `generateProvince` and `generateNational` give). A
 * generator that wrote the year's reports and meetings itself, and rebuilt the plan and activity summaries, says `complete`.
 */
export interface GeneratedTree {
  province: string;
  cells: string[];
  complete?: boolean;
}

export type ScaleName = 'demo' | 'province' | 'national';

type Generate = (database: Database) => Promise<Dataset>;

export const SCALES: Partial<Record<ScaleName, Generate>> = {
  demo: demoData,
  // The issue's province: 267 communes × 30 cells × 20 members, on SQLite in well under 10 minutes.
  province: (database) =>
    fromTree(database, '267 communes', (db) =>
      generateProvince(db, { communes: 267, cellsPerCommune: 30, membersPerCell: 20 }),
    ),
  // The issue's nation on PostgreSQL: 34 provinces, 3,321 communes, 250,000 cells, 5.6 M members, a year of
  // plans, reports and meetings (BENCH_NATIONAL_FRACTION for a smaller share), loaded in SQL (bench/national.ts).
  national: (database) =>
    fromTree(database, 'national', async (db) => {
      const nation = await generateNational(db);
      return { province: nation.root, cells: nation.cells, complete: true };
    }),
};

const YEAR = 2026;

/** The demo seed (`src/seed/demo.ts`): the ward's officer, Mầm non's secretary and one of its members. */
async function demoData(database: Database): Promise<Dataset> {
  const started = performance.now();
  await migrateToLatest(database.db);
  await seedDemo(database.db);
  const personOf = async (username: string) =>
    (
      await database.db
        .selectFrom('user_account')
        .select('person_id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).person_id as string;
  const officerPerson = await personOf('canbo.phuong');
  const ward = await database.db
    .selectFrom('role_assignment')
    .select('unit_id')
    .where('person_id', '=', officerPerson)
    .where('role', '=', 'officer')
    .executeTakeFirstOrThrow();
  const secretaryCell = await database.db
    .selectFrom('person')
    .select('unit_id')
    .where('id', '=', await personOf('bithu.mamnon'))
    .executeTakeFirstOrThrow();
  const plan = await database.db
    .selectFrom('plan')
    .select('id')
    .where('cell_id', '=', secretaryCell.unit_id)
    .orderBy('year', 'desc')
    .executeTakeFirstOrThrow();
  const cells = await database.db.selectFrom('org_unit').select('id').where('kind', '=', 'cell').execute();
  return {
    description: `the demo seed (${cells.length} cells)`,
    top: ward.unit_id,
    // The demo's ward is the only committee with several cells: it stands for the commune too.
    commune: ward.unit_id,
    logins: {
      officer: 'canbo.phuong',
      secretary: 'bithu.mamnon',
      member: 'dangvien.mamnon',
      password: DEMO_PASSWORD,
    },
    officerPerson,
    planId: plan.id,
    year: YEAR,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * A generated tree made ready to measure: accounts for an officer of the root, a cell's secretary and a member,
 * four reports and a year of meetings per cell, the summaries rebuilt (the generator writes rows directly).
 */
async function fromTree(
  database: Database,
  label: string,
  generate: (db: Kysely<DB>) => Promise<GeneratedTree>,
): Promise<Dataset> {
  const started = performance.now();
  const db = database.db;
  await migrateToLatest(db);
  const { province, cells, complete } = await generate(db);
  const cell = cells[Math.floor(cells.length / 2)] ?? '';
  const commune = (
    await db.selectFrom('org_unit').select('parent_id').where('id', '=', cell).executeTakeFirstOrThrow()
  ).parent_id as string;
  const inCell = await db
    .selectFrom('person')
    .select('id')
    .where('unit_id', '=', cell)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const secretary = (
    await db
      .selectFrom('role_assignment')
      .select('person_id')
      .where('unit_id', '=', cell)
      .where('role', '=', 'secretary')
      .executeTakeFirstOrThrow()
  ).person_id;
  const member = inCell.find((p) => p.id !== secretary)?.id ?? '';
  const officerPerson = await provinceOfficer(db, province, cells);
  const password = BENCH_PASSWORD;
  const hash = await hashPassword(password);
  for (const [username, personId] of [
    ['secretary', secretary],
    ['member', member],
  ] as const) {
    await insertAccount(db, {
      id: newId(),
      person_id: personId,
      username,
      password_hash: hash,
      is_admin: 0,
      locale: 'vi',
      disabled_at: null,
      created_at: nowIso(),
    });
  }
  let meetings: number;
  if (complete) {
    const held = await db
      .selectFrom('meeting')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    meetings = Number(held.n);
  } else {
    await issueReports(db, cells);
    meetings = (await generateMeetingYear(db, cells)).meetings;
    await db.transaction().execute((trx) => rebuildSummaries(trx));
    await db.transaction().execute((trx) => rebuildActivitySummaries(trx, 2_000));
    await db.transaction().execute((trx) => rebuildCommitteeRollups(trx));
  }
  const plan = await db
    .selectFrom('plan')
    .select('id')
    .where('cell_id', '=', cell)
    .where('year', '=', YEAR)
    .executeTakeFirstOrThrow();
  const units = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    description: `${label}: ${Number(units.n).toLocaleString('en')} units, ${cells.length.toLocaleString('en')} cells, ${Number(people.n).toLocaleString('en')} people, ${meetings.toLocaleString('en')} meetings`,
    top: province,
    commune,
    logins: { officer: 'officer', secretary: 'secretary', member: 'member', password },
    officerPerson,
    planId: plan.id,
    year: YEAR,
    seconds: (performance.now() - started) / 1000,
  };
}
