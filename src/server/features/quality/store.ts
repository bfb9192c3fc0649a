import type { Kysely, Transaction } from 'kysely';
import { refreshRollupsOfCells, WHOLE_ONLY } from '#db/committee-rollups.ts';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The newest rubric version of each of these units (a unit without one is absent). */
export async function newestRubricsOf(db: Q, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('quality_rubric as r')
    .innerJoin('org_unit as u', 'u.id', 'r.org_id')
    .select([
      'r.id',
      'r.org_id',
      'u.name as org_name',
      'r.version',
      'r.rubric',
      'r.based_on_id',
      'r.created_at',
    ])
    .where('r.org_id', 'in', unitIds)
    .where(({ eb, selectFrom }) =>
      eb(
        'r.version',
        '=',
        selectFrom('quality_rubric as n')
          .whereRef('n.org_id', '=', 'r.org_id')
          .select((x) => x.fn.max('n.version').as('v')),
      ),
    )
    .execute();
}
export type RubricRow = Awaited<ReturnType<typeof newestRubricsOf>>[number];

/** The committee and version of a rubric a score used. */
export function getRubricLabel(db: Q, rubricId: string) {
  return db
    .selectFrom('quality_rubric as r')
    .innerJoin('org_unit as u', 'u.id', 'r.org_id')
    .select(['u.name', 'r.version', 'r.org_id'])
    .where('r.id', '=', rubricId)
    .executeTakeFirstOrThrow();
}

export function insertRubric(db: Q, row: DB['quality_rubric']) {
  return db.insertInto('quality_rubric').values(row).execute();
}

export function findScore(db: Q, meetingId: string) {
  return db.selectFrom('meeting_quality').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
}

export async function insertScore(db: Q, row: DB['meeting_quality']) {
  await db.insertInto('meeting_quality').values(row).execute();
  await refreshRollupsOfCells(db, [row.cell_id], WHOLE_ONLY);
}

export async function updateScore(db: Q, meetingId: string, patch: Partial<DB['meeting_quality']>) {
  await db.updateTable('meeting_quality').set(patch).where('meeting_id', '=', meetingId).execute();
  const score = await findScore(db, meetingId);
  if (score) await refreshRollupsOfCells(db, [score.cell_id], WHOLE_ONLY);
}

export function personName(db: Q, id: string | null) {
  if (!id) return Promise.resolve(undefined);
  return db.selectFrom('person').select('full_name').where('id', '=', id).executeTakeFirst();
}

/**
 * Each cell's quality level per quarter of a year, for the cells under a committee (any depth): the confirmed,
 * else the proposed, level of its thematic (or combined) meetings held that year, one grouped query.
 */
export function levelsUnder(db: Q, committeeId: string, year: number) {
  return db
    .selectFrom('meeting_quality as q')
    .innerJoin('meeting as m', 'm.id', 'q.meeting_id')
    .innerJoin('org_closure as c', 'c.descendant_id', 'q.cell_id')
    .where('c.ancestor_id', '=', committeeId)
    .where('m.kind', '!=', 'regular')
    .where('m.held_on', '>=', `${year}-01-01`)
    .where('m.held_on', '<=', `${year}-12-31`)
    .select(['q.cell_id', 'm.held_on', 'q.proposed_level', 'q.confirmed_level'])
    .orderBy('m.held_on')
    .execute();
}

/**
 * The scores proposed and not yet confirmed of the meetings of the cells directly below these committees (the
 * committee directly above confirms, policy scope `parent`), oldest meeting first.
 */
export function listProposedUnder(db: Q, committeeIds: readonly string[]) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('meeting_quality as q')
    .innerJoin('meeting as m', 'm.id', 'q.meeting_id')
    .innerJoin('org_unit as u', 'u.id', 'q.cell_id')
    .select([
      'q.meeting_id',
      'q.cell_id',
      'u.name as cell_name',
      'm.held_on',
      'q.proposed_level',
      'q.proposed_at',
    ])
    .where('u.parent_id', 'in', committeeIds)
    .where('q.confirmed_at', 'is', null)
    .orderBy('m.held_on')
    .execute();
}

/** The confirmed levels of a cell's meetings held between two days (inclusive), by day. */
export function confirmedLevelsOf(db: Q, cellId: string, from: string, to: string) {
  return db
    .selectFrom('meeting_quality as q')
    .innerJoin('meeting as m', 'm.id', 'q.meeting_id')
    .select(['m.held_on', 'q.confirmed_level'])
    .where('q.cell_id', '=', cellId)
    .where('q.confirmed_level', 'is not', null)
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .orderBy('m.held_on')
    .execute();
}
