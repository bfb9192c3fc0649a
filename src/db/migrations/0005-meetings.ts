import type { Kysely } from 'kysely';

// The meeting and its minutes (seed 000's procedure, seed 002's minute book): the schedule and notice, the
// agenda with its clock, attendance, guests, the speaker list with notes, votes, assignments, and the
// minutes with their signatures and addenda.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('topic_id', 'text', (c) => c.references('plan_topic.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('part_order', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('chair_id', 'text', (c) => c.references('person.id'))
    .addColumn('minute_taker_id', 'text', (c) => c.references('person.id'))
    .addColumn('notice_sent_at', 'text')
    .addColumn('notice_number', 'integer')
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The minute book: a cell's meetings in date order.
  await db.schema
    .createIndex('meeting_cell_date_idx')
    .on('meeting')
    .columns(['cell_id', 'held_on'])
    .execute();
  await db.schema.createIndex('meeting_topic_idx').on('meeting').column('topic_id').execute();

  await db.schema
    .createTable('meeting_agenda_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('planned_minutes', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_agenda_item_meeting_idx')
    .on('meeting_agenda_item')
    .columns(['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    /** The member's status on the day: the roll and the vote base are read from it. */
    .addColumn('member_status', 'text', (c) => c.notNull())
    .addColumn('state', 'text')
    .addColumn('reason', 'text')
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suspended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'person_id'])
    .execute();
  // Per-member statistics read one person's rows across meetings.
  await db.schema
    .createIndex('meeting_attendance_person_idx')
    .on('meeting_attendance')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('meeting_guest')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('unit_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_guest_meeting_idx').on('meeting_guest').column('meeting_id').execute();

  await db.schema
    .createTable('meeting_speech')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('guest_id', 'text', (c) => c.references('meeting_guest.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_speech_meeting_idx')
    .on('meeting_speech')
    .columns(['meeting_id', 'position'])
    .execute();
  await db.schema.createIndex('meeting_speech_person_idx').on('meeting_speech').column('person_id').execute();

  await db.schema
    .createTable('meeting_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('person.id'))
    .addColumn('due_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_task_meeting_idx').on('meeting_task').column('meeting_id').execute();
  await db.schema.createIndex('meeting_task_owner_idx').on('meeting_task').column('owner_id').execute();

  await db.schema
    .createTable('meeting_vote')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('votes_for', 'integer', (c) => c.notNull())
    .addColumn('votes_against', 'integer', (c) => c.notNull())
    .addColumn('votes_abstain', 'integer', (c) => c.notNull())
    .addColumn('base', 'integer', (c) => c.notNull())
    .addColumn('needed', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    /** How the base was computed: who counted, who was set aside and why, under which rule. */
    .addColumn('basis_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_vote_meeting_idx').on('meeting_vote').column('meeting_id').execute();

  await db.schema
    .createTable('meeting_ballot')
    .addColumn('vote_id', 'text', (c) => c.notNull().references('meeting_vote.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('choice', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_ballot_pk', ['vote_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('minutes')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meeting.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('chair_signed_at', 'text')
    .addColumn('chair_signed_by', 'text')
    .addColumn('taker_signed_at', 'text')
    .addColumn('taker_signed_by', 'text')
    /** SHA-256 of the text as signed. */
    .addColumn('text_hash', 'text')
    .addColumn('locked_at', 'text')
    .addColumn('number', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('minutes_addendum')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('minutes.meeting_id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('person.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('minutes_addendum_meeting_idx')
    .on('minutes_addendum')
    .columns(['meeting_id', 'added_at'])
    .execute();
}
