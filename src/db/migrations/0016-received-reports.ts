import type { Kysely } from 'kysely';

/**
 * Reports received by the committee above (issue 15). Portable types only (decision 002).
 *
 * 1. The guidance of the year may set the report deadlines (*practice*, domain/documents/report-deadlines.ts):
 *    the day of the month after a quarter by which the quarter's report is due (1–28), and the date the year's
 *    report is due. Null: the defaults.
 * 2. `report_receipt`: the committee directly above marked an issued report received ("Đã nhận"), once; an
 *    optional remark the issuing unit sees. Who and when of the receipt, and of the latest remark, are kept
 *    apart (a later call may change the remark, never the receipt); every call is in the audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('guidance').addColumn('quarter_report_day', 'integer').execute();
  await db.schema.alterTable('guidance').addColumn('annual_report_due_on', 'text').execute();

  await db.schema
    .createTable('report_receipt')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('issued_document.id'))
    .addColumn('received_by', 'text', (c) => c.references('person.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('remark', 'text')
    .addColumn('remarked_by', 'text', (c) => c.references('person.id'))
    .addColumn('remarked_at', 'text')
    .execute();
}
