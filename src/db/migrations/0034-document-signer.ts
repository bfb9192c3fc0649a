import type { Kysely } from 'kysely';

/**
 * Who signs a committee's documents (issue 17: "T/M ĐẢNG ỦY / BÍ THƯ" and the name). One row per setting, never
 * updated: a document is signed by the setting in force when it was issued (`signerInForce`,
 * src/domain/documents/document-signer.ts), so a change does not rewrite letters already sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_signer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.references('person.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_signer_unit_idx')
    .on('document_signer')
    .columns(['unit_id', 'set_at'])
    .execute();
}
