import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** A commendation with the names it mentions: the committee, the unit, the person, the topic. */
function listQuery(db: Q) {
  return db
    .selectFrom('commendation as c')
    .innerJoin('org_unit as k', 'k.id', 'c.committee_id')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .leftJoin('person as p', 'p.id', 'c.person_id')
    .leftJoin('plan_topic as t', 't.id', 'c.topic_id')
    .select([
      'c.id',
      'c.committee_id',
      'k.name as committee_name',
      'c.subject_kind',
      'c.unit_id',
      'u.name as unit_name',
      'c.person_id',
      'p.full_name as person_name',
      'c.topic_id',
      't.title as topic_title',
      'c.kind',
      'c.form',
      'c.form_other',
      'c.reason',
      'c.decision_number',
      'c.decision_date',
      'c.year',
      'c.created_at',
      'c.updated_at',
    ]);
}
export type CommendationRow = Awaited<ReturnType<typeof findCommendation>> & {};

export function findCommendation(db: Q, id: string) {
  return listQuery(db).where('c.id', '=', id).executeTakeFirst();
}

/**
 * The commendations of a unit's subtree (the unit itself included: a cell lists its own, a committee those of
 * every unit under it), of a year or of all years, newest decision first; optionally of one person.
 */
export function listUnder(db: Q, unitId: string, filter: { year?: number; personId?: string }) {
  let q = listQuery(db)
    .innerJoin('org_closure as oc', 'oc.descendant_id', 'c.unit_id')
    .where('oc.ancestor_id', '=', unitId);
  if (filter.year !== undefined) q = q.where('c.year', '=', filter.year);
  if (filter.personId !== undefined) q = q.where('c.person_id', '=', filter.personId);
  return q.orderBy('c.decision_date', 'desc').orderBy('u.name').orderBy('c.created_at').execute();
}

/**
 * Every commendation of one person, whichever unit they were in when commended (a member transferred keeps the
 * same `person` row: the record follows them), of a year or all years, newest decision first.
 */
export function listOfPerson(db: Q, personId: string, filter: { year?: number }) {
  let q = listQuery(db).where('c.person_id', '=', personId);
  if (filter.year !== undefined) q = q.where('c.year', '=', filter.year);
  return q.orderBy('c.decision_date', 'desc').orderBy('c.created_at').execute();
}

export async function insertCommendation(db: Q, row: DB['commendation']) {
  await db.insertInto('commendation').values(row).execute();
}

export async function updateCommendation(db: Q, id: string, patch: Partial<DB['commendation']>) {
  await db.updateTable('commendation').set(patch).where('id', '=', id).execute();
}

export async function deleteCommendation(db: Q, id: string) {
  await db.deleteFrom('commendation').where('id', '=', id).execute();
}

export function rawCommendation(db: Q, id: string) {
  return db.selectFrom('commendation').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The cell a topic of a plan belongs to, and its title. */
export function findTopicCell(db: Q, topicId: string) {
  return db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select(['p.cell_id', 't.title'])
    .where('t.id', '=', topicId)
    .executeTakeFirst();
}

/** What a committee may commend (its add dialog): the units strictly under it, their members, the year's topics. */
export async function listSubjects(db: Q, committeeId: string, year: number) {
  const below = db
    .selectFrom('org_closure')
    .select('descendant_id')
    .where('ancestor_id', '=', committeeId)
    .where('depth', '>', 0);
  const [units, people, topics] = await Promise.all([
    db
      .selectFrom('org_unit')
      .select(['id', 'name', 'kind'])
      .where('id', 'in', below)
      .where('kind', '!=', 'group')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('person as p')
      .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
      .select(['p.id', 'p.full_name as name', 'u.name as unit_name'])
      .where('p.unit_id', 'in', below)
      .where('p.status', 'in', ['official', 'probationary', 'exempt'])
      .orderBy('p.full_name')
      .execute(),
    db
      .selectFrom('plan_topic as t')
      .innerJoin('plan as pl', 'pl.id', 't.plan_id')
      .innerJoin('org_unit as u', 'u.id', 'pl.cell_id')
      .select(['t.id', 't.title as name', 'u.name as unit_name'])
      .where('pl.cell_id', 'in', below)
      .where('pl.year', '=', year)
      .orderBy('u.name')
      .orderBy('t.position')
      .execute(),
  ]);
  return { units, people, topics };
}
