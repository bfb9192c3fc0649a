/** The reminders job's queries (reminders.ts): what may be due, and which reminders were already sent. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Topics whose draft 1 is out for comments with a deadline, their cell and its lead time. */
export function openCommentWindows(db: Q) {
  return db
    .selectFrom('topic_preparation as tp')
    .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .select(['tp.topic_id', 'tp.comment_due_on', 't.title', 'p.cell_id', 'u.comment_reminder_days'])
    .where('tp.status', '=', 'distributed')
    .where('tp.comment_due_on', 'is not', null)
    .execute();
}

/** Who received draft 1 of the topic, whether they opened it, whether they commented. */
export function draftReaders(db: Q, topicId: string) {
  return db
    .selectFrom('topic_reader as r')
    .select((eb) => [
      'r.person_id',
      'r.opened_at',
      eb
        .exists(
          eb
            .selectFrom('topic_comment as c')
            .select('c.id')
            .whereRef('c.topic_id', '=', 'r.topic_id')
            .whereRef('c.person_id', '=', 'r.person_id'),
        )
        .as('commented'),
    ])
    .where('r.topic_id', '=', topicId)
    .where('r.round', '=', 'draft1')
    .execute();
}

/** Scheduled meetings on a day whose notice went out, with their roll (the attendance list the notice made). */
export async function noticedMeetingsOn(db: Q, day: string) {
  const meetings = await db
    .selectFrom('meeting')
    .select(['id', 'cell_id', 'held_on', 'starts_at', 'place'])
    .where('held_on', '=', day)
    .where('status', '=', 'scheduled')
    .where('notice_sent_at', 'is not', null)
    .execute();
  if (meetings.length === 0) return [];
  const roll = await db
    .selectFrom('meeting_attendance')
    .select(['meeting_id', 'person_id'])
    .where(
      'meeting_id',
      'in',
      meetings.map((m) => m.id),
    )
    .execute();
  return meetings.map((m) => ({
    ...m,
    roll: roll.filter((r) => r.meeting_id === m.id).map((r) => r.person_id),
  }));
}

/**
 * The steps of adopted plans due in a month, with someone responsible, and the facts that complete them
 * (step-progress.ts): the topic's preparation and whether a meeting on it has ended.
 */
export function planStepsDueIn(db: Q, year: number, month: number) {
  return db
    .selectFrom('plan_step as s')
    .innerJoin('plan_topic as t', 't.id', 's.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .leftJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
    .select([
      's.topic_id',
      's.step',
      's.due_month',
      's.responsible_id',
      't.title',
      'p.cell_id',
      'p.year',
      // What has happened (preparation's facts; ending a meeting records the topic presented).
      'tp.status',
      'tp.outline_saved_at',
      'tp.draft1_approved_at',
      'tp.comment_due_on',
      'tp.comments_closed_at',
      'tp.draft2_approved_at',
      'tp.presented_on',
    ])
    .where('p.year', '=', year)
    .where('s.due_month', '=', month)
    .where('p.status', '!=', 'draft')
    .where('s.responsible_id', 'is not', null)
    .execute();
}

/** Personal tasks with a due date up to a day, not of a cancelled meeting, and whether one was reported done. */
export function personalTasksDueBy(db: Q, lastDay: string) {
  return db
    .selectFrom('meeting_task as k')
    .innerJoin('meeting as m', 'm.id', 'k.meeting_id')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .select((eb) => [
      'k.id',
      'k.title',
      'k.owner_id',
      'k.due_on',
      'm.cell_id',
      'u.task_reminder_days',
      eb
        .exists(
          eb
            .selectFrom('task_report as r')
            .select('r.id')
            .whereRef('r.task_id', '=', 'k.id')
            .where('r.status', '=', 'done'),
        )
        .as('done'),
    ])
    .where('k.owner_id', 'is not', null)
    .where('k.due_on', 'is not', null)
    .where('k.due_on', '<=', lastDay)
    .where('m.status', '!=', 'cancelled')
    .execute();
}

/** Resolution reviews not issued yet, due up to a day, with the cell's secretary today. */
export function reviewsDueBy(db: Q, lastDay: string, today: string) {
  return db
    .selectFrom('resolution_review as v')
    .innerJoin('plan_topic as t', 't.id', 'v.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .leftJoin('role_assignment as r', (join) =>
      join
        .onRef('r.unit_id', '=', 'p.cell_id')
        .on('r.role', '=', 'secretary')
        .on('r.started_on', '<=', today)
        .on((eb) => eb.or([eb('r.ended_on', 'is', null), eb('r.ended_on', '>', today)])),
    )
    .select([
      'v.id',
      'v.due_on',
      'v.kind',
      't.title',
      'p.cell_id',
      'u.task_reminder_days',
      'r.person_id as secretary_id',
    ])
    .where('v.issued_at', 'is', null)
    .where('v.due_on', '<=', lastDay)
    .execute();
}

/** Of these keys, those already sent. */
export async function sentKeys(db: Q, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('reminder_sent')
      .select('key')
      .where('key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.key);
  }
  return found;
}

/** Claims a reminder: true only for the one transaction that wrote its key (a rerun or a rival writes nothing). */
export async function claimReminder(db: Q, row: DB['reminder_sent']): Promise<boolean> {
  const result = await db
    .insertInto('reminder_sent')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
