/**
 * The meetings of some cells from a day on, for people's calendar feeds (features/calendar): when, where,
 * about what, and how long the agenda plans. Kept apart from the meeting's own record (../store.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { invitationsOfSecretary } from '../model/store.ts';

type Q = Kysely<DB> | Transaction<DB>;

export async function calendarMeetings(db: Q, cellIds: readonly string[], fromDate: string) {
  if (cellIds.length === 0) return [];
  return meetingsWhere(db, { cellIds, fromDate });
}

/**
 * The model meetings of other cells a person is invited to as secretary (seed 001: "sinh hoạt chuyên đề
 * mẫu"), from a day on: they join the person's calendar feed.
 */
export async function invitedCalendarMeetings(db: Q, personId: string, today: string, fromDate: string) {
  const ids = (await invitationsOfSecretary(db, personId, today, fromDate)).map((r) => r.id);
  if (ids.length === 0) return [];
  return meetingsWhere(db, { ids });
}

async function meetingsWhere(
  db: Q,
  by: { cellIds?: readonly string[]; ids?: readonly string[]; fromDate?: string },
) {
  const rows = await db
    .selectFrom('meeting as m')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select((eb) => [
      'm.id',
      'm.cell_id',
      'u.name as cell_name',
      'u.kind as cell_kind',
      'm.kind',
      'm.held_on',
      'm.starts_at',
      'm.place',
      'm.status',
      'm.notice_number',
      'm.updated_at',
      't.title as topic_title',
      eb
        .selectFrom('meeting_agenda_item as a')
        .select((s) => s.fn.sum<number>('a.planned_minutes').as('minutes'))
        .whereRef('a.meeting_id', '=', 'm.id')
        .as('planned_minutes'),
    ])
    .$if(by.cellIds !== undefined, (q) => q.where('m.cell_id', 'in', by.cellIds ?? []))
    .$if(by.ids !== undefined, (q) => q.where('m.id', 'in', by.ids ?? []))
    .$if(by.fromDate !== undefined, (q) => q.where('m.held_on', '>=', by.fromDate ?? ''))
    .orderBy('m.held_on')
    .orderBy('m.starts_at')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    ...r,
    planned_minutes: r.planned_minutes === null ? null : Number(r.planned_minutes),
  }));
}
