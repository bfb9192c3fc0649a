import type { Kysely } from 'kysely';

/**
 * Inspection and supervision of cells by their committee (issue 16; seed 002: "thường xuyên kiểm tra, nhắc nhở
 * các chi bộ"). Portable types only (decision 002).
 *
 * 1. `inspection`: one planned inspection (kiểm tra) or supervision (giám sát) of a cell by a committee, on a
 *    planned date; then its visit (date, findings, assessment; `rubric_level` is left for the quality rubric),
 *    then its conclusion issued as a numbered "Thông báo kết luận" (TB series of the committee), frozen as issued.
 *    One inspection per cell and planned date.
 * 2. `inspection_person`: the team planned (`part` = 'team') and who went on the visit (`part` = 'visitor').
 * 3. `inspection_request`: the conclusion's requests to the cell, each with a deadline, the cell's answer and the
 *    committee's follow-up (closed, or asked again).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inspection')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('committee_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('visited_on', 'text')
    .addColumn('findings', 'text')
    .addColumn('assessment', 'text')
    /** A level of the quality rubric, when that work adds it (issue 16, first bullet); null until then. */
    .addColumn('rubric_level', 'text')
    .addColumn('visit_recorded_by', 'text', (c) => c.references('person.id'))
    .addColumn('conclusion', 'text')
    .addColumn('conclusion_number', 'integer')
    .addColumn('conclusion_issued_on', 'text')
    .addColumn('conclusion_issued_by', 'text', (c) => c.references('person.id'))
    /** The "Thông báo kết luận" as issued (a PartyDocument as JSON): downloads render this, frozen. */
    .addColumn('conclusion_document_json', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_cell_date_idx')
    .on('inspection')
    .columns(['cell_id', 'planned_on'])
    .unique()
    .execute();
  await db.schema
    .createIndex('inspection_committee_idx')
    .on('inspection')
    .columns(['committee_id', 'year'])
    .execute();

  await db.schema
    .createTable('inspection_person')
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspection.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspection_person_pk', ['inspection_id', 'part', 'person_id'])
    .execute();

  await db.schema
    .createTable('inspection_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspection.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('person.id'))
    /** The committee's word when it asks again (or closes with a remark). */
    .addColumn('review_note', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('person.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_request_inspection_idx')
    .on('inspection_request')
    .columns(['inspection_id', 'position'])
    .execute();
  await db.schema
    .createIndex('inspection_request_open_idx')
    .on('inspection_request')
    .columns(['status', 'due_on'])
    .execute();
}
