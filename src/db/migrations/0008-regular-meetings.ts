import type { Kysely } from 'kysely';

// The regular monthly meeting and its Hồ Chí Minh study (seed 002: "Mỗi kỳ sinh hoạt chi bộ … dành thời gian
// ít nhất 30 phút để sinh hoạt chuyên đề tư tưởng, đạo đức, phong cách Hồ Chí Minh … chi bộ … xác định và thực
// hiện làm theo, tháng kế tiếp đánh giá tình hình, kết quả học tập, làm theo của tập thể và cá nhân (có thể
// duy trì từ một vài tháng)"): the minutes the study took, recorded when the meeting ends; what the cell
// chose to put into practice; each later meeting's evaluation of it, until it is achieved.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('meeting').addColumn('study_minutes', 'integer').execute();

  await db.schema
    .createTable('practice_commitment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    /** The member who commits; none: the cell as a whole. */
    .addColumn('owner_id', 'text', (c) => c.references('person.id'))
    .addColumn('closed_at', 'text')
    .addColumn('closed_meeting_id', 'text', (c) => c.references('meeting.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The next meeting's agenda reads the cell's open commitments.
  await db.schema
    .createIndex('practice_commitment_cell_idx')
    .on('practice_commitment')
    .columns(['cell_id', 'closed_at'])
    .execute();

  await db.schema
    .createTable('practice_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('practice_commitment.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('achieved', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('practice_review_meeting_idx')
    .on('practice_review')
    .columns(['meeting_id', 'commitment_id'])
    .execute();
}
