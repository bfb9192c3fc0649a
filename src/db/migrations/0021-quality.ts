import type { Kysely } from 'kysely';

/**
 * The quality of meetings (issue 16; seed 004: "tiêu chí đánh giá chất lượng sinh hoạt chi bộ"). Portable types
 * only (decision 002); the rubrics and scores are JSON text the domain reads (src/domain/quality/rubric.ts).
 *
 * 1. `quality_rubric`: a committee's rubric, versioned: saving makes a new version, a used one is never edited.
 *    `based_on_id` names the parent's version it was copied from.
 * 2. `meeting_quality`: one meeting's score, frozen with the rubric it used (`rubric` holds the snapshot, and
 *    `rubric_id` the version, null for the default): the secretary's proposal, then the committee's confirmation
 *    with its adjustments and their reasons. The levels sit in columns for the dashboard's grouped query.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quality_rubric')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('rubric', 'text', (c) => c.notNull())
    .addColumn('based_on_id', 'text', (c) => c.references('quality_rubric.id'))
    .addColumn('created_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('quality_rubric_org_version_uq', ['org_id', 'version'])
    .execute();

  await db.schema
    .createTable('meeting_quality')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meeting.id'))
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('rubric_id', 'text', (c) => c.references('quality_rubric.id'))
    .addColumn('rubric', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('manual', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('proposed_score', 'text', (c) => c.notNull())
    .addColumn('proposed_level', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.references('person.id'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('adjustments', 'text')
    .addColumn('confirmed_score', 'text')
    .addColumn('confirmed_level', 'text')
    .addColumn('confirmed_by', 'text', (c) => c.references('person.id'))
    .addColumn('confirmed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_quality_cell_idx').on('meeting_quality').column('cell_id').execute();
}
