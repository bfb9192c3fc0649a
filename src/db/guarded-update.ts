import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

/** Tables whose rows carry `updated_at`, the version a guarded write compares. */
export type VersionedTable = {
  [T in keyof DB]: DB[T] extends { updated_at: string } ? T : never;
}[keyof DB];

/** The key of the row to write: its own column and value (`id`, or `topic_id` for a topic's preparation). */
export type RowKey<T extends VersionedTable> = {
  [C in keyof DB[T] & string]: DB[T][C] extends string ? { column: C; value: string } : never;
}[keyof DB[T] & string];

/**
 * The optimistic write every editor of a shared record goes through: the update applies only while the row
 * still has the `updated_at` the request read, so of two writers who read the same version only the first
 * wins and the second learns it (false: the caller answers 409 and its transaction rolls back). With
 * `readUpdatedAt` undefined the write is unguarded (a lifecycle step that already holds the row).
 */
export async function guardedUpdate<T extends VersionedTable>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  key: RowKey<T>,
  patch: Partial<DB[T]>,
  readUpdatedAt: string | undefined,
): Promise<boolean> {
  // Kysely cannot type a `where` on a column of a table chosen by a type parameter: the key and the
  // version column are checked by the signature above, the query is built on this narrow view of it.
  const narrow = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  let query = narrow
    .updateTable(table as string)
    .set(patch as Record<string, unknown>)
    .where(key.column as string, '=', key.value);
  if (readUpdatedAt !== undefined) query = query.where('updated_at', '=', readUpdatedAt);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
