import type { Kysely } from 'kysely';

/**
 * The year-end review of a cell's thematic meetings (issue 16; seed 001: participation is "căn cứ để Chi bộ đánh
 * giá, bình xét thi đua cuối năm"). Portable types only (decision 002); thresholds and frozen documents are JSON
 * text the domain and documents read.
 *
 * 1. `year_review_threshold`: a committee's thresholds for the proposed participation level, one row a committee
 *    (a cell uses its nearest committee's, else the default, src/domain/year-review/participation.ts).
 * 2. `year_review`: a cell's review of a year: the secretary's self-assessment (strengths, limitations,
 *    direction), draft until finalised; finalising freezes the thresholds used and both documents.
 * 3. `year_review_assessment`: the cell's assessment of one member (level, remark, the reason when it differs
 *    from the proposal).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('year_review_threshold')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('org_unit.id'))
    .addColumn('thresholds', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('person.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('year_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('strengths', 'text')
    .addColumn('limitations', 'text')
    .addColumn('direction', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('thresholds', 'text')
    .addColumn('members_document', 'text')
    .addColumn('cell_document', 'text')
    .addColumn('finalised_by', 'text', (c) => c.references('person.id'))
    .addColumn('finalised_at', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('person.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('year_review_cell_year_uq', ['cell_id', 'year'])
    .execute();

  await db.schema
    .createTable('year_review_assessment')
    .addColumn('review_id', 'text', (c) => c.notNull().references('year_review.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('remark', 'text')
    .addColumn('reason', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('person.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('year_review_assessment_pk', ['review_id', 'person_id'])
    .execute();
}
