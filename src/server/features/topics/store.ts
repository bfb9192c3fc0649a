import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { reindex } from '#db/search-index.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The cell's proposals for a year; with `onlyId`, just that one (to answer a write without a full list). */
export function listRegistrations(db: Q, cellId: string, year: number, onlyId?: string) {
  let query = db
    .selectFrom('topic_registration as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .selectAll('r')
    .select((eb) => [
      'p.full_name as person_name',
      eb
        .exists(eb.selectFrom('plan_topic as t').select('t.id').whereRef('t.registration_id', '=', 'r.id'))
        .as('used'),
      // The plan's topic made from it: the proposal links to where it is prepared.
      eb
        .selectFrom('plan_topic as t')
        .select('t.id')
        .whereRef('t.registration_id', '=', 'r.id')
        .limit(1)
        .as('plan_topic_id'),
    ])
    .where('r.cell_id', '=', cellId)
    .where('r.year', '=', year)
    .orderBy('r.created_at');
  if (onlyId) query = query.where('r.id', '=', onlyId);
  return query.execute();
}

export function findRegistration(db: Q, id: string) {
  return db.selectFrom('topic_registration').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRegistration(db: Q, row: DB['topic_registration']) {
  await db.insertInto('topic_registration').values(row).execute();
}

export async function isRegistrationUsed(db: Q, id: string) {
  const row = await db
    .selectFrom('plan_topic')
    .select('id')
    .where('registration_id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a row was removed (false when a concurrent request removed it first). */
export async function deleteRegistration(db: Q, id: string): Promise<boolean> {
  const result = await db.deleteFrom('topic_registration').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Model topics published by any committee in the chain (a unit and the committees above it). */
export function listModels(db: Q, chain: readonly string[], onlyId?: string) {
  if (chain.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('topic_model as m')
    .innerJoin('org_unit as u', 'u.id', 'm.committee_id')
    .selectAll('m')
    .select('u.name as committee_name')
    .where('m.committee_id', 'in', chain)
    .orderBy('m.published_at', 'desc');
  if (onlyId) query = query.where('m.id', '=', onlyId);
  return query.execute();
}

export function findModel(db: Q, id: string) {
  return db.selectFrom('topic_model').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isPublished(db: Q, topicId: string, committeeId: string) {
  const row = await db
    .selectFrom('topic_model')
    .select('id')
    .where('source_topic_id', '=', topicId)
    .where('committee_id', '=', committeeId)
    .executeTakeFirst();
  return row !== undefined;
}

export function findPublished(db: Q, topicId: string, committeeId: string) {
  return db
    .selectFrom('topic_model')
    .select(['id', 'lessons'])
    .where('source_topic_id', '=', topicId)
    .where('committee_id', '=', committeeId)
    .executeTakeFirst();
}

export async function setModelLessons(db: Q, id: string, lessons: string) {
  await db.updateTable('topic_model').set({ lessons }).where('id', '=', id).execute();
}

export async function insertModel(db: Q, row: DB['topic_model']) {
  await db.insertInto('topic_model').values(row).execute();
  await reindex(db, 'library', row.id);
}

export async function deleteModel(db: Q, id: string) {
  await db.updateTable('plan_topic').set({ model_id: null }).where('model_id', '=', id).execute();
  await db.deleteFrom('topic_model').where('id', '=', id).execute();
  await reindex(db, 'library', id);
}

export function findTopicWithPlan(db: Q, topicId: string) {
  return db
    .selectFrom('plan_topic as t')
    .innerJoin('plan', 'plan.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'plan.cell_id')
    .selectAll('t')
    .select([
      'plan.cell_id',
      'plan.status as plan_status',
      'u.name as cell_name',
      'u.parent_id as cell_parent_id',
    ])
    .where('t.id', '=', topicId)
    .executeTakeFirst();
}

/** Topics a person prepares and steps they answer for, in a year: the member's "my assignments". */
export async function listAssignments(db: Q, personId: string, year: number) {
  const [topics, steps] = await Promise.all([
    db
      .selectFrom('plan_topic_preparer as tp')
      .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
      .innerJoin('plan', 'plan.id', 't.plan_id')
      .innerJoin('org_unit as u', 'u.id', 'plan.cell_id')
      .select([
        't.id',
        't.title',
        't.quarter',
        't.kind',
        'plan.id as plan_id',
        'plan.status as plan_status',
        'u.name as cell_name',
      ])
      .where('tp.person_id', '=', personId)
      .where('plan.year', '=', year)
      .orderBy('t.quarter')
      .execute(),
    db
      .selectFrom('plan_step as s')
      .innerJoin('plan_topic as t', 't.id', 's.topic_id')
      .innerJoin('plan', 'plan.id', 't.plan_id')
      .innerJoin('org_unit as u', 'u.id', 'plan.cell_id')
      .select([
        's.id',
        's.step',
        's.due_month',
        's.note',
        't.id as topic_id',
        't.title',
        'plan.id as plan_id',
        'plan.status as plan_status',
        'u.name as cell_name',
      ])
      .where('s.responsible_id', '=', personId)
      .where('plan.year', '=', year)
      .orderBy('s.due_month')
      .orderBy('s.position')
      .execute(),
  ]);
  return { topics, steps };
}

/** Texts sent to the person in the year's plans, newest first, with whether they commented. */
export function listReading(db: Q, personId: string, year: number) {
  return db
    .selectFrom('topic_reader as r')
    .innerJoin('plan_topic as t', 't.id', 'r.topic_id')
    .innerJoin('plan', 'plan.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'plan.cell_id')
    .innerJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
    .select((eb) => [
      'r.topic_id',
      'r.round',
      'r.sent_at',
      'r.opened_at',
      't.title',
      'u.name as cell_name',
      'tp.status',
      'tp.comment_due_on',
      eb
        .exists(
          eb
            .selectFrom('topic_comment as c')
            .select('c.id')
            .whereRef('c.topic_id', '=', 'r.topic_id')
            .where('c.person_id', '=', personId),
        )
        .as('commented'),
    ])
    .where('r.person_id', '=', personId)
    .where('plan.year', '=', year)
    .orderBy('r.sent_at', 'desc')
    .execute();
}

/** Meetings the person was given notice of (on the roll) that have not ended, soonest first. */
export function listNoticedMeetings(db: Q, personId: string, year: number) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select([
      'm.id',
      'm.held_on',
      'm.starts_at',
      'm.place',
      'm.status',
      'm.topic_id',
      't.title as topic_title',
      'u.name as cell_name',
    ])
    .where('a.person_id', '=', personId)
    .where('m.status', 'in', ['scheduled', 'in_progress'])
    .where('m.held_on', '>=', `${year}-01-01`)
    .where('m.held_on', '<=', `${year}-12-31`)
    .orderBy('m.held_on')
    .orderBy('m.starts_at')
    .execute();
}

/** Of these registrations, the ids of those made in the cell for the year. */
export async function listRegistrationIdsOfCell(db: Q, ids: readonly string[], cellId: string, year: number) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('topic_registration')
    .select('id')
    .where('id', 'in', ids)
    .where('cell_id', '=', cellId)
    .where('year', '=', year)
    .execute();
  return rows.map((r) => r.id);
}

/** Of these models, the ids of those in the libraries of the given committees. */
export async function listModelIdsIn(db: Q, ids: readonly string[], committeeIds: readonly string[]) {
  if (ids.length === 0 || committeeIds.length === 0) return [];
  const rows = await db
    .selectFrom('topic_model')
    .select('id')
    .where('id', 'in', ids)
    .where('committee_id', 'in', committeeIds)
    .execute();
  return rows.map((r) => r.id);
}
