import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

export async function insertAuditEntry(db: Kysely<DB> | Transaction<DB>, row: DB['audit_log']) {
  await db.insertInto('audit_log').values(row).execute();
}
