import { type Kysely, PostgresAdapter, type RawBuilder, sql, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Whether the connection is PostgreSQL (else the embedded SQLite): for the few statements the engines spell apart. */
export const isPostgres = (db: Q) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Rows computed in JavaScript as a table to join in SQL, passed as ONE JSON parameter whatever their number
 * (a list of VALUES would need a parameter a field and meet SQLite's limit): a `SELECT` over `json_each` on
 * SQLite, `json_to_recordset` on PostgreSQL, to name in a `WITH … AS MATERIALIZED` (parsed once, not per row
 * it is joined to). Every column is text (null allowed).
 */
export function jsonRows<T extends object>(
  db: Q,
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): RawBuilder<unknown> {
  const json = JSON.stringify(rows);
  if (isPostgres(db))
    return sql`SELECT * FROM json_to_recordset(${json}::json) AS x(${sql.join(
      columns.map((c) => sql`${sql.id(c)} text`),
    )})`;
  return sql`SELECT ${sql.join(
    columns.map((c) => sql`json_extract(value, ${`$.${c}`}) AS ${sql.id(c)}`),
  )} FROM json_each(${json})`;
}
