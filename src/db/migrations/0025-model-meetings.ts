import type { Kysely } from 'kysely';

/**
 * Model meetings (issue 16; seed 001: "sinh hoạt chuyên đề mẫu"). Portable types only (decision 002).
 *
 * 1. `model_meeting`: a committee designates a cell's thematic meeting as a model for its other cells, with the
 *    purpose; one designation per meeting. After the meeting the lessons drawn (rút kinh nghiệm) are recorded
 *    and the finished topic is published to the committee's library (`model_id`, the `topic_model` row; no
 *    foreign key: the committee may withdraw the entry from its library, the record of the meeting stays).
 * 2. `model_meeting_invitation`: the cells whose secretaries are invited to attend and learn from it; a
 *    secretary reads the meeting's invitation page and its calendar entry through the row of their cell.
 * 3. `topic_model.lessons`: the lessons a library entry carries when it comes from a model meeting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().unique().references('meeting.id'))
    .addColumn('committee_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('designated_by', 'text', (c) => c.references('person.id'))
    .addColumn('designated_at', 'text', (c) => c.notNull())
    .addColumn('lessons', 'text')
    .addColumn('lessons_by', 'text', (c) => c.references('person.id'))
    .addColumn('lessons_at', 'text')
    .addColumn('model_id', 'text')
    .execute();
  await db.schema
    .createIndex('model_meeting_committee_idx')
    .on('model_meeting')
    .column('committee_id')
    .execute();
  await db.schema
    .createTable('model_meeting_invitation')
    .addColumn('model_meeting_id', 'text', (c) => c.notNull().references('model_meeting.id'))
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('model_meeting_invitation_pk', ['model_meeting_id', 'cell_id'])
    .execute();
  // The invitations of a cell (its secretary's calendar, home and page).
  await db.schema
    .createIndex('model_meeting_invitation_cell_idx')
    .on('model_meeting_invitation')
    .column('cell_id')
    .execute();
  await db.schema.alterTable('topic_model').addColumn('lessons', 'text').execute();
}
