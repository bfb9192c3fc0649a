import type { Kysely } from 'kysely';

/**
 * The committee's own report upward (issue 15; seeds 001, 004: "Báo cáo đảng ủy xã… kết quả"). Portable types
 * only (decision 002).
 *
 * `committee_report_draft`: the officer's text of a committee's quarterly or annual report on the thematic
 * meetings of its subtree — the assessment ("Đánh giá") and the recommendations ("Kiến nghị, đề xuất") — kept
 * as a draft until the report is issued (then the issued document holds it, frozen). One per committee and
 * period ("2026-Q3", "2026"); saved with a guarded update on `updated_at` (db/guarded-update.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('committee_report_draft')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('committee_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    /** 1–4 for a quarter's report; null for the year's. */
    .addColumn('quarter', 'integer')
    /** "2026-Q3" or "2026": the period as one key, unique per committee (a null quarter cannot be). */
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('assessment', 'text')
    .addColumn('recommendations', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('committee_report_draft_period_idx')
    .on('committee_report_draft')
    .columns(['committee_id', 'period'])
    .unique()
    .execute();
}
